import { IdempotencyKeyReusedError, type AppendReportResult } from '../domain/ports/store.port';
import type { StatusReport } from '../domain/types';

/**
 * What `ReportRepository.append` answers when its idempotency key was used before (one rule
 * for every adapter): the first report with `created: false` when the replay is for the same
 * activity and round (and, for a user-bound key, by the same reporter); otherwise
 * IdempotencyKeyReusedError, which carries nothing of the first report.
 */
export function replayOf(
  first: StatusReport,
  replay: StatusReport,
  userBound: boolean,
): AppendReportResult {
  const same =
    first.activityId === replay.activityId &&
    first.roundId === replay.roundId &&
    (!userBound || first.reportedByUserId === replay.reportedByUserId);
  if (!same) throw new IdempotencyKeyReusedError();
  return { report: first, created: false };
}
