import { z } from 'zod';
import {
  type Activity,
  type Organisation,
  type Plan,
  type ReportingRound,
  type ReportOutcome,
  type StatusReport,
} from '../../domain/types';
import { type SupportEntry, type SupportEntryVersion } from '../../domain/support/support-types';
import { outcomeSchema } from '../outcome-schema';
import {
  activityShape,
  organisationRecord,
  organisationShape,
  reportFields,
  roundShape,
} from '../activity-schemas';
import { planSchema } from '../plan-schemas';
import { supportEntrySchema, supportVersionShape } from '../support-schemas';
import { fromFields, toFields, type ItemFields } from './field-codec';
import { listSpec, type ListName } from './list-schema';

/**
 * One zod-checked mapper per list: SharePoint item fields ⇄ domain records. A corrupt or
 * hand-edited item fails loudly instead of leaking wrong types into the domain.
 */
export interface ListMapper<T> {
  readonly list: ListName;
  /** The domain id (`SamordnaId`). */
  key(record: T): string;
  toFields(record: T): ItemFields;
  fromFields(fields: ItemFields): T;
}

export function mapper<T>(
  list: ListName,
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  key: (record: T) => string,
  shape: {
    /**
     * The Title column, for a record that has no title of its own: only people browsing the
     * site look at it, so it is written and never read back.
     */
    title?: (record: T) => string;
    out?: (record: T) => Record<string, unknown>;
    in?: (raw: Record<string, unknown>) => unknown;
  } = {},
): ListMapper<T> {
  const spec = listSpec(list);
  const { title } = shape;
  return {
    list,
    key,
    toFields: (record) => {
      const columns = shape.out?.(record) ?? (record as unknown as Record<string, unknown>);
      return toFields(spec, title === undefined ? columns : { ...columns, title: title(record) });
    },
    fromFields: (fields) => {
      const raw = fromFields(spec, fields);
      if (title !== undefined) delete raw['title'];
      return schema.parse(shape.in?.(raw) ?? raw);
    },
  };
}

/**
 * A plan as the Planer list holds it: the plan and whether it is the current one (kept in the
 * plan's JSON column, so no query ever filters on it: the list holds a handful of plans, read
 * whole into the replica).
 */
export type StoredPlan = Plan & { readonly current?: boolean };

export const planMapper: ListMapper<StoredPlan> = mapper(
  'Planer',
  planSchema.extend({ current: z.boolean().optional() }),
  (p) => p.id,
  {
    out: (p) => ({ id: p.id, title: p.title, periodStart: p.periodStart, data: p }),
    in: (raw) => raw['data'],
  },
);

export const organisationMapper: ListMapper<Organisation> = mapper(
  'Organisationer',
  organisationShape.transform(organisationRecord),
  (o) => o.id,
);

export const activityMapper: ListMapper<Activity> = mapper(
  'Aktiviteter',
  activityShape,
  (a) => a.id,
);

/** A report as stored: the domain report plus its idempotency key. */
export interface StoredReport {
  readonly report: StatusReport;
  readonly idempotencyKey: string;
}

const reportSchema = reportFields.extend({
  onBehalfOf: z.object({ userId: z.string(), name: z.string() }).optional(),
  outcome: outcomeSchema.optional(),
});

/** The outcome in its five columns (all empty when there is none), and back. */
function outcomeColumns(outcome: ReportOutcome | undefined): Record<string, unknown> {
  return {
    outcomeResult: outcome?.result ?? null,
    outcomeReached: outcome?.reached ?? null,
    outcomeTarget: outcome?.target ?? null,
    outcomeUnit: outcome?.unit ?? null,
    outcomeLinks: outcome?.links ?? null,
  };
}

function outcomeFromColumns(raw: Record<string, unknown>): { outcome?: unknown } {
  const { outcomeResult, outcomeReached, outcomeTarget, outcomeUnit, outcomeLinks } = raw;
  const parts = [outcomeResult, outcomeReached, outcomeTarget, outcomeUnit, outcomeLinks];
  if (parts.every((p) => p === null || p === undefined)) return {};
  return {
    outcome: {
      result: outcomeResult ?? '',
      reached: outcomeReached ?? null,
      target: outcomeTarget ?? null,
      unit: outcomeUnit ?? '',
      links: outcomeLinks ?? [],
    },
  };
}

export const reportMapper: ListMapper<StoredReport> = mapper(
  'Statusrapporter',
  z.object({ report: reportSchema, idempotencyKey: z.string().min(1) }),
  (s) => s.report.id,
  {
    title: (s) => `${s.report.activityId} · ${s.report.status} · ${s.report.reportedAt}`,
    out: (s) => ({
      ...s.report,
      idempotencyKey: s.idempotencyKey,
      onBehalfOfUserId: s.report.onBehalfOf?.userId ?? null,
      onBehalfOfName: s.report.onBehalfOf?.name ?? null,
      ...outcomeColumns(s.report.outcome),
    }),
    in: (raw) => {
      const {
        idempotencyKey,
        onBehalfOfUserId,
        onBehalfOfName,
        outcomeResult: _r,
        outcomeReached: _n,
        outcomeTarget: _t,
        outcomeUnit: _u,
        outcomeLinks: _l,
        ...report
      } = raw;
      return {
        report: {
          ...(typeof onBehalfOfUserId === 'string'
            ? { ...report, onBehalfOf: { userId: onBehalfOfUserId, name: onBehalfOfName ?? '' } }
            : report),
          ...outcomeFromColumns(raw),
        },
        idempotencyKey,
      };
    },
  },
);

export const roundMapper: ListMapper<ReportingRound> = mapper('Omgångar', roundShape, (r) => r.id);

export const supportEntryMapper: ListMapper<SupportEntry> = mapper(
  'Stödinformation',
  supportEntrySchema,
  (e) => e.id,
);

export const supportVersionMapper: ListMapper<SupportEntryVersion> = mapper(
  'Stödinformation-versioner',
  supportVersionShape,
  (v) => `${v.entryId}:${v.version}`,
  {
    title: (v) => `${v.entry.title} v${v.version}`,
    out: (v) => ({ ...v, id: `${v.entryId}:${v.version}` }),
    in: (raw) => {
      const { id: _id, ...version } = raw;
      return version;
    },
  },
);
