/**
 * Which activities of a plan are city-wide (decision 0024): those under the heading its plan
 * file marks `stadsövergripande: true`, kept on the stored plan as `cityWideHeading`. They are
 * counted apart from every organisation's own activities. The one place that answers it: every
 * figure, filter and text asks here, never for a heading id of its own. Pure.
 */
import type { Activity, HeadingId, Plan } from '../types';

/**
 * The city-wide heading of a plan stored before the flag was kept: Malmö's *Fri från våld
 * 2022–2026*, whose city-wide heading has this id (decision 0024 addendum).
 */
export const STORED_BEFORE_FLAG_CITY_WIDE_HEADING: HeadingId = 'stadsovergripande';

/** The id of the plan's city-wide heading (the back-compat one when the plan has no flag). */
export function cityWideHeadingOf(plan: Pick<Plan, 'cityWideHeading'> | undefined): HeadingId {
  return plan?.cityWideHeading ?? STORED_BEFORE_FLAG_CITY_WIDE_HEADING;
}

/**
 * The samverkan heading of a plan stored before the plan file's `samverkan: true` was kept:
 * Malmö's *Fri från våld 2022–2026*, whose heading "I samverkan" has this id.
 */
export const STORED_BEFORE_FLAG_SAMVERKAN_HEADINGS: readonly HeadingId[] = ['i-samverkan'];

/** The ids of the plan's samverkan headings (the back-compat one when the plan has none kept). */
export function samverkanHeadingsOf(
  plan: Pick<Plan, 'samverkanHeadings'> | undefined,
): readonly HeadingId[] {
  return plan?.samverkanHeadings ?? STORED_BEFORE_FLAG_SAMVERKAN_HEADINGS;
}

/** Is an activity city-wide? Built from `cityWideHeadingOf(plan)`. */
export type CityWideTest = (activity: Pick<Activity, 'heading'>) => boolean;

/** True for an activity under the plan's city-wide heading: counted apart. */
export function isCityWideIn(cityWideHeading: HeadingId): CityWideTest {
  return (activity) => activity.heading === cityWideHeading;
}

/** True for an organisation's own activity: any heading but the plan's city-wide one. */
export function isOwnIn(cityWideHeading: HeadingId): CityWideTest {
  return (activity) => activity.heading !== cityWideHeading;
}
