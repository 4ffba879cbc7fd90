/*
 * The dashboard and activity API. The shapes are the server's own, imported as types from
 * the pure domain so the tab and the API cannot drift apart; the guards check only that the
 * answer is the API's (not an HTML error page or an older server).
 */
import type { ActivityListItem, HistoryEntry } from '../../../bot/src/domain/dashboard/activities';
import type { Dashboard } from '../../../bot/src/domain/dashboard/types';
import type {
  ActivityDetail,
  ActivitySearchResult,
} from '../../../bot/src/domain/services/dashboard-service';
import { getJson, sendJson, type ApiResult } from './client';
import { isRecord } from './guards';

export { STATUS_KEYS } from '../../../bot/src/domain/dashboard/types';
export type {
  Coverage,
  CoverageEntry,
  Dashboard,
  GoalCounting,
  GoalStatus,
  HeatmapRow,
  KeyFigures as DashboardFigures,
  MeetingState,
  NotReported,
  ResponseRates,
  StatusKey,
  StatusMix,
  TimelineMeeting,
} from '../../../bot/src/domain/dashboard/types';
export type { ActivityDetail, ActivityListItem, ActivitySearchResult, HistoryEntry };
export type {
  RefusedEdit,
  RefusedEditChange,
  RefusedEditField,
} from '../../../bot/src/domain/ports/refused-edits.port';
export type { HeadingId } from '../../../bot/src/domain/types';

function hasArrays(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.every((key) => Array.isArray(value[key]));
}

export function isDashboard(value: unknown): value is Dashboard {
  return (
    isRecord(value) &&
    isRecord(value['plan']) &&
    isRecord(value['keyFigures']) &&
    isRecord(value['coverage']) &&
    isRecord(value['responseRates']) &&
    isRecord(value['timeline']) &&
    isRecord(value['choices']) &&
    hasArrays(value, ['heatmap', 'statusByGoal', 'notReported', 'goals']) &&
    // An older server's goals lack the follow-up's counting.
    (value['statusByGoal'] as unknown[]).every(
      (goal) => isRecord(goal) && isRecord(goal['counting']),
    )
  );
}

function isActivityList(value: unknown): value is ActivitySearchResult {
  return isRecord(value) && Array.isArray(value['activities']) && isRecord(value['choices']);
}

function isActivityDetail(value: unknown): value is ActivityDetail {
  return (
    isRecord(value) &&
    isRecord(value['activity']) &&
    typeof value['organisationName'] === 'string' &&
    Array.isArray(value['history']) &&
    typeof value['reportersVisible'] === 'boolean' &&
    Array.isArray(value['refusedEdits'])
  );
}

function query(params: Readonly<Record<string, string | undefined>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, value);
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

export interface DashboardQuery {
  /** The chosen plan (`?plan=`); none is the current plan. */
  plan?: string;
  round?: string;
  organisation?: string;
  heading?: string;
}

/** `GET /api/v1/dashboard` with the filters. */
export function fetchDashboard(
  filter: DashboardQuery,
  signal?: AbortSignal,
): Promise<ApiResult<Dashboard>> {
  return getJson(`/api/v1/dashboard${query({ ...filter })}`, isDashboard, signal);
}

export interface ActivitiesQuery {
  /** The chosen plan (`?plan=`); none is the current plan. */
  plan?: string;
  q?: string;
  organisation?: string;
  goal?: string;
  heading?: string;
  status?: string;
  own?: string;
  /** '1': only activities with no tags (the tagging worklist). */
  untagged?: string;
}

/** `GET /api/v1/activities` with search and filters. */
export function fetchActivities(
  filter: ActivitiesQuery,
  signal?: AbortSignal,
): Promise<ApiResult<ActivitySearchResult>> {
  return getJson(`/api/v1/activities${query({ ...filter })}`, isActivityList, signal);
}

/** `GET /api/v1/activities/:id`: the activity and its status history. */
export function fetchActivity(
  id: string,
  signal?: AbortSignal,
): Promise<ApiResult<ActivityDetail>> {
  return getJson(`/api/v1/activities/${encodeURIComponent(id)}`, isActivityDetail, signal);
}

/** `DELETE /api/v1/activities/:id/refused-edits/:editId`: true when the message is dismissed. */
export async function dismissRefusedEdit(activityId: string, editId: string): Promise<boolean> {
  const answer = await sendJson(
    'DELETE',
    `/api/v1/activities/${encodeURIComponent(activityId)}/refused-edits/${encodeURIComponent(editId)}`,
  );
  return answer !== null && answer.status >= 200 && answer.status <= 299;
}
