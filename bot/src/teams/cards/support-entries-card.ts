import type { SupportAudience, SupportEntry } from '../../domain/support/support-types';
import type { Translate } from '../../i18n';
import template from './support-entries-card.json';
import { renderCard, type AdaptiveCardJson } from './render';
import { supportEntryView } from './support-entry-view';

/** At most this many entries in one card. */
export const SUPPORT_MAX_ENTRIES = 15;
/** Teams refuses cards over 28 KB; leave room for the envelope. */
export const SUPPORT_MAX_CARD_BYTES = 27 * 1024;

type EntryContent = Pick<SupportEntry, 'category' | 'title' | 'body' | 'contacts'>;

interface EntriesCardOptions {
  readonly t: Translate;
  readonly heading: string;
  readonly entries: readonly EntryContent[];
  /** Text when there are no entries. */
  readonly emptyText: string;
  readonly footer: string;
  /** Offer "Välj någon annan" (support.ask). */
  readonly backButton: boolean;
}

const bytes = (card: AdaptiveCardJson): number => Buffer.byteLength(JSON.stringify(card), 'utf8');

/**
 * Renders entries in the given order, dropping entries from the end (and saying how many)
 * until the card has at most 15 entries and fits under the size limit.
 */
function renderEntries(options: EntriesCardOptions): AdaptiveCardJson {
  const { t } = options;
  const views = options.entries.map((entry) => supportEntryView(t, entry));
  const render = (count: number): AdaptiveCardJson => {
    const left = views.length - count;
    return renderCard(template, {
      heading: options.heading,
      empty: views.length === 0 ? options.emptyText : '',
      entries: views.slice(0, count),
      more:
        left === 0
          ? ''
          : left === 1
            ? t('support.show.more.one')
            : t('support.show.more', { count: left }),
      footer: options.footer,
      back: options.backButton ? t('support.show.back') : '',
    });
  };
  let count = Math.min(views.length, SUPPORT_MAX_ENTRIES);
  let card = render(count);
  while (count > 1 && bytes(card) > SUPPORT_MAX_CARD_BYTES) {
    count -= 1;
    card = render(count);
  }
  return card;
}

export interface SupportEntriesCardInput {
  readonly t: Translate;
  readonly audience: SupportAudience;
  /** Published entries for the audience, in the service's order (emergency first). */
  readonly entries: readonly SupportEntry[];
}

/**
 * The answer to "Vem gäller det?": the published entries for the chosen audience, with
 * contacts and a button back to the question. With none published it says so and points
 * to HR (no numbers are hard-coded here: they come from HR's entries). Pure.
 */
export function buildSupportEntriesCard(input: SupportEntriesCardInput): AdaptiveCardJson {
  const { t } = input;
  return renderEntries({
    t,
    heading: t(`support.show.title.${input.audience}`),
    entries: input.entries,
    emptyText: t('support.show.empty'),
    footer: t('support.show.footer'),
    backButton: true,
  });
}

/** How one entry looks to readers, for HR's preview (no buttons). Pure. */
export function buildSupportPreviewCard(t: Translate, entry: EntryContent): AdaptiveCardJson {
  return renderEntries({
    t,
    heading: t('supportForm.previewHeading'),
    entries: [entry],
    emptyText: '',
    footer: t('supportForm.previewNote'),
    backButton: false,
  });
}

/** The card posted to the samordningsgrupp's channel about one published entry (no buttons). Pure. */
export function buildSupportAnnouncementCard(t: Translate, entry: EntryContent): AdaptiveCardJson {
  return renderEntries({
    t,
    heading: t('supportAnnounce.title'),
    entries: [entry],
    emptyText: '',
    footer: t('supportAnnounce.footer'),
    backButton: false,
  });
}
