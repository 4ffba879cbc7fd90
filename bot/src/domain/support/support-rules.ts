import { cleanText } from '../text/clean-text';
import type { Member } from '../types';
import {
  SUPPORT_CATEGORIES,
  type SupportAudience,
  type SupportCategory,
  type SupportContact,
  type SupportEntry,
} from './support-types';

/** What HR fills in for one entry (status, version and timestamps are the service's). */
export interface SupportEntryInput {
  title: string;
  body: string;
  audiences: SupportAudience[];
  category: SupportCategory;
  contacts: SupportContact[];
  ownerOrganisationId: string;
  validFrom: string | null;
  validTo: string | null;
  source: string;
}

/** One thing wrong with an entry; the edge turns it into a Swedish message. */
export interface SupportProblem {
  /** `title`, `body`, `audiences`, `ownerOrganisationId`, `validTo`, `source`, `contacts`, `contacts[0].phone` … */
  field: string;
  code:
    | 'required'
    | 'too-long'
    | 'invalid-phone'
    | 'invalid-email'
    | 'invalid-url'
    | 'dates-reversed'
    | 'no-audience';
}

export const SUPPORT_LIMITS = {
  title: 200,
  body: 8000,
  source: 2000,
  contacts: 10,
  contactName: 200,
  contactEmail: 254,
  contactUrl: 2000,
} as const;

