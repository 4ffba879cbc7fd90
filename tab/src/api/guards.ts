import type { GoalSummary, Me, Overview } from './types';

/*
 * Minimal hand-written shape checks for the API responses. They guard against a server that
 * answers with something else (an HTML error page, an older API) rather than re-validating
 * every business rule the server already enforces.
 */

type UnknownRecord = Record<string, unknown>;

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isIdAndName(value: unknown, nameKey: 'name' | 'title'): boolean {
  return isRecord(value) && isString(value['id']) && isString(value[nameKey]);
}

export function isMe(value: unknown): value is Me {
  return (
    isRecord(value) &&
    isString(value['name']) &&
    (value['organisation'] === null || isIdAndName(value['organisation'], 'name')) &&
    Array.isArray(value['roles']) &&
    value['roles'].every(isString) &&
    (value['mode'] === 'local' || value['mode'] === 'production')
  );
}

function isGoalSummary(value: unknown): value is GoalSummary {
  return (
    isRecord(value) &&
    isCount(value['number']) &&
    isString(value['title']) &&
    isCount(value['activities']) &&
    isCount(value['organisations']) &&
    isCount(value['stadsovergripande'])
  );
}

export function isOverview(value: unknown): value is Overview {
  if (!isRecord(value)) return false;
  const { plan, totals, goals, demo } = value;
  return (
    isRecord(plan) &&
    isString(plan['id']) &&
    isString(plan['title']) &&
    isCount(plan['periodStart']) &&
    isCount(plan['periodEnd']) &&
    isRecord(totals) &&
    isCount(totals['activities']) &&
    isCount(totals['organisationsWithActivities']) &&
    isCount(totals['organisations']) &&
    isCount(totals['reportedInCurrentRound']) &&
    (totals['currentRound'] === null || isIdAndName(totals['currentRound'], 'title')) &&
    Array.isArray(goals) &&
    goals.every(isGoalSummary) &&
    typeof demo === 'boolean'
  );
}
