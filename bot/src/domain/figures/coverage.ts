/**
 * Honest coverage (#19 item 4). A catalog entry nobody is tagged with is only a *gap* when the
 * activities of that dimension are tagged at all: "activities exist, are tagged, and none
 * addresses X" is certain; "no activity is tagged with X although activities exist, untagged" is
 * not, and is said as uncertainty with the number of untagged activities. Also the aggregates
 * seed 000 chapter 6 writes about (prevention levels, direction, samverkan). Pure.
 */
import type { Activity, HeadingId } from '../types';
import { isCityWideIn } from './city-wide';

export type TagDimension = 'focusArea' | 'perspective' | 'targetGroup';

export const TAG_DIMENSIONS: readonly TagDimension[] = ['focusArea', 'perspective', 'targetGroup'];

export function tagsOf(activity: Activity, dimension: TagDimension): readonly string[] {
  switch (dimension) {
    case 'focusArea':
      return activity.focusAreaIds;
    case 'perspective':
      return activity.perspectiveIds;
    case 'targetGroup':
      return activity.targetGroupIds;
  }
}

/** True when the activity carries no tag in any of the three dimensions. */
export function isUntagged(activity: Activity): boolean {
  return TAG_DIMENSIONS.every((d) => tagsOf(activity, d).length === 0);
}

/** How far one dimension is tagged. */
export interface DimensionTagging {
  readonly dimension: TagDimension;
  readonly total: number;
  /** Activities with at least one tag in this dimension. */
  readonly tagged: number;
  readonly untagged: number;
  /**
   * 'none': no activity carries a tag of this dimension — no gap may be claimed.
   * 'partial': gaps are gaps among the tagged only, said with the untagged count.
   * 'complete': every activity is tagged, gaps are certain.
   */
  readonly state: 'none' | 'partial' | 'complete';
}

export function dimensionTagging(
  activities: readonly Activity[],
  dimension: TagDimension,
): DimensionTagging {
  const tagged = activities.filter((a) => tagsOf(a, dimension).length > 0).length;
  const total = activities.length;
  const state = tagged === 0 ? 'none' : tagged === total ? 'complete' : 'partial';
  return { dimension, total, tagged, untagged: total - tagged, state };
}

/** The whole picture: activities with no tag at all, and each dimension. */
export interface Tagging {
  readonly total: number;
  /** Activities with at least one tag in some dimension. */
  readonly tagged: number;
  readonly untagged: number;
  readonly dimensions: readonly DimensionTagging[];
}

export function tagging(activities: readonly Activity[]): Tagging {
  const untagged = activities.filter(isUntagged).length;
  return {
    total: activities.length,
    tagged: activities.length - untagged,
    untagged,
    dimensions: TAG_DIMENSIONS.map((d) => dimensionTagging(activities, d)),
  };
}

/** Share tagged per organisation ("Taggning per förvaltning"), for Samordning. */
export interface OrganisationTagging {
  readonly organisationId: string;
  readonly total: number;
  readonly tagged: number;
  /** tagged / total, or null when the organisation has no activities. */
  readonly share: number | null;
}

export function taggingPerOrganisation(
  activities: readonly Activity[],
  organisationIds: readonly string[],
): OrganisationTagging[] {
  return organisationIds.map((organisationId) => {
    const own = activities.filter((a) => a.organisationId === organisationId);
    const tagged = own.filter((a) => !isUntagged(a)).length;
    return {
      organisationId,
      total: own.length,
      tagged,
      share: own.length === 0 ? null : tagged / own.length,
    };
  });
}

/**
 * The catalog ids that are certain or partial gaps in a dimension; none when the dimension is not
 * tagged at all (then nothing can be said about what is missing).
 */
