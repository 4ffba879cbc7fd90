import type { SupportEntry } from '../../domain/support/support-types';
import { formatDate, type Language, type Translate } from '../../i18n';
import template from './support-admin-card.json';
import { renderCard, type AdaptiveCardJson } from './render';
import { SUPPORT_MAX_CARD_BYTES } from './support-entries-card';

/** At most this many entries in HR's list card; the tab shows them all. */
export const SUPPORT_ADMIN_MAX_ENTRIES = 25;

export interface SupportAdminCardInput {
  readonly t: Translate;
  readonly language: Language;
  readonly entries: readonly { readonly entry: SupportEntry; readonly needsReview: boolean }[];
  /** A line above the list (what just happened, or why not), or null. */
  readonly notice: { readonly text: string; readonly kind: 'good' | 'attention' } | null;
}

/**
 * HR's list: every entry with its status, category, last change and a "Behöver granskas"
 * flag, with the buttons that apply to its status, and "Ny post". Titles and editor names
 * only in TextRuns. Pure.
 */
export function buildSupportAdminCard(input: SupportAdminCardInput): AdaptiveCardJson {
  const { t, language } = input;
  const rows = input.entries.map(({ entry, needsReview }) => ({
    id: entry.id,
    version: entry.version,
    title: entry.title,
    meta: t('supportAdmin.meta', {
      status: t(`supportAdmin.status.${entry.status}`),
      category: t(`support.category.${entry.category}`),
      date: formatDate(language, entry.updatedAt),
      name: entry.updatedByName,
    }),
    needsReview: needsReview ? t('supportAdmin.needsReview') : '',
    canPublish: entry.status === 'utkast',
    canReview: entry.status !== 'arkiverad',
    canArchive: entry.status !== 'arkiverad',
    canDraft: entry.status === 'arkiverad',
    canAnnounce: entry.status === 'publicerad',
  }));
  const render = (count: number): AdaptiveCardJson =>
    renderCard(template, {
      heading: t('supportAdmin.title'),
      notice: input.notice?.text ?? '',
      noticeStyle: input.notice?.kind ?? 'default',
      summary:
        rows.length === 0
          ? t('supportAdmin.empty')
          : t('supportAdmin.summary', { count: rows.length }),
      entries: rows.slice(0, count),
      more: count < rows.length ? t('supportAdmin.more', { count: rows.length - count }) : '',
      labels: {
        publish: t('supportAdmin.publish'),
        review: t('supportAdmin.review'),
        archive: t('supportAdmin.archive'),
        draft: t('supportAdmin.draft'),
        edit: t('supportAdmin.edit'),
        announce: t('supportAdmin.announce'),
        newEntry: t('supportAdmin.new'),
      },
    });
  let count = Math.min(rows.length, SUPPORT_ADMIN_MAX_ENTRIES);
  let card = render(count);
  while (count > 1 && Buffer.byteLength(JSON.stringify(card), 'utf8') > SUPPORT_MAX_CARD_BYTES) {
    count -= 1;
    card = render(count);
  }
  return card;
}
