import { z } from 'zod';

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
});
