import type { ReportingRound } from './types';

/**
 * The current round at `now`: the open round (opensAt ≤ now < closesAt) that opened
 * last; if none is open, the round that closed most recently; otherwise null.
 */
export function currentRound(rounds: readonly ReportingRound[], now: Date): ReportingRound | null {
  const t = now.toISOString();
  const open = rounds.filter((r) => r.opensAt <= t && t < r.closesAt);
  if (open.length > 0)
    return [...open].sort((a, b) => b.opensAt.localeCompare(a.opensAt))[0] ?? null;
  const closed = rounds.filter((r) => r.closesAt <= t);
  return [...closed].sort((a, b) => b.closesAt.localeCompare(a.closesAt))[0] ?? null;
}
