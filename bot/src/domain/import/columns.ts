/**
 * The columns of an import (and export) file, by their Swedish headers. Headers are
 * matched case-, whitespace- and order-insensitively; unknown headers are ignored.
 */
import { foldKey } from './matching';

export const COLUMN_KEYS = [
  'organisation',
  'goal',
  'heading',
  'title',
  'description',
  'focusAreas',
  'perspectives',
  'targetGroups',
  'partners',
  'owner',
  'start',
  'end',
  'status',
  'done',
  'next',
  'reason',
  'reportDate',
  // The outcome of a Genomförd activity (decision 0027), appended so older files read as before.
  'outcomeResult',
  'outcomeReached',
  'outcomeTarget',
  'outcomeUnit',
  'outcomeLinks',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface ColumnSpec {
  readonly key: ColumnKey;
  /** The header export writes. */
  readonly header: string;
  readonly required: boolean;
  /** Other headers people use for the same column. */
  readonly aliases: readonly string[];
}

export const COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'organisation',
    header: 'Förvaltning',
    required: true,
    aliases: ['Organisation', 'Förvaltning/bolag', 'Bolag'],
  },
  { key: 'goal', header: 'Inriktningsmål', required: true, aliases: ['Mål'] },
  { key: 'heading', header: 'Rubrik', required: true, aliases: [] },
  { key: 'title', header: 'Aktivitet', required: true, aliases: ['Aktivitetens namn'] },
  { key: 'description', header: 'Beskrivning', required: false, aliases: [] },
  { key: 'focusAreas', header: 'Fokusområden', required: false, aliases: ['Fokusområde'] },
  { key: 'perspectives', header: 'Perspektiv', required: false, aliases: [] },
  { key: 'targetGroups', header: 'Målgrupper', required: false, aliases: ['Målgrupp'] },
  {
    key: 'partners',
    header: 'Samverkanspartner',
    required: false,
    aliases: ['Samverkanspartners', 'Samverkan med'],
  },
  { key: 'owner', header: 'Ansvarig', required: false, aliases: [] },
  { key: 'start', header: 'Start', required: false, aliases: ['Startdatum'] },
  { key: 'end', header: 'Slut', required: false, aliases: ['Slutdatum'] },
  { key: 'status', header: 'Status', required: false, aliases: [] },
  { key: 'done', header: 'Rapporterat', required: false, aliases: ['Vad har gjorts'] },
  { key: 'next', header: 'Nästa steg', required: false, aliases: [] },
  { key: 'reason', header: 'Orsak', required: false, aliases: [] },
  { key: 'reportDate', header: 'Rapportdatum', required: false, aliases: [] },
  { key: 'outcomeResult', header: 'Resultat', required: false, aliases: ['Vad blev resultatet'] },
  { key: 'outcomeReached', header: 'Antal uppnådda', required: false, aliases: ['Uppnått'] },
  { key: 'outcomeTarget', header: 'Antal i målet', required: false, aliases: ['Målvärde'] },
  { key: 'outcomeUnit', header: 'Vad räknas', required: false, aliases: ['Enhet'] },
  { key: 'outcomeLinks', header: 'Underlag', required: false, aliases: ['Länkar till underlag'] },
];

/** Where each known column sits in a row (0-based), for the columns the file has. */
export type ColumnIndex = Partial<Record<ColumnKey, number>>;

export type HeaderResult = { ok: true; index: ColumnIndex } | { ok: false; messages: string[] };

/** Maps a header row to the known columns; missing required or repeated columns are errors. */
export function mapHeader(cells: readonly string[]): HeaderResult {
  const byKey = new Map<string, ColumnSpec>();
  for (const spec of COLUMNS) {
    for (const name of [spec.header, ...spec.aliases]) byKey.set(foldKey(name), spec);
  }
  const index: ColumnIndex = {};
  const messages: string[] = [];
  cells.forEach((cell, position) => {
    const spec = byKey.get(foldKey(cell));
    if (spec === undefined) return;
    if (index[spec.key] !== undefined) {
      messages.push(`Kolumnen "${spec.header}" finns två gånger.`);
      return;
    }
    index[spec.key] = position;
  });
  for (const spec of COLUMNS) {
    if (spec.required && index[spec.key] === undefined)
      messages.push(`Kolumnen "${spec.header}" saknas.`);
  }
  return messages.length > 0 ? { ok: false, messages } : { ok: true, index };
}
