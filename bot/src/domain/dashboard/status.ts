import type { Activity, ReportingRound, StatusReport } from '../types';
import { STATUS_KEYS, type RoundRef, type StatusKey, type StatusMix } from './types';

/** A mix with every status at zero. */
export function emptyMix(): StatusMix {
  return Object.fromEntries(STATUS_KEYS.map((key) => [key, 0])) as StatusMix;
}

/** Counts the activities' statuses. */
export function mixOf(
  activities: readonly Activity[],
  statusOf: ReadonlyMap<string, StatusKey>,
): StatusMix {
  const mix = emptyMix();
  for (const activity of activities) mix[statusOf.get(activity.id) ?? 'ej-rapporterad'] += 1;
  return mix;
}

export function roundRef(round: ReportingRound): RoundRef {
  return {
    id: round.id,
    title: round.title,
    kind: round.kind,
    opensAt: round.opensAt,
    closesAt: round.closesAt,
  };
}

/**
 * Each activity's last known status up to and including `upTo` (rounds in opensAt order):
 * the report of the latest round that has one. Activities never reported are absent.
 */
export function lastKnownStatus(
  rounds: readonly ReportingRound[],
  reportsByRound: ReadonlyMap<string, readonly StatusReport[]>,
  upTo: ReportingRound | null,
): Map<string, StatusKey> {
  const status = new Map<string, StatusKey>();
  if (upTo === null) return status;
  const ordered = [...rounds].sort((a, b) => a.opensAt.localeCompare(b.opensAt));
  for (const round of ordered) {
    if (round.opensAt > upTo.opensAt) break;
    for (const report of reportsByRound.get(round.id) ?? [])
      status.set(report.activityId, report.status);
  }
  return status;
}

/** The set of activity ids reported in one round. */
export function reportedIn(
  reportsByRound: ReadonlyMap<string, readonly StatusReport[]>,
  roundId: string | undefined,
): Set<string> {
  if (roundId === undefined) return new Set();
  return new Set((reportsByRound.get(roundId) ?? []).map((r) => r.activityId));
}

/** The calendar year of an instant in Europe/Stockholm. */
export function stockholmYear(instant: string | Date): number {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  return Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', year: 'numeric' }).format(
      date,
    ),
  );
}
