import { z } from 'zod';
import type { IndicatorDefinition } from '../domain/indicators/indicator-definition';
import { indicatorSchema } from './plan-schemas';

/**
 * The zod shape of an indicator defined in the tab (decision 0032), shared by the SQLite and
 * SharePoint adapters: a plan file's indicator plus its plan, activity and who changed it.
 */
export const indicatorDefinitionShape = indicatorSchema.extend({
  planId: z.string(),
  activityId: z.string().nullable(),
  updatedByName: z.string(),
  updatedAt: z.string(),
  removedAt: z.string().nullable(),
});

export const indicatorDefinitionSchema: z.ZodType<IndicatorDefinition, z.ZodTypeDef, unknown> =
  indicatorDefinitionShape;
