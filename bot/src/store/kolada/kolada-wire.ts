import { z } from 'zod';

/**
 * Kolada API v3 as it comes over the wire (https://api.kolada.se/v3, OpenAPI at
 * /v3/openapi.json; see docs/decisions/0020-kolada.md for the sources). Only what this adapter
 * reads is checked; zod drops unknown fields, so fields Kolada adds do not break a read.
 *
 * The envelope of every answer: `values` (the items of this page), `count` (items on the page),
 * `next_url` / `previous_url` (absolute URLs of the neighbouring pages, or null). API v2 named
 * the page links `next_page` / `previous_page`; both names are read, the v3 one first.
 */
export const koladaEnvelopeSchema = z.object({
  values: z.array(z.unknown()),
  count: z.number().int().nonnegative().nullish(),
  next_url: z.string().nullish(),
  next_page: z.string().nullish(),
});

export type KoladaEnvelope = z.infer<typeof koladaEnvelopeSchema>;

/** The next page's URL as Kolada wrote it, or null on the last page (absent, null or empty). */
export function nextPageLink(envelope: KoladaEnvelope): string | null {
  const link = envelope.next_url ?? envelope.next_page ?? null;
  return link === null || link.trim() === '' ? null : link.trim();
}

/** Kolada's booleans: v3 sends true/false, v2 sent 0/1. */
const flag = z
  .union([z.boolean(), z.literal(0), z.literal(1)])
  .transform((v) => v === true || v === 1);

/** One KPI from `GET /v3/kpi/{id}` (or `/v3/kpi?id=`). */
export const koladaKpiSchema = z.object({
  id: z.string(),
  title: z.string().trim().min(1),
  description: z.string().nullish(),
  operating_area: z.string().nullish(),
  unit: z.string().nullish(),
  is_divided_by_gender: flag.nullish(),
  publication_date: z.string().nullish(),
});

/** A year: v3 sends a number (2023), v2 a string ("2023"). */
const period = z.union([
  z.number().int(),
  z
    .string()
    .regex(/^\d{4}$/)
    .transform(Number),
]);

/** One gender's figure inside a data row: T (total), K (kvinnor), M (män). */
export const koladaGenderValueSchema = z.object({
  gender: z.string().nullish(),
  value: z.number().nullish(),
  status: z.string().nullish(),
  count: z.number().nullish(),
  isdeleted: flag.nullish(),
});

/** One row from `GET /v3/data/kpi/{kpi}/municipality/{m}/year/{years}`: a KPI, a place, a year. */
export const koladaDataRowSchema = z.object({
  kpi: z.string(),
  municipality: z.string(),
  period,
  values: z.array(koladaGenderValueSchema),
});

export type KoladaDataRow = z.infer<typeof koladaDataRowSchema>;
export type KoladaGenderValue = z.infer<typeof koladaGenderValueSchema>;
