import type { Activity, CatalogEntry, Plan } from '../types';
import { honestGaps, tagging, uncertaintySentence, type TagDimension } from '../figures/coverage';
import type { Coverage, CoverageDimension, CoverageEntry, CoverageGap } from './types';

/** "Hbtq-personer" → "hbtq-personer" inside a sentence (names in the catalog start with a capital). */
function midSentence(name: string): string {
  const second = name.charAt(1);
  // Keep acronyms such as "LGBTQ" as they are.
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase())
    return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** The gap in words, e.g. "Inga aktiviteter riktar sig till hbtq-personer." */
export function gapSentence(
  dimension: CoverageDimension,
  entry: Pick<CatalogEntry, 'name' | 'nameEn'>,
): { text: string; textEn: string } {
  const sv = midSentence(entry.name);
  const en = midSentence(entry.nameEn);
  switch (dimension) {
    case 'targetGroup':
      return {
        text: `Inga aktiviteter riktar sig till ${sv}.`,
        textEn: `No activities are aimed at ${en}.`,
      };
    case 'focusArea':
      return {
        text: `Inga aktiviteter inom fokusområdet ${sv}.`,
        textEn: `No activities in the focus area ${en}.`,
      };
    case 'perspective':
      return {
        // "Barnperspektivet" is already a perspective; "Våldsutövare" needs the word.
        text: sv.endsWith('perspektivet')
          ? `Inga aktiviteter utgår från ${sv}.`
          : `Inga aktiviteter utgår från perspektivet ${sv}.`,
        textEn: en.toLowerCase().endsWith('perspective')
          ? `No activities take the ${en}.`
          : `No activities take the perspective ${en}.`,
      };
  }
}

function entries(
  catalog: readonly CatalogEntry[],
  activities: readonly Activity[],
  tagsOf: (activity: Activity) => readonly string[],
): CoverageEntry[] {
  return catalog.map((entry) => {
    const tagged = activities.filter((a) => tagsOf(a).includes(entry.id));
    return {
      id: entry.id,
      name: entry.name,
      nameEn: entry.nameEn,
      activities: tagged.length,
      organisations: new Set(tagged.map((a) => a.organisationId)).size,
    };
  });
}

/** How many activities (and organisations) cover each fokusområde, perspektiv and target group; the gaps in words. */
export function computeCoverage(plan: Plan, activities: readonly Activity[]): Coverage {
  const focusAreas = entries(plan.focusAreas, activities, (a) => a.focusAreaIds);
  const perspectives = entries(plan.perspectives, activities, (a) => a.perspectiveIds);
  const targetGroups = entries(plan.targetGroups, activities, (a) => a.targetGroupIds);
  const dims: readonly [TagDimension, readonly CoverageEntry[]][] = [
    ['focusArea', focusAreas],
    ['perspective', perspectives],
    ['targetGroup', targetGroups],
  ];
  const catalogOf = (d: TagDimension) =>
    d === 'focusArea'
      ? plan.focusAreas
      : d === 'perspective'
        ? plan.perspectives
        : plan.targetGroups;
  // A gap is only claimed where the dimension is tagged at all (#19 item 4, figures/coverage).
  const gaps: CoverageGap[] = dims.flatMap(([dimension, list]) => {
    const ids = new Set(
      honestGaps(
        activities,
        dimension,
        catalogOf(dimension).map((e) => e.id),
      ).gapIds,
    );
    return list
      .filter((entry) => ids.has(entry.id))
      .map((entry) => ({ dimension, id: entry.id, ...gapSentence(dimension, entry) }));
  });
  const t = tagging(activities);
  const uncertain = t.dimensions.flatMap((d) => {
    const s = uncertaintySentence(d);
    if (s === null || d.state === 'complete') return [];
    return [{ dimension: d.dimension, state: d.state, ...s }];
  });
  return {
    focusAreas,
    perspectives,
    targetGroups,
    gaps,
    tagging: { total: t.total, tagged: t.tagged, untagged: t.untagged },
    uncertain,
  };
}
