import { z } from 'zod';

/**
 * A TEXT column holding JSON, parsed and then checked with `schema`: text that is not JSON
 * is a zod issue ("not JSON") like any other bad value, so a corrupt row fails loudly.
 */
export function jsonColumn<T extends z.ZodTypeAny>(schema: T) {
  return z
    .string()
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'not JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);
}
