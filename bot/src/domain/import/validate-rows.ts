/**
 * Validates a whole import table against the plan and the organisations. Pure; every
 * problem in the file is counted, the first ones listed (row-errors.ts), so one run shows
 * them. Every text cell is cleaned (clean-text.ts) before it is matched or kept.
 */
import { cleanLine, cleanText } from '../text/clean-text';
import type { EvidenceHosts } from '../outcomes/outcome';
import { readOutcome } from './import-outcome';
import type { CatalogEntry, HeadingId, Organisation, Plan } from '../types';
import { mapHeader, type ColumnIndex, type ColumnKey } from './columns';
import type { ImportedReport, ImportRow, RawRow, RowError } from './import-types';
import { RowErrors, shown } from './row-errors';
import {
  closestNames,
  foldKey,
  matchGoal,
  matchOrganisation,
  matchStatus,
  splitValues,
} from './matching';

export type ValidationResult =
  | { ok: true; rows: ImportRow[] }
  /** `errors`: the listed ones, then a line counting the rest; `count`: all of them. */
  | { ok: false; errors: RowError[]; count: number };

/** How many rows from the top may be title lines before the header. */
const HEADER_SEARCH_ROWS = 10;

/** Rows validated between two pauses (the caller hands the event loop back there)… */
const ROWS_PER_PAUSE = 500;
/** …or fewer when errors are listed: each costs a closest-name search (~0.5 ms). */
const LISTED_ERRORS_PER_PAUSE = 20;

/** Columns whose text may span lines; every other cell is one line. */
const MULTI_LINE: ReadonlySet<ColumnKey> = new Set([
  'description',
  'done',
  'next',
  'reason',
  'outcomeResult',
  'outcomeLinks',
]);

/** A cell as the import keeps it: cleaned, one line unless the column holds running text. */
function cellValue(key: ColumnKey, raw: string): string {
  return MULTI_LINE.has(key) ? cleanText(raw).trim() : cleanLine(raw);
}

const STATUS_HELP =
  'Använd Ej påbörjad, Pågår, Pågår med avvikelse, Framflyttad, Genomförd eller Avbruten (tomt = ej rapporterad).';

function isBlank(row: RawRow): boolean {
  return row.cells.every((c) => c.trim() === '');
}

/** A local date `YYYY-MM-DD` (also `YYYY-M-D`, with a time part ignored), or undefined when not a real date. */
export function parseLocalDate(text: string): string | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]+Z?)?$/.exec(text.trim());
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function matchHeading(text: string, plan: Plan): HeadingId | undefined {
  const key = foldKey(text);
  return plan.headings.find((h) => foldKey(h.name) === key || foldKey(h.id) === key)?.id;
}

/**
 * The heading of a row without one: the plan's last heading, by the plan files' convention the
 * organisation's own operations (verksamhetsspecifik in 2022–2026, egen-verksamhet in Ekby).
 */
function defaultHeading(plan: Plan): HeadingId {
  return plan.headings.at(-1)?.id ?? 'verksamhetsspecifik';
}

interface RowReader {
  readonly row: number;
  has(key: ColumnKey): boolean;
  text(key: ColumnKey): string;
  fail(message: string | (() => string)): void;
}

function readTags(
  reader: RowReader,
  key: ColumnKey,
  label: string,
  entries: readonly CatalogEntry[],
): string[] | undefined {
  if (!reader.has(key)) return undefined;
  const ids: string[] = [];
  for (const value of splitValues(reader.text(key))) {
    const valueKey = foldKey(value);
    const entry = entries.find((e) => foldKey(e.name) === valueKey || foldKey(e.id) === valueKey);
    if (entry === undefined) {
      reader.fail(() => {
        const close = closestNames(
          valueKey,
          entries.map((e) => ({ name: e.name, key: foldKey(e.name) })),
          2,
        );
        return `${label} "${shown(value)}" finns inte i planen. Menade du ${close.join(' eller ')}?`;
      });
    } else if (!ids.includes(entry.id)) ids.push(entry.id);
  }
  return ids;
}

