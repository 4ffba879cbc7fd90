import type { DraftBlock } from '../followup/report-draft';
import type { Organisation } from '../types';
import type { AgendaItem, MeetingDecision } from './minutes-types';

/** What the minutes (protokoll) need: the meeting, its agenda and the decisions recorded. */
export interface MinutesDraftInput {
  readonly theme: string;
  /** "9 december 2026 kl. 13:00", formatted by the caller. */
  readonly when: string;
  readonly items: readonly AgendaItem[];
  readonly decisions: readonly MeetingDecision[];
  readonly organisations: readonly Organisation[];
  /** Formats a local date YYYY-MM-DD for reading ("15 april 2026"). */
  readonly formatDay: (date: string) => string;
}

const KIND_LABEL: Record<AgendaItem['kind'], string> = {
  theme: 'Tema',
  deviation: 'Avvikelse',
  postponed: 'Framflyttad',
  'not-reported': 'Har inte rapporterat',
  added: 'Övrigt',
};

/**
 * The minutes as blocks in the follow-up's style (rendered by files/docx-report.ts): a heading,
 * then per agenda item its heading, the note and each decision or action with who and by
 * when. Swedish, like the follow-up draft.
 */
export function minutesDraft(input: MinutesDraftInput): DraftBlock[] {
  const name = (id: string | null): string =>
    id === null ? 'Hela gruppen' : (input.organisations.find((o) => o.id === id)?.name ?? id);
  const blocks: DraftBlock[] = [
    { kind: 'heading', level: 1, text: `Protokoll – samordningsgruppens möte ${input.when}` },
    { kind: 'paragraph', text: `Tema: ${input.theme === '' ? '–' : input.theme}` },
  ];
  input.items.forEach((item, i) => {
    const org =
      item.organisationId === null || item.kind === 'not-reported'
        ? ''
        : ` (${name(item.organisationId)})`;
    blocks.push({
      kind: 'heading',
      level: 2,
      text: `${i + 1}. ${KIND_LABEL[item.kind]}: ${item.title}${org}`,
    });
    const decisions = input.decisions.filter((d) => d.agendaItemId === item.id);
    if (decisions.length === 0) {
      blocks.push({ kind: 'paragraph', text: 'Inga beslut.' });
      return;
    }
    for (const d of decisions) {
      if (d.note !== '') blocks.push({ kind: 'paragraph', text: d.note });
      const who = name(d.organisationId);
      const by = d.dueDate === null ? '' : `, senast ${input.formatDay(d.dueDate)}`;
      blocks.push({
        kind: 'bullet',
        lead: d.kind === 'action' ? 'Åtgärd' : 'Beslut',
        text: `${d.what} – ansvarig: ${who}${by}.`,
      });
    }
  });
  return blocks;
}