const SAFE_LINK = /^(https:|mailto:|tel:)/i;
/** A link target, allowing one level of balanced parentheses (`javascript:alert(1)`). */
const LINK_TARGET = String.raw`((?:[^()\s]|\([^()\s]*\))*)`;
const LINK_TITLE = String.raw`(?:\s+(?:"[^"]*"|'[^']*'))?`;
const IMAGE = new RegExp(String.raw`!\[[^\]]*\]\(\s*${LINK_TARGET}${LINK_TITLE}\s*\)`, 'g');
const LINK = new RegExp(String.raw`\[([^\]]*)\]\(\s*${LINK_TARGET}${LINK_TITLE}\s*\)`, 'g');
const REFERENCE_DEFINITION = /^[ \t]*\[[^\]]+\]:[ \t]*(\S+).*$/gm;
const AUTOLINK = /<((?:https:|mailto:|tel:)[^<>\s]+)>/gi;
const DANGEROUS_BLOCK =
  /<(script|style|iframe|object|embed|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?(-->|$)/g;
const TAG = /<\/?[a-zA-Z][^<>]*>/g;

/** Applies `step` until the text stops changing, so nested tricks (`<scr<script>ipt>`) cannot survive. */
function untilStable(text: string, step: (t: string) => string): string {
  let current = text;
  for (let i = 0; i < 20; i += 1) {
    const next = step(current);
    if (next === current) return next;
    current = next;
  }
  return current;
}

/**
 * Reduces HR's text to the small safe Markdown subset the tab and the bot render: first the
 * text hygiene every stored text gets (clean-text.ts: no XML-forbidden or bidi characters,
 * `\n` line breaks), then HTML tags are stripped (their text kept; script/style blocks dropped whole), images are
 * removed, links survive only with an https:, mailto: or tel: target (others become their
 * text), runs of blank lines collapse to one, and the result is trimmed to 8000 characters.
 */
export function sanitizeSupportMarkdown(text: string): string {
  let out = cleanText(text);
  out = out.replace(AUTOLINK, (_m, url: string) => `[${url}](${url})`);
  out = untilStable(out, (t) =>
    t.replace(COMMENT, '').replace(DANGEROUS_BLOCK, '').replace(TAG, ''),
  );
  out = out.replace(IMAGE, '');
  out = out.replace(LINK, (_m, label: string, url: string) =>
    SAFE_LINK.test(url) ? `[${label}](${url})` : label,
  );
  out = out.replace(REFERENCE_DEFINITION, (line, url: string) => (SAFE_LINK.test(url) ? line : ''));
  out = out.replace(/^[ \t]+$/gm, '');
  out = out.replace(/\n{3,}/g, '\n\n').trim();
  return out.length > SUPPORT_LIMITS.body ? out.slice(0, SUPPORT_LIMITS.body).trimEnd() : out;
}

/** Swedish numbers as people write them: `112`, `114 14`, `020-50 50 50`, `040-34 10 00`, `+46 40 34 10 00`. */
export function isSwedishPhone(phone: string): boolean {
  const compact = phone.trim().replace(/[\s-]/g, '');
  return /^(\+46[1-9]\d{5,11}|0\d{5,11}|[1-9]\d{2,7})$/.test(compact);
}

export function isEmail(email: string): boolean {
  return /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[a-z]{2,}$/i.test(email.trim());
}

/** An absolute https:// URL with a host. */
export function isHttpsUrl(url: string): boolean {
  const value = url.trim();
  if (!/^https:\/\//i.test(value)) return false;
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
}

function contactProblems(contact: SupportContact, index: number): SupportProblem[] {
  const at = (name: string): string => `contacts[${index}].${name}`;
  const problems: SupportProblem[] = [];
  if (contact.name.trim() === '') problems.push({ field: at('name'), code: 'required' });
  if (contact.name.length > SUPPORT_LIMITS.contactName)
    problems.push({ field: at('name'), code: 'too-long' });
  if (contact.phone.trim() !== '' && !isSwedishPhone(contact.phone))
    problems.push({ field: at('phone'), code: 'invalid-phone' });
  if (contact.email.length > SUPPORT_LIMITS.contactEmail)
    problems.push({ field: at('email'), code: 'too-long' });
  else if (contact.email.trim() !== '' && !isEmail(contact.email))
    problems.push({ field: at('email'), code: 'invalid-email' });
  if (contact.url.length > SUPPORT_LIMITS.contactUrl)
    problems.push({ field: at('url'), code: 'too-long' });
  else if (contact.url.trim() !== '' && !isHttpsUrl(contact.url))
    problems.push({ field: at('url'), code: 'invalid-url' });
  return problems;
}

/**
 * Domain rules an entry must satisfy (the edge has already checked types and date formats).
 * The body is judged as HR wrote it: required means something is left after sanitizing,
 * too-long means more than 8000 characters as written.
 */
export function supportProblems(input: SupportEntryInput): SupportProblem[] {
  const problems: SupportProblem[] = [];
  if (input.title.trim() === '') problems.push({ field: 'title', code: 'required' });
  else if (input.title.trim().length > SUPPORT_LIMITS.title)
    problems.push({ field: 'title', code: 'too-long' });
  if (input.body.trim().length > SUPPORT_LIMITS.body)
    problems.push({ field: 'body', code: 'too-long' });
  else if (sanitizeSupportMarkdown(input.body) === '')
    problems.push({ field: 'body', code: 'required' });
  if (input.audiences.length === 0) problems.push({ field: 'audiences', code: 'no-audience' });
  if (input.ownerOrganisationId.trim() === '')
    problems.push({ field: 'ownerOrganisationId', code: 'required' });
  if (input.validFrom !== null && input.validTo !== null && input.validFrom > input.validTo)
    problems.push({ field: 'validTo', code: 'dates-reversed' });
  if (input.source.length > SUPPORT_LIMITS.source)
    problems.push({ field: 'source', code: 'too-long' });
  if (input.contacts.length > SUPPORT_LIMITS.contacts)
    problems.push({ field: 'contacts', code: 'too-long' });
  input.contacts.forEach((contact, i) => problems.push(...contactProblems(contact, i)));
  return problems;
}

/** Months an entry may go without HR confirming it before it is flagged. */
export const REVIEW_INTERVAL_MONTHS = 12;

/** True when a non-archived entry was last reviewed more than 12 months before `now`. */
export function needsReview(entry: SupportEntry, now: Date): boolean {
  if (entry.status === 'arkiverad') return false;
  const due = new Date(entry.reviewedAt);
  if (Number.isNaN(due.getTime())) return true;
  due.setUTCMonth(due.getUTCMonth() + REVIEW_INTERVAL_MONTHS);
  return now.getTime() > due.getTime();
}

/** Published and valid on the local date `YYYY-MM-DD` (validFrom/validTo inclusive, null = open). */
export function isPublishedOn(entry: SupportEntry, localDate: string): boolean {
  return (
    entry.status === 'publicerad' &&
    (entry.validFrom === null || entry.validFrom <= localDate) &&
    (entry.validTo === null || localDate <= entry.validTo)
  );
}

const swedish = new Intl.Collator('sv');

function categoryRank(category: SupportCategory): number {
  return category === 'akut-hjalp' ? -1 : SUPPORT_CATEGORIES.indexOf(category);
}

/** Sorts for readers: akut hjälp first, then the category order, then title (sv collation). */
export function compareSupportEntries(a: SupportEntry, b: SupportEntry): number {
  return (
    categoryRank(a.category) - categoryRank(b.category) ||
    swedish.compare(a.title, b.title) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** What a reader sees on `localDate`: published, valid, for `audience` (any when null), sorted. */
export function entriesFor(
  entries: readonly SupportEntry[],
  audience: SupportAudience | null,
  localDate: string,
): SupportEntry[] {
  return entries
    .filter((e) => isPublishedOn(e, localDate))
    .filter((e) => audience === null || e.audiences.includes(audience))
    .sort(compareSupportEntries);
}

const stockholmFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date `YYYY-MM-DD` in Europe/Stockholm at the instant `now`. */
export function stockholmDate(now: Date): string {
  const parts = stockholmFormat.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Only HR writes support information. */
export function canEditSupport(member: Member): boolean {
  return member.roles.includes('hr');
}
