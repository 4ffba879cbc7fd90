import type { StatusReport } from '../types';

/**
 * When a meeting's snapshot is frozen: at its close instant (the meeting's start unless
 * Samordning set another close), never at the moment a server gets round to it. A server that
 * starts, or catches up after downtime, once the meeting has passed still freezes the meeting at
 * its own time; only a close that is not due yet (never planned so) falls back to `now`.
 */
export function freezeInstant(closeAt: string, now: string): string {
  return closeAt <= now ? closeAt : now;
}

/**
 * The report that was an activity's latest at `at`, from its history (oldest first): the last
 * one reported at or before `at` (on a tie the later append wins), optionally in one round.
 */
export function latestAsOf(
  history: readonly StatusReport[],
  at: string,
  roundId?: string,
): StatusReport | undefined {
  let found: StatusReport | undefined;
  for (const report of history) {
    if (report.reportedAt > at) continue;
    if (roundId !== undefined && report.roundId !== roundId) continue;
    if (found === undefined || report.reportedAt >= found.reportedAt) found = report;
  }
  return found;
}
