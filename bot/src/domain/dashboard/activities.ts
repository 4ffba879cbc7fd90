import type {
  Activity,
  HeadingId,
  Member,
  Organisation,
  ReportingRound,
  ReportOutcome,
  StatusReport,
} from '../types';
import type { StatusKey } from './types';
import { isCityWideIn } from '../figures/city-wide';
import { isUntagged } from '../figures/coverage';
import { isSamordning } from '../roles';

/** How the Aktiviteter view narrows the list. Absent fields mean "all". */
export interface ActivityQuery {
  /** Words to find in title, description, owner or partners (case-insensitive, all must match). */
  readonly text?: string;
  readonly organisationId?: string;
  readonly goal?: number;
  readonly heading?: HeadingId;
  /** Only the organisations' own activities (not the plan's city-wide ones), as in the heatmap. */
  readonly ownOnly?: boolean;
  readonly status?: StatusKey;
  readonly focusAreaId?: string;
  readonly perspectiveId?: string;
  readonly targetGroupId?: string;
  /** Only activities with no fokusområde, perspektiv or målgrupp (the tagging worklist). */
  readonly untaggedOnly?: boolean;
}

export interface ActivityListItem {
  readonly id: string;
  readonly title: string;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly goal: number;
  readonly heading: HeadingId;
  /** Last known status; 'ej-rapporterad' when never reported. */
  readonly status: StatusKey;
  readonly demo: boolean;
  /** No fokusområde, perspektiv or målgrupp: the follow-up cannot say what it reaches. */
  readonly untagged: boolean;
}

function normalise(text: string): string {
  return text.toLocaleLowerCase('sv-SE');
}

/** The activities matching `query`, ordered by goal, then title (sv collation). Pure. */
export function searchActivities(input: {
  activities: readonly Activity[];
  organisations: readonly Organisation[];
  status: ReadonlyMap<string, StatusKey>;
  query: ActivityQuery;
  /** The plan's (`cityWideHeadingOf`): what `ownOnly` leaves out. */
  cityWideHeading: HeadingId;
}): ActivityListItem[] {
  const { query } = input;
  const isCityWide = isCityWideIn(input.cityWideHeading);
  const words = normalise(query.text ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const names = new Map(input.organisations.map((o) => [o.id, o.name]));
  return input.activities
    .filter((a) => {
      const status = input.status.get(a.id) ?? 'ej-rapporterad';
      if (query.organisationId !== undefined && a.organisationId !== query.organisationId)
        return false;
      if (query.goal !== undefined && a.goal !== query.goal) return false;
      if (query.heading !== undefined && a.heading !== query.heading) return false;
      if (query.ownOnly === true && isCityWide(a)) return false;
      if (query.status !== undefined && status !== query.status) return false;
      if (query.focusAreaId !== undefined && !a.focusAreaIds.includes(query.focusAreaId))
        return false;
      if (query.perspectiveId !== undefined && !a.perspectiveIds.includes(query.perspectiveId))
        return false;
      if (query.targetGroupId !== undefined && !a.targetGroupIds.includes(query.targetGroupId))
        return false;
      if (query.untaggedOnly === true && !isUntagged(a)) return false;
      if (words.length === 0) return true;
      const haystack = normalise(
        [a.title, a.description, a.owner, ...a.partners, names.get(a.organisationId) ?? ''].join(
          ' ',
        ),
      );
      return words.every((w) => haystack.includes(w));
    })
    .map((a) => ({
      id: a.id,
      title: a.title,
      organisationId: a.organisationId,
      organisationName: names.get(a.organisationId) ?? a.organisationId,
      goal: a.goal,
      heading: a.heading,
      status: input.status.get(a.id) ?? 'ej-rapporterad',
      demo: a.demo,
      untagged: isUntagged(a),
    }))
    .sort((x, y) => x.goal - y.goal || x.title.localeCompare(y.title, 'sv'));
}

export interface HistoryEntry {
  readonly roundId: string;
  readonly roundTitle: string;
  readonly status: StatusKey;
  readonly done: string;
  readonly next: string;
  readonly reason: string;
  /** What came of a Genomförd activity (decision 0027); absent when none was reported. */
  readonly outcome?: ReportOutcome;
  /**
   * How many earlier reports in the same round this entry replaced (0: none). The history
   * shows one entry per round, the latest, marked "ändrad" when it replaced one; the store
   * keeps every report (the audit trail).
   */
  readonly replaced: number;
  /**
   * Who reported and when (and, for a stand-in's report, for whom: "rapporterat av X för Y"):
   * only for Samordning and the activity's own organisation.
   */
  readonly reportedBy: {
    readonly name: string;
    readonly at: string;
    readonly onBehalfOfName?: string;
  } | null;
}

/** Whether `viewer` may see who reported on activities of `organisationId`, and when. */
export function maySeeReporters(viewer: Member, organisationId: string): boolean {
  return isSamordning(viewer) || viewer.organisationId === organisationId;
}

/**
 * An activity's status history, newest first, one entry per round (its latest report, with
 * how many earlier ones of the round it replaced), with reporters only for those allowed. Pure.
 */
export function activityHistory(input: {
  activity: Activity;
  history: readonly StatusReport[];
  rounds: readonly ReportingRound[];
  viewer: Member;
}): { history: HistoryEntry[]; reportersVisible: boolean } {
  const visible = maySeeReporters(input.viewer, input.activity.organisationId);
  const titles = new Map(input.rounds.map((r) => [r.id, r.title]));
  // The store gives oldest first with appends in order: a stable sort keeps the later of a tie last.
  const newestFirst = [...input.history]
    .sort((a, b) => a.reportedAt.localeCompare(b.reportedAt))
    .reverse();
  const perRound = new Map<string, number>();
  for (const r of newestFirst) perRound.set(r.roundId, (perRound.get(r.roundId) ?? 0) + 1);
  const shown = new Set<string>();
  const history = newestFirst
    .filter((r) => {
      if (shown.has(r.roundId)) return false;
      shown.add(r.roundId);
      return true;
    })
    .map((r) => ({
      roundId: r.roundId,
      roundTitle: titles.get(r.roundId) ?? r.roundId,
      status: r.status,
      done: r.done,
      next: r.next,
      reason: r.reason,
      ...(r.outcome === undefined ? {} : { outcome: r.outcome }),
      replaced: (perRound.get(r.roundId) ?? 1) - 1,
      reportedBy: visible
        ? {
            name: r.reportedByName,
            at: r.reportedAt,
            ...(r.onBehalfOf === undefined ? {} : { onBehalfOfName: r.onBehalfOf.name }),
          }
        : null,
    }));
  return { history, reportersVisible: visible };
}
