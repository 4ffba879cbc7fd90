import type { SupportContact, SupportEntry } from '../../domain/support/support-types';
import type { Translate } from '../../i18n';

/** One line of a contact: label and value as TextRuns (user text never in a TextBlock). */
interface ContactLine {
  readonly runs: readonly { readonly text: string; readonly weight: 'Default' | 'Bolder' }[];
}

/** What a reader sees of one entry, ready for the support-entries template. */
export interface SupportEntryView {
  readonly category: string;
  readonly categoryColor: 'Attention' | 'Accent';
  readonly title: string;
  /** HR's Markdown, sanitized on save; shown in a TextBlock (Teams renders the same subset). */
  readonly body: string;
  readonly contacts: readonly {
    readonly lines: readonly ContactLine[];
    readonly url: string;
    readonly openLabel: string;
  }[];
}

function contactView(t: Translate, contact: SupportContact): SupportEntryView['contacts'][number] {
  const line = (label: string, value: string): ContactLine => ({
    runs: [
      { text: label, weight: 'Default' },
      { text: value, weight: 'Default' },
    ],
  });
  const lines: ContactLine[] = [{ runs: [{ text: contact.name, weight: 'Bolder' }] }];
  if (contact.phone !== '') lines.push(line(t('support.contact.phone'), contact.phone));
  if (contact.email !== '') lines.push(line(t('support.contact.email'), contact.email));
  if (contact.url !== '') lines.push(line(t('support.contact.url'), contact.url));
  return { lines, url: contact.url, openLabel: t('support.contact.open') };
}

/** An entry as readers see it: category (emergency marked in words and colour), title, body, contacts. */
export function supportEntryView(
  t: Translate,
  entry: Pick<SupportEntry, 'category' | 'title' | 'body' | 'contacts'>,
): SupportEntryView {
  return {
    category: t(`support.category.${entry.category}`),
    categoryColor: entry.category === 'akut-hjalp' ? 'Attention' : 'Accent',
    title: entry.title,
    body: entry.body,
    contacts: entry.contacts.filter((c) => c.name.trim() !== '').map((c) => contactView(t, c)),
  };
}
