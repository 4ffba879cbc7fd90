import type { z } from 'zod';
import type { KoladaKpi, KpiYearValue, YearRange } from '../../domain/ports/kolada.port';
import {
  koladaDataRowSchema,
  koladaKpiSchema,
  type KoladaDataRow,
  type KoladaGenderValue,
} from './kolada-wire';

/**
 * The one mapper from Kolada's wire shapes (kolada-wire.ts, zod-checked) to the domain's
 * KoladaKpi and KpiYearValue. Anything it cannot read throws KoladaShapeError, which the client
 * turns into `unavailable` / `bad-response`.
 */
export class KoladaShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'KoladaShapeError';
  }
}

function parsed<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, raw: unknown, what: string): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const where = first === undefined ? '' : ` at ${first.path.join('.') || '(root)'}`;
  throw new KoladaShapeError(`unexpected ${what}${where}: ${first?.message ?? 'invalid'}`);
}

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** A KPI's metadata. */
export function kpiFromKolada(raw: unknown): KoladaKpi {
  const k = parsed(koladaKpiSchema, raw, 'KPI');
  const date = text(k.publication_date);
  return {
    id: k.id,
    title: k.title,
    description: text(k.description),
    operatingArea: text(k.operating_area),
    unit: text(k.unit),
    dividedByGender: k.is_divided_by_gender ?? false,
    publicationDate: date !== null && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null,
  };
}

/**
 * The total of one row: the live (not deleted) figure with gender T; a lone figure without a
 * gender is taken as the total too (a KPI not divided by gender). Undefined when there is none.
 */
function totalOf(values: readonly KoladaGenderValue[]): KoladaGenderValue | undefined {
  const live = values.filter((v) => v.isdeleted !== true);
  const total = live.find((v) => v.gender?.trim().toUpperCase() === 'T');
  if (total !== undefined) return total;
  const [only] = live;
  return live.length === 1 && text(only?.gender) === null ? only : undefined;
}

/** What a row says for its year, or undefined when Kolada deleted it. */
function yearValueOf(row: KoladaDataRow): KpiYearValue | undefined {
  if (row.values.length > 0 && row.values.every((v) => v.isdeleted === true)) return undefined;
  const total = totalOf(row.values);
  return { year: row.period, value: total?.value ?? null, status: text(total?.status) };
}

/**
 * The yearly totals of a KPI for one municipality from Kolada's data rows (all pages together),
 * oldest first. Rows outside the years asked for are left out; a row for another KPI or
 * municipality, or two different values for one year, mean Kolada did not answer what was asked
 * (KoladaShapeError).
 */
export function yearValuesFromKolada(
  rows: readonly unknown[],
  query: { readonly kpiId: string; readonly municipalityId: string; readonly years: YearRange },
): KpiYearValue[] {
  const byYear = new Map<number, KpiYearValue>();
  for (const raw of rows) {
    const row = parsed(koladaDataRowSchema, raw, 'data row');
    if (row.kpi !== query.kpiId || row.municipality !== query.municipalityId) {
      throw new KoladaShapeError(
        `asked for ${query.kpiId} in ${query.municipalityId}, got ${row.kpi} in ${row.municipality}`,
      );
    }
    if (row.period < query.years.fromYear || row.period > query.years.toYear) continue;
    const value = yearValueOf(row);
    if (value === undefined) continue;
    const earlier = byYear.get(value.year);
    if (earlier !== undefined && earlier.value !== value.value) {
      throw new KoladaShapeError(`two values for ${value.year}: ${earlier.value}, ${value.value}`);
    }
    byYear.set(value.year, earlier ?? value);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
