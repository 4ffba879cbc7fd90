import { z } from 'zod';
import {
  ORGANISATION_KINDS,
  REPORT_STATUSES,
  ROLES,
  type Activity,
  type Member,
  type Organisation,
  type Plan,
  type ReportingRound,
  type StatusReport,
} from '../../domain/types';
import { catalogIdSchema, planSchema } from '../plan-schemas';
import { jsonColumn } from './json-columns';
import { outcomeSchema } from '../outcome-schema';

/**
 * Row ⇄ domain mappers for the SQLite adapter. Every row read from the database
 * is checked with zod, so a corrupt or hand-edited row fails loudly instead of
 * leaking wrong types into the domain.
 */

const jsonStringArray = jsonColumn(z.array(z.string()));

const planRow = z.object({ data: z.string() });

/** Parsed plans by their stored JSON: a plan is read on every status action but rarely changes. */
const parsedPlans = new Map<string, Plan>();

export function planFromRow(row: unknown): Plan {
  const data = planRow.parse(row).data;
  let plan = parsedPlans.get(data);
  if (plan === undefined) {
    plan = planSchema.parse(JSON.parse(data));
    if (parsedPlans.size > 32) parsedPlans.clear();
    parsedPlans.set(data, plan);
  }
  return plan;
}

export function planToRow(plan: Plan): { id: string; period_start: number; data: string } {
  return {
    id: plan.id,
    period_start: plan.periodStart,
    data: JSON.stringify(planSchema.parse(plan)),
  };
}

const organisationRow = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
});

export function organisationFromRow(row: unknown): Organisation {
  return organisationRow.parse(row);
}

const activityRow = z.object({
  id: z.string(),
  plan_id: z.string(),
  organisation_id: z.string(),
  goal: z.number().int(),
  strategy_id: z.string().nullable(),
  heading: catalogIdSchema,
  title: z.string(),
  description: z.string(),
  focus_area_ids: jsonStringArray,
  perspective_ids: jsonStringArray,
  target_group_ids: jsonStringArray,
  prevention_level: catalogIdSchema.nullable(),
  direction: z.enum(['intern', 'malmobor']),
  partners: jsonStringArray,
  owner: z.string(),
  start_date: z.string().nullable(),
  end_date: z.string().nullable(),
  demo: z.number().int(),
  version: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});

export type ActivityRow = z.input<typeof activityRow>;

export function activityFromRow(row: unknown): Activity {
  const r = activityRow.parse(row);
  return {
    id: r.id,
    planId: r.plan_id,
    organisationId: r.organisation_id,
    goal: r.goal,
    strategyId: r.strategy_id,
    heading: r.heading,
    title: r.title,
    description: r.description,
    focusAreaIds: r.focus_area_ids,
    perspectiveIds: r.perspective_ids,
    targetGroupIds: r.target_group_ids,
    preventionLevel: r.prevention_level,
    direction: r.direction,
    partners: r.partners,
    owner: r.owner,
    startDate: r.start_date,
    endDate: r.end_date,
    demo: r.demo === 1,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function activityToRow(a: Activity): ActivityRow {
  return {
    id: a.id,
    plan_id: a.planId,
    organisation_id: a.organisationId,
    goal: a.goal,
    strategy_id: a.strategyId,
    heading: a.heading,
    title: a.title,
    description: a.description,
    focus_area_ids: JSON.stringify(a.focusAreaIds),
    perspective_ids: JSON.stringify(a.perspectiveIds),
    target_group_ids: JSON.stringify(a.targetGroupIds),
    prevention_level: a.preventionLevel,
    direction: a.direction,
    partners: JSON.stringify(a.partners),
    owner: a.owner,
    start_date: a.startDate,
    end_date: a.endDate,
    demo: a.demo ? 1 : 0,
    version: a.version,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}

const reportRow = z.object({
  id: z.string(),
  activity_id: z.string(),
  round_id: z.string(),
  status: z.enum(REPORT_STATUSES),
  done: z.string(),
  next: z.string(),
  reason: z.string(),
  reported_by_user_id: z.string(),
  reported_by_name: z.string(),
  reported_at: z.string(),
  on_behalf_of_user_id: z.string().nullable(),
  on_behalf_of_name: z.string().nullable(),
  // Added by migration 019-outcomes; rows from before it read back without an outcome.
  outcome: jsonColumn(outcomeSchema).nullable().optional(),
});

export function reportFromRow(row: unknown): StatusReport {
  const r = reportRow.parse(row);
  return {
    id: r.id,
    activityId: r.activity_id,
    roundId: r.round_id,
    status: r.status,
    done: r.done,
    next: r.next,
    reason: r.reason,
    reportedByUserId: r.reported_by_user_id,
    reportedByName: r.reported_by_name,
    reportedAt: r.reported_at,
    ...(r.on_behalf_of_user_id === null
      ? {}
      : { onBehalfOf: { userId: r.on_behalf_of_user_id, name: r.on_behalf_of_name ?? '' } }),
    ...(r.outcome === null || r.outcome === undefined ? {} : { outcome: r.outcome }),
  };
}

export function reportToRow(r: StatusReport): z.input<typeof reportRow> {
  return {
    id: r.id,
    activity_id: r.activityId,
    round_id: r.roundId,
    status: r.status,
    done: r.done,
    next: r.next,
    reason: r.reason,
    reported_by_user_id: r.reportedByUserId,
    reported_by_name: r.reportedByName,
    reported_at: r.reportedAt,
    on_behalf_of_user_id: r.onBehalfOf?.userId ?? null,
    on_behalf_of_name: r.onBehalfOf?.name ?? null,
    outcome: r.outcome === undefined ? null : JSON.stringify(r.outcome),
  };
}

const roundRow = z.object({
  id: z.string(),
  plan_id: z.string(),
  kind: z.enum(['mote', 'uppfoljning']),
  title: z.string(),
  opens_at: z.string(),
  closes_at: z.string(),
});

export function roundFromRow(row: unknown): ReportingRound {
  const r = roundRow.parse(row);
  return {
    id: r.id,
    planId: r.plan_id,
    kind: r.kind,
    title: r.title,
    opensAt: r.opens_at,
    closesAt: r.closes_at,
  };
}

export function roundToRow(r: ReportingRound): z.input<typeof roundRow> {
  return {
    id: r.id,
    plan_id: r.planId,
    kind: r.kind,
    title: r.title,
    opens_at: r.opensAt,
    closes_at: r.closesAt,
  };
}

const memberRow = z.object({
  user_id: z.string(),
  name: z.string(),
  organisation_id: z.string().nullable(),
  roles: z
    .string()
    .transform((text) => JSON.parse(text) as unknown)
    .pipe(z.array(z.enum(ROLES))),
});

export function memberFromRow(row: unknown): Member {
  const r = memberRow.parse(row);
  return { userId: r.user_id, name: r.name, organisationId: r.organisation_id, roles: r.roles };
}

export function memberToRow(m: Member): z.input<typeof memberRow> {
  return {
    user_id: m.userId,
    name: m.name,
    organisation_id: m.organisationId,
    roles: JSON.stringify(m.roles),
  };
}
