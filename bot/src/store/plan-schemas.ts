import { z } from 'zod';
import { INDICATOR_DIRECTIONS } from '../domain/plan-file/plan-document';

/**
 * The zod shape of a stored plan, shared by the SQLite and SharePoint mappers (both keep the
 * plan as JSON), so a plan read from either store is checked the same way.
 */

/**
 * A plan catalog id as a plan file writes it (kebab-case ASCII): an activity's heading and
 * prevention level are ids of its own plan, not of a fixed list (decision 0028).
 */
export const catalogIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const catalogEntrySchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
});

const yearValueSchema = z.object({ value: z.number(), year: z.number().int() }).nullable();

/** A plan's indicator (PlanIndicator), as the plan file gave it (decision 0026). */
export const indicatorSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  description: z.string().nullable(),
  unit: z.string(),
  direction: z.enum(INDICATOR_DIRECTIONS),
  goal: z.number().int().nullable(),
  baseline: yearValueSchema,
  target: yearValueSchema,
  source: z.string().nullable(),
  // Absent in indicators stored before owners existed.
  organisation: z.string().nullable().default(null),
  koladaKpi: z.string().nullable(),
});

export const planSchema = z.object({
  id: z.string(),
  title: z.string(),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  vision: z.string(),
  goals: z.array(
    z.object({
      number: z.number().int(),
      title: z.string(),
      strategies: z.array(z.object({ id: z.string(), text: z.string() })),
    }),
  ),
  focusAreas: z.array(catalogEntrySchema),
  perspectives: z.array(catalogEntrySchema),
  targetGroups: z.array(catalogEntrySchema),
  preventionLevels: z.array(catalogEntrySchema),
  headings: z.array(catalogEntrySchema),
  indicators: z.array(indicatorSchema).optional(),
  // Absent in plans stored before the city-wide heading was kept (read as `stadsovergripande`).
  cityWideHeading: catalogIdSchema.optional(),
  // Absent in plans stored before the samverkan headings were kept (read as `i-samverkan`).
  samverkanHeadings: z.array(catalogIdSchema).optional(),
});