function readDate(reader: RowReader, key: ColumnKey, label: string): string | null | undefined {
  if (!reader.has(key)) return undefined;
  const text = reader.text(key);
  if (text === '') return null;
  const date = parseLocalDate(text);
  if (date === undefined)
    reader.fail(`${label} "${shown(text)}" är inget datum (skriv ÅÅÅÅ-MM-DD).`);
  return date ?? null;
}

function readReport(reader: RowReader, hosts: EvidenceHosts): ImportedReport | null {
  if (!reader.has('status')) return null;
  const raw = reader.text('status');
  const status = matchStatus(raw);
  const reportDate = readDate(reader, 'reportDate', 'Rapportdatum') ?? null;
  if (status === undefined) {
    reader.fail(`Statusen "${shown(raw)}" är okänd. ${STATUS_HELP}`);
    return null;
  }
  if (status === null) {
    if (reader.text('done') !== '' || reader.text('next') !== '')
      reader.fail('Status saknas men raden har en rapport (Rapporterat eller Nästa steg).');
    return null;
  }
  const outcome = readOutcome(reader, status, hosts);
  return {
    status,
    done: reader.text('done'),
    next: reader.text('next'),
    reason: reader.text('reason'),
    reportDate,
    ...(outcome === undefined ? {} : { outcome }),
  };
}