export function honestGaps(
  activities: readonly Activity[],
  dimension: TagDimension,
  catalogIds: readonly string[],
): { readonly tagging: DimensionTagging; readonly gapIds: readonly string[] } {
  const t = dimensionTagging(activities, dimension);
  if (t.state === 'none') return { tagging: t, gapIds: [] };
  const used = new Set(activities.flatMap((a) => tagsOf(a, dimension)));
  return { tagging: t, gapIds: catalogIds.filter((id) => !used.has(id)) };
}

const DIMENSION_SV: Record<TagDimension, string> = {
  focusArea: 'fokusområde',
  perspective: 'perspektiv',
  targetGroup: 'målgrupp',
};
const SOME_SV: Record<TagDimension, string> = {
  focusArea: 'något fokusområde',
  perspective: 'något perspektiv',
  targetGroup: 'någon målgrupp',
};
const DIMENSION_EN: Record<TagDimension, string> = {
  focusArea: 'focus area',
  perspective: 'perspective',
  targetGroup: 'target group',
};

function activitiesSv(n: number): string {
  return n === 1 ? '1 aktivitet' : `${String(n)} aktiviteter`;
}
function activitiesEn(n: number): string {
  return n === 1 ? '1 activity' : `${String(n)} activities`;
}

/**
 * The uncertainty in words, or null when the dimension is completely tagged, e.g.
 * "Ingen av de 53 aktiviteterna är taggad med målgrupp, så det går inte att säga vilka målgrupper som saknas."
 */
export function uncertaintySentence(t: DimensionTagging): { text: string; textEn: string } | null {
  const sv = DIMENSION_SV[t.dimension];
  const en = DIMENSION_EN[t.dimension];
  if (t.state === 'complete' || t.total === 0) return null;
  if (t.state === 'none')
    return {
      text:
        t.total === 1
          ? `Aktiviteten är inte taggad med ${sv}, så det går inte att säga om ${SOME_SV[t.dimension]} saknas.`
          : `Ingen av de ${String(t.total)} aktiviteterna är taggad med ${sv}, så det går inte att säga om ${SOME_SV[t.dimension]} saknas.`,
      textEn: `None of the ${activitiesEn(t.total)} is tagged with a ${en}, so it cannot be said whether any ${en} is missing.`,
    };
  return {
    text: `${activitiesSv(t.untagged)} av ${String(t.total)} saknar ${sv}; luckorna gäller de taggade aktiviteterna.`,
    textEn: `${activitiesEn(t.untagged)} of ${String(t.total)} lack a ${en}; the gaps concern the tagged activities.`,
  };
}

/** Counts seed 000 chapter 6 writes about, where the data has them. */
export interface ActivityAggregates {
  readonly total: number;
  readonly preventionLevels: {
    readonly universell: number;
    readonly selektiv: number;
    readonly indikerad: number;
    readonly unknown: number;
  };
  readonly direction: { readonly intern: number; readonly malmobor: number };
  /** Activities under one of the plan's samverkan headings or naming partners. */
  readonly samverkan: number;
  readonly stadsovergripande: number;
}

/**
 * `cityWideHeading` and `samverkanHeadings` are the plan's (`cityWideHeadingOf`,
 * `samverkanHeadingsOf`, city-wide.ts).
 */
export function activityAggregates(
  activities: readonly Activity[],
  cityWideHeading: HeadingId,
  samverkanHeadings: readonly HeadingId[],
): ActivityAggregates {
  const count = (p: (a: Activity) => boolean) => activities.filter(p).length;
  return {
    total: activities.length,
    preventionLevels: {
      universell: count((a) => a.preventionLevel === 'universell'),
      selektiv: count((a) => a.preventionLevel === 'selektiv'),
      indikerad: count((a) => a.preventionLevel === 'indikerad'),
      unknown: count((a) => a.preventionLevel === null),
    },
    direction: {
      intern: count((a) => a.direction === 'intern'),
      malmobor: count((a) => a.direction === 'malmobor'),
    },
    samverkan: count((a) => samverkanHeadings.includes(a.heading) || a.partners.length > 0),
    stadsovergripande: count(isCityWideIn(cityWideHeading)),
  };
}
