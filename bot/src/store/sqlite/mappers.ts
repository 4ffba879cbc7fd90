import { z } from 'zod';
import {
  type Activity,
  type Member,
  type Organisation,
  type Plan,
  type ReportingRound,
  type StatusReport,
} from '../../domain/types';
import { sqliteCodec, type FlatRow } from '../../codecs/record-codec';
import {
  ACTIVITY_LISTS,
  activityShape,
  ORGANISATION_LISTS,
  organisationRecord,
  organisationShape,
  reportFields,
  roundShape,
} from '../activity-schemas';
import { outcomeSchema } from '../outcome-schema';
import { memberShape } from '../people-schemas';
import { planSchema } from '../plan-schemas';

/**
 * Row ⇄ domain mappers for the SQLite adapter. Every row read from the database
 * is checked with zod, so a corrupt or hand-edited row fails loudly instead of
 * leaking wrong types into the domain.
 */

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

export const organisationRows = sqliteCodec(organisationShape, { json: ORGANISATION_LISTS });

export const organisationFromRow = (row: unknown): Organisation =>
  organisationRecord(organisationRows.fromRow(row));

export const activityRows = sqliteCodec(activityShape, { json: ACTIVITY_LISTS, flags: ['demo'] });

export const activityFromRow = (row: unknown): Activity => activityRows.fromRow(row);

export const activityToRow = (a: Activity): FlatRow => activityRows.toRow(a);

const reports = sqliteCodec(
  reportFields.extend({
    onBehalfOfUserId: z.string().nullable(),
    onBehalfOfName: z.string().nullable(),
    // Added by migration 019-outcomes; rows from before it read back without an outcome.
    outcome: outcomeSchema.nullable(),
  }),
  { json: ['outcome'] },
);

export function reportFromRow(row: unknown): StatusReport {
  const { onBehalfOfUserId, onBehalfOfName, outcome, ...report } = reports.fromRow(row);
  return {
    ...report,
    ...(onBehalfOfUserId === null
      ? {}
      : { onBehalfOf: { userId: onBehalfOfUserId, name: onBehalfOfName ?? '' } }),
    ...(outcome === null ? {} : { outcome }),
  };
}

export const reportToRow = (r: StatusReport): FlatRow =>
  reports.toRow({
    ...r,
    onBehalfOfUserId: r.onBehalfOf?.userId,
    onBehalfOfName: r.onBehalfOf?.name,
  });

export const roundRows = sqliteCodec(roundShape);

export const roundFromRow = (row: unknown): ReportingRound => roundRows.fromRow(row);

const members = sqliteCodec(memberShape, { json: ['roles'] });

export const memberFromRow = (row: unknown): Member => members.fromRow(row);

export const memberToRow = (m: Member): FlatRow => members.toRow(m);
