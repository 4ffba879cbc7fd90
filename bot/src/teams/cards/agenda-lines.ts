import type { AgendaItem, MeetingDecision } from '../../domain/minutes/minutes-types';
import { formatDate, type Language, type Translate } from '../../i18n';

/** One agenda item as a line ("Avvikelse: Föreläsning (Fritidsförvaltningen) – Sjuk"). */
export function agendaLine(
  t: Translate,
  item: AgendaItem,
  organisationName: (id: string) => string,
): string {
  const organisation = item.organisationId === null ? '' : organisationName(item.organisationId);
  const detail = item.detail === '' ? '' : ` – ${item.detail}`;
  if (item.kind === 'not-reported') {
    const [unreported = item.detail] = item.detail.split('/');
    return t('minutes.item.not-reported', { title: item.title, detail: unreported });
  }
  return t(`minutes.item.${item.kind}`, { title: item.title, organisation, detail });
}

/** The numbered agenda, one line per item. */
export function agendaText(
  t: Translate,
  items: readonly AgendaItem[],
  organisationName: (id: string) => string,
): string {
  return items.map((item, i) => `${i + 1}. ${agendaLine(t, item, organisationName)}`).join('\n');
}

/** "Att göra till 15 april 2026: Boka ny lokal" */
export function todoLine(
  t: Translate,
  language: Language,
  action: Pick<MeetingDecision, 'what' | 'dueDate'>,
): string {
  return t('minutes.todo', {
    date: action.dueDate === null ? '' : formatDate(language, `${action.dueDate}T12:00:00.000Z`),
    what: action.what,
  });
}
