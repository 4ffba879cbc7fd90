import type { Activity } from '../../bot/src/domain/types';

export type NewActivity = Omit<Activity, 'version'>;

/** An activity with neutral defaults; tests override what they care about. */
export function newActivity(fields: Partial<NewActivity> & Pick<NewActivity, 'id'>): NewActivity {
  return {
    planId: 'plan-a',
    organisationId: 'org-a',
    goal: 1,
    strategyId: null,
    heading: 'verksamhetsspecifik',
    title: `Aktivitet ${fields.id}`,
    description: '',
    focusAreaIds: [],
    perspectiveIds: [],
    targetGroupIds: [],
    preventionLevel: null,
    direction: 'intern',
    partners: [],
    owner: '',
    startDate: null,
    endDate: null,
    demo: false,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...fields,
  };
}

/** The body of `PUT /api/v1/activities/:id` that saves `activity` with `changes`. */
export function activityEdit(activity: Activity, changes: Partial<NewActivity> = {}) {
  const edited = { ...activity, ...changes };
  return {
    version: activity.version,
    title: edited.title,
    description: edited.description,
    goal: edited.goal,
    strategyId: edited.strategyId ?? '',
    heading: edited.heading,
    partners: edited.partners,
    focusAreaIds: edited.focusAreaIds,
    perspectiveIds: edited.perspectiveIds,
    targetGroupIds: edited.targetGroupIds,
    preventionLevel: edited.preventionLevel,
    direction: edited.direction,
    owner: edited.owner,
    startDate: edited.startDate,
    endDate: edited.endDate,
  };
}
