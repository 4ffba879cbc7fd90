/**
 * The outcome of a completed activity (issue 19 item 3, decision 0027): what came of it, an
 * optional figure ("120 av 150 chefer utbildade") and links to evidence in the city's own
 * SharePoint or OneDrive (links only, nothing is uploaded). Pure: parsing what a person typed,
 * the rules, and the Swedish (or English) figure every view writes.
 */
import { cleanLine, cleanText } from '../text/clean-text';
import type { ReportOutcome, ReportStatus } from '../types';

/** The outcome fields as typed in a form (the card keeps them as typed when they are refused). */
export interface OutcomeInput {
  readonly result: string;
  readonly reached: string;
  readonly target: string;
  readonly unit: string;
  /** One link per line (or separated by spaces). */
  readonly links: string;
}

export const EMPTY_OUTCOME_INPUT: OutcomeInput = {
  result: '',
  reached: '',
  target: '',
  unit: '',
  links: '',
};

/** At most this many evidence links per report. */
export const MAX_OUTCOME_LINKS = 5;
/** A figure above this is a typing slip, not a count. */
const MAX_COUNT = 1_000_000_000;

export type OutcomeProblem =
  /** Outcome fields filled in on a report that is not Genomförd. */
  | 'outcome-not-done'
  | 'outcome-reached'
  | 'outcome-target'
  | 'outcome-link'
  | 'outcome-too-many-links';

/**
 * A count as people type it: "120", "1 200" (space or no-break space as thousands separator),
 * "12,5" or "12.5". Null when empty; undefined when it is not a non-negative number.
 */
export function parseCount(text: string): number | null | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  if (!/^\d{1,10}(?:[.,]\d{1,3})?$/.test(compact)) return undefined;
  const value = Number(compact.replace(',', '.'));
  return Number.isFinite(value) && value <= MAX_COUNT ? value : undefined;
}

/**
 * The hosts an evidence link may point to (configuration, `SAMORDNA_EVIDENCE_HOSTS` or the
 * SharePoint site's tenant); null: any `<tenant>.sharepoint.com` (local and demo).
 */
export type EvidenceHosts = readonly string[] | null;

const ANY_SHAREPOINT = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.sharepoint\.com$/;

/** The allowed hosts as the refusal names them: "malmo.sharepoint.com, malmo-my.sharepoint.com". */
export function evidenceHostsText(hosts: EvidenceHosts): string {
  return hosts === null ? '…sharepoint.com' : hosts.join(', ');
}

/**
 * Whether `text` is a link to the city's own SharePoint or OneDrive: https, no credentials or
 * port, and a host among `hosts` (or, when null, any `<tenant>.sharepoint.com` or
 * `<tenant>-my.sharepoint.com`). Returns the normalised link, or undefined.
 */
export function evidenceLink(text: string, hosts: EvidenceHosts = null): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '')
    return undefined;
  const allowed = hosts === null ? ANY_SHAREPOINT.test(url.hostname) : hosts.includes(url.hostname);
  return allowed ? url.href : undefined;
}

/** Every part empty: no outcome was given. */
function isEmpty(input: OutcomeInput): boolean {
  return Object.values(input).every((v) => String(v).trim() === '');
}

/**
 * The outcome a form describes, checked. `outcome` is null when nothing was given (or on a
 * refusal); `problems` lists every broken rule, in the order the form shows its fields.
 */
export function parseOutcome(
  status: ReportStatus,
  input: OutcomeInput,
  hosts: EvidenceHosts = null,
): { outcome: ReportOutcome | null; problems: OutcomeProblem[] } {
  const cleaned: OutcomeInput = {
    result: cleanText(input.result).trim(),
    reached: cleanLine(input.reached),
    target: cleanLine(input.target),
    unit: cleanLine(input.unit),
    links: cleanText(input.links).trim(),
  };
  if (isEmpty(cleaned)) return { outcome: null, problems: [] };
  if (status !== 'genomford') return { outcome: null, problems: ['outcome-not-done'] };
  const problems: OutcomeProblem[] = [];
  const reached = parseCount(cleaned.reached);
  if (reached === undefined) problems.push('outcome-reached');
  const target = parseCount(cleaned.target);
  if (target === undefined) problems.push('outcome-target');
  const typed = cleaned.links.split(/\s+/).filter((l) => l !== '');
  const links = typed.map((l) => evidenceLink(l, hosts));
  if (links.some((l) => l === undefined)) problems.push('outcome-link');
  if (typed.length > MAX_OUTCOME_LINKS) problems.push('outcome-too-many-links');
  if (problems.length > 0) return { outcome: null, problems };
  return {
    outcome: {
      result: cleaned.result,
      reached: reached ?? null,
      target: target ?? null,
      unit: cleaned.unit,
      links: [...new Set(links.filter((l): l is string => l !== undefined))],
    },
    problems,
  };
}

/** The form fields that show an outcome again (prefill from the latest report). */
export function outcomeInputOf(outcome: ReportOutcome | undefined): OutcomeInput {
  if (outcome === undefined) return EMPTY_OUTCOME_INPUT;
  const count = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));
  return {
    result: outcome.result,
    reached: count(outcome.reached),
    target: count(outcome.target),
    unit: outcome.unit,
    links: outcome.links.join('\n'),
  };
}

/**
 * The figure as a sentence part: "120 av 150 chefer utbildade", "120 chefer utbildade",
 * "mål 150 chefer utbildade"; '' when there is no figure.
 */
export function outcomeFigure(outcome: ReportOutcome, language: 'sv' | 'en' = 'sv'): string {
  const format = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'sv-SE');
  const unit = outcome.unit === '' ? '' : ` ${outcome.unit}`;
  const { reached, target } = outcome;
  if (reached !== null && target !== null)
    return `${format.format(reached)} ${language === 'en' ? 'of' : 'av'} ${format.format(target)}${unit}`;
  if (reached !== null) return `${format.format(reached)}${unit}`;
  if (target !== null)
    return `${language === 'en' ? 'target' : 'mål'} ${format.format(target)}${unit}`;
  return '';
}

/** The outcome in one line: the result, then the figure in parentheses (or the figure alone). */
export function outcomeSummary(outcome: ReportOutcome, language: 'sv' | 'en' = 'sv'): string {
  const figure = outcomeFigure(outcome, language);
  if (outcome.result === '') return figure;
  return figure === '' ? outcome.result : `${outcome.result.replace(/[.!]+$/, '')} (${figure})`;
}
