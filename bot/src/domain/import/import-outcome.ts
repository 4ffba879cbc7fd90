/**
 * The outcome columns of an import row (decision 0027), read with the report card's rules:
 * a non-number or a link outside the city's SharePoint or OneDrive is a row error in Swedish.
 */
import {
  evidenceHostsText,
  parseOutcome,
  type EvidenceHosts,
  type OutcomeProblem,
} from '../outcomes/outcome';
import type { ReportOutcome, ReportStatus } from '../types';
import type { ColumnKey } from './columns';
import { shown } from './row-errors';

/** What the import needs of a row: its cells by column, and where to put a problem. */
interface OutcomeCells {
  has(key: ColumnKey): boolean;
  text(key: ColumnKey): string;
  fail(message: string): void;
}

const OUTCOME_COLUMNS = [
  'outcomeResult',
  'outcomeReached',
  'outcomeTarget',
  'outcomeUnit',
  'outcomeLinks',
] as const satisfies readonly ColumnKey[];

function message(problem: OutcomeProblem, cells: OutcomeCells, hosts: EvidenceHosts): string {
  switch (problem) {
    case 'outcome-not-done':
      return 'Resultat anges bara när status är Genomförd.';
    case 'outcome-reached':
      return `Antal uppnådda "${shown(cells.text('outcomeReached'))}" är inget tal (skriv t.ex. 120).`;
    case 'outcome-target':
      return `Antal i målet "${shown(cells.text('outcomeTarget'))}" är inget tal (skriv t.ex. 150).`;
    case 'outcome-link':
      return `Underlag måste vara länkar som börjar med https:// till stadens SharePoint eller OneDrive (${evidenceHostsText(hosts)}).`;
    case 'outcome-too-many-links':
      return 'Underlag får ha högst 5 länkar.';
  }
}

/**
 * The row's outcome: undefined when the file has none of the outcome columns, null when they
 * are empty (or a rule is broken: then the problems are reported on the row).
 */
export function readOutcome(
  cells: OutcomeCells,
  status: ReportStatus,
  hosts: EvidenceHosts = null,
): ReportOutcome | null | undefined {
  if (!OUTCOME_COLUMNS.some((key) => cells.has(key))) return undefined;
  const { outcome, problems } = parseOutcome(
    status,
    {
      result: cells.text('outcomeResult'),
      reached: cells.text('outcomeReached'),
      target: cells.text('outcomeTarget'),
      unit: cells.text('outcomeUnit'),
      links: cells.text('outcomeLinks'),
    },
    hosts,
  );
  for (const problem of problems) cells.fail(message(problem, cells, hosts));
  return outcome;
}