function readRow(
  raw: RawRow,
  index: ColumnIndex,
  plan: Plan,
  organisations: readonly Organisation[],
  errors: RowErrors,
  hosts: EvidenceHosts,
): ImportRow | undefined {
  const before = errors.count;
  const cells = new Map<ColumnKey, string>();
  const reader: RowReader = {
    row: raw.row,
    has: (key) => index[key] !== undefined,
    text: (key) => {
      const known = cells.get(key);
      if (known !== undefined) return known;
      const position = index[key];
      const value = position === undefined ? '' : cellValue(key, raw.cells[position] ?? '');
      cells.set(key, value);
      return value;
    },
    fail: (message) => errors.add(raw.row, message),
  };
  const required: [ColumnKey, string][] = [
    ['organisation', 'Förvaltning'],
    ['goal', 'Inriktningsmål'],
    ['heading', 'Rubrik'],
    ['title', 'Aktivitet'],
  ];
  for (const [key, label] of required) {
    if (reader.text(key) === '') reader.fail(`${label} saknas.`);
  }
  let organisationId = '';
  if (reader.text('organisation') !== '') {
    const match = matchOrganisation(reader.text('organisation'), organisations);
    if (match.ok) organisationId = match.value.id;
    else
      reader.fail(
        () =>
          `Förvaltningen "${shown(reader.text('organisation'))}" finns inte. Menade du ${match.suggestions().join(', ')}?`,
      );
  }
  let goal = 0;
  if (reader.text('goal') !== '') {
    const match = matchGoal(reader.text('goal'), plan.goals);
    const numbers = plan.goals.map((g) => g.number);
    if (match.ok) goal = match.value.number;
    else if ('number' in match)
      reader.fail(
        `Inriktningsmål ${String(match.number)} finns inte (planen har inriktningsmål ${String(Math.min(...numbers))}–${String(Math.max(...numbers))}).`,
      );
    else
      reader.fail(
        () =>
          `Inriktningsmålet "${shown(reader.text('goal'))}" finns inte. Skriv numret ${String(Math.min(...numbers))}–${String(Math.max(...numbers))} eller målets text, t.ex. "${match.suggestions()[0] ?? ''}".`,
      );
  }
  const heading =
    reader.text('heading') === '' ? undefined : matchHeading(reader.text('heading'), plan);
  if (reader.text('heading') !== '' && heading === undefined)
    reader.fail(
      `Rubriken "${shown(reader.text('heading'))}" är okänd. Använd ${plan.headings.map((h) => h.name).join(', ')}.`,
    );
  const row: ImportRow = {
    row: raw.row,
    organisationId,
    goal,
    heading: heading ?? defaultHeading(plan),
    title: reader.text('title'),
    ...(reader.has('description') ? { description: reader.text('description') } : {}),
    ...optional('focusAreaIds', readTags(reader, 'focusAreas', 'Fokusområdet', plan.focusAreas)),
    ...optional(
      'perspectiveIds',
      readTags(reader, 'perspectives', 'Perspektivet', plan.perspectives),
    ),
    ...optional(
      'targetGroupIds',
      readTags(reader, 'targetGroups', 'Målgruppen', plan.targetGroups),
    ),
    ...(reader.has('partners') ? { partners: splitValues(reader.text('partners')) } : {}),
    ...(reader.has('owner') ? { owner: reader.text('owner') } : {}),
    ...optional('startDate', readDate(reader, 'start', 'Start')),
    ...optional('endDate', readDate(reader, 'end', 'Slut')),
    report: readReport(reader, hosts),
  };
  if (row.startDate && row.endDate && row.endDate < row.startDate)
    reader.fail('Slut ligger före Start.');
  return errors.count === before ? row : undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

/** The identity of an activity within a plan: organisation, goal and title (folded). */
export function activityIdentity(a: {
  organisationId: string;
  goal: number;
  title: string;
}): string {
  return `${a.organisationId}|${String(a.goal)}|${foldKey(a.title)}`;
}

/** Hands the event loop back between slices of rows (the edge passes `nextTurn`). */
export type Pause = () => Promise<void>;

/**
 * Validates every row of a table whose first non-empty row is the header. All or nothing:
 * any problem gives the row errors (the first ones listed, the rest counted) and no rows.
 * `pause` is awaited every few hundred rows, so a long file does not hold up other work.
 */
export async function validateImportTable(
  table: readonly RawRow[],
  plan: Plan,
  organisations: readonly Organisation[],
  pause: Pause = async () => undefined,
  /** Where evidence links may point (configuration); null: any SharePoint. */
  hosts: EvidenceHosts = null,
): Promise<ValidationResult> {
  const nonBlank = table.filter((r) => !isBlank(r));
  const first = nonBlank[0];
  const refuse = (row: number, messages: readonly string[]): ValidationResult => ({
    ok: false,
    errors: messages.map((message) => ({ row, message })),
    count: messages.length,
  });
  if (first === undefined) return refuse(1, ['Filen är tom.']);
  // Title lines above the header (as in Stratsys exports) are skipped: the header is the first
  // of the first few rows that names every required column.
  const headerAt = nonBlank.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => mapHeader(r.cells).ok);
  const header = nonBlank[Math.max(headerAt, 0)] ?? first;
  const mapped = mapHeader(header.cells);
  if (!mapped.ok) return refuse(header.row, mapped.messages);
  const rows = nonBlank.slice(Math.max(headerAt, 0));
  if (rows.length === 1)
    return refuse(header.row, ['Filen har inga aktiviteter under rubrikraden.']);
  const errors = new RowErrors();
  const valid: ImportRow[] = [];
  const seen = new Map<string, number>();
  let listedAtPause = 0;
  for (const [i, raw] of rows.slice(1).entries()) {
    if (
      (i > 0 && i % ROWS_PER_PAUSE === 0) ||
      errors.listedCount - listedAtPause >= LISTED_ERRORS_PER_PAUSE
    ) {
      listedAtPause = errors.listedCount;
      await pause();
    }
    const row = readRow(raw, mapped.index, plan, organisations, errors, hosts);
    if (row === undefined) continue;
    const identity = activityIdentity(row);
    const earlier = seen.get(identity);
    if (earlier !== undefined)
      errors.add(row.row, `Samma aktivitet som på rad ${String(earlier)}.`);
    else seen.set(identity, row.row);
    valid.push(row);
  }
  return errors.count > 0
    ? { ok: false, errors: errors.list(), count: errors.count }
    : { ok: true, rows: valid };
}
