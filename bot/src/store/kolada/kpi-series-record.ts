import { z } from 'zod';
import { KOLADA_KPI_ID, type KpiSeries } from '../../domain/ports/kolada.port';

/**
 * A KpiSeries as a stored record (JSON text), for a KoladaCache backed by the store: the one
 * mapper both ways, checked with zod on the way back, so a damaged or older record is a cache
 * miss rather than a wrong value on screen.
 */

const year = z.number().int().min(1950).max(2100);

const recordSchema = z.object({
  kpi: z.object({
    id: z.string().regex(KOLADA_KPI_ID),
    title: z.string().min(1),
    description: z.string().nullable(),
    operatingArea: z.string().nullable(),
    unit: z.string().nullable(),
    dividedByGender: z.boolean(),
    publicationDate: z.string().nullable(),
  }),
  municipalityId: z.string().min(1),
  years: z
    .object({ fromYear: year, toYear: year })
    .refine((y) => y.fromYear <= y.toYear, 'fromYear after toYear'),
  values: z.array(z.object({ year, value: z.number().nullable(), status: z.string().nullable() })),
  fetchedAt: z.string().datetime(),
});

export function kpiSeriesToRecord(series: KpiSeries): string {
  return JSON.stringify(series);
}

/** The series in a stored record, or null when the record is not one (then: a cache miss). */
export function kpiSeriesFromRecord(record: string): KpiSeries | null {
  let raw: unknown;
  try {
    raw = JSON.parse(record);
  } catch {
    return null;
  }
  const parsed = recordSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
