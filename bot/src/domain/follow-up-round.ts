/**
 * A follow-up round that is not a meeting: the plan's biennial follow-up "genom dialog" or
 * "Halvtidsuppföljning 2024", for any period, also in the past. Pure: the caller stores it.
 *
 * The period is given as local dates (Europe/Stockholm, inclusive); the round opens at the
 * first date's midnight and closes at the midnight after the last date (rounds close
 * exclusively, see `currentRound`). The id follows from the plan and the name, so creating the
 * same round twice is a no-op, and a second round of the same name with other dates is refused.
 */
import { foldKey } from './import/matching';
import { stableHash } from './import/stable-hash';
import { addDays, isLocalDate, localDateOf, localToUtc } from './meetings/local-time';
import { cleanLine } from './text/clean-text';
import type { Plan, ReportingRound } from './types';

export const ROUND_TIME_ZONE = 'Europe/Stockholm';
const MAX_TITLE = 120;

export interface FollowUpRoundInput {
  readonly title: string;
  /** First and last local date of the period, `YYYY-MM-DD`, inclusive. */
  readonly from: string;
  readonly to: string;
}

export type FollowUpRoundOutcome =
  | { readonly kind: 'created'; readonly round: ReportingRound }
  /** The same name and period exist already: nothing to do. */
  | { readonly kind: 'exists'; readonly round: ReportingRound }
  /** Swedish, one line per problem; nothing is stored. */
  | { readonly kind: 'refused'; readonly problems: readonly string[] };

/** The local period of a round, as its first and last date. */
export function roundPeriod(round: ReportingRound): { from: string; to: string } {
  return {
    from: localDateOf(round.opensAt, ROUND_TIME_ZONE),
    // Rounds close exclusively: the last date is the one just before `closesAt`.
    to: localDateOf(new Date(Date.parse(round.closesAt) - 1), ROUND_TIME_ZONE),
  };
}

/** The round `input` asks for in `plan`, checked against the plan's `existing` rounds. */
export function followUpRound(
  plan: Plan,
  input: FollowUpRoundInput,
  existing: readonly ReportingRound[],
): FollowUpRoundOutcome {
  const problems: string[] = [];
  const title = cleanLine(input.title).trim();
  if (title === '')
    problems.push('Ange ett namn på omgången, till exempel "Halvtidsuppföljning 2024".');
  if (title.length > MAX_TITLE)
    problems.push(`Namnet är för långt: högst ${String(MAX_TITLE)} tecken.`);
  const fromOk = isLocalDate(input.from);
  const toOk = isLocalDate(input.to);
  if (!fromOk)
    problems.push(`Startdatumet "${input.from}" är inget datum. Skriv det som ÅÅÅÅ-MM-DD.`);
  if (!toOk) problems.push(`Slutdatumet "${input.to}" är inget datum. Skriv det som ÅÅÅÅ-MM-DD.`);
  if (fromOk && toOk && input.to < input.from)
    problems.push(`Slutdatumet ${input.to} ligger före startdatumet ${input.from}.`);
  if (problems.length > 0) return { kind: 'refused', problems };

  const round: ReportingRound = {
    id: `uppf-${stableHash(`${plan.id}|${foldKey(title)}`)}`,
    planId: plan.id,
    kind: 'uppfoljning',
    title,
    opensAt: localToUtc(input.from, '00:00', ROUND_TIME_ZONE).toISOString(),
    closesAt: localToUtc(addDays(input.to, 1), '00:00', ROUND_TIME_ZONE).toISOString(),
  };
  const same = existing.find((r) => r.id === round.id || foldKey(r.title) === foldKey(title));
  if (same === undefined) return { kind: 'created', round };
  const period = roundPeriod(same);
  if (period.from === input.from && period.to === input.to) return { kind: 'exists', round: same };
  return {
    kind: 'refused',
    problems: [
      `Det finns redan en omgång som heter "${same.title}" (${period.from}–${period.to}). Välj ett annat namn.`,
    ],
  };
}

/**
 * When a report imported into `round` without a Rapportdatum was made: now while the round is
 * open, else the nearest end of the round — a past follow-up is never dated today.
 */
export function reportInstantWithin(round: ReportingRound, now: Date): string {
  const t = now.toISOString();
  if (t < round.opensAt) return round.opensAt;
  if (t >= round.closesAt) return new Date(Date.parse(round.closesAt) - 60_000).toISOString();
  return t;
}

/** Whether a local report date lies inside the round's period. */
export function dateWithinRound(round: ReportingRound, date: string): boolean {
  const { from, to } = roundPeriod(round);
  return from <= date && date <= to;
}
