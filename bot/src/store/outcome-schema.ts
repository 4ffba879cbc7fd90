import { z } from 'zod';
import type { ReportOutcome } from '../domain/types';

/** A stored report outcome (decision 0027), checked the same way by every store adapter. */
export const outcomeSchema: z.ZodType<ReportOutcome, z.ZodTypeDef, unknown> = z.object({
  result: z.string(),
  reached: z.number().finite().nonnegative().nullable(),
  target: z.number().finite().nonnegative().nullable(),
  unit: z.string(),
  links: z.array(z.string()),
});
