import { systemClock, type Clock } from '../../domain/ports/clock.port';
import {
  assertKoladaQuery,
  KOLADA_KPI_ID,
  type KoladaKpi,
  type KoladaReader,
  type KpiReading,
  type YearRange,
} from '../../domain/ports/kolada.port';
import { KoladaHttp, type Deadline, type HttpOutcome, type KoladaHttpOptions } from './kolada-http';
import { KoladaShapeError, kpiFromKolada, yearValuesFromKolada } from './kolada-mapper';

export interface KoladaClientOptions extends KoladaHttpOptions {
  /** Kolada's `per_page` for data queries (default and Kolada's maximum: 5000). */
  readonly perPage?: number;
}

/** Kolada takes at most 25 ids or years in one comma-separated path segment. */
export const MAX_YEARS_PER_QUERY = 25;

type Failed = Extract<HttpOutcome<unknown>, { ok: false }>;

const unavailable = ({ reason, detail }: Failed): KpiReading => ({
  kind: 'unavailable',
  reason,
  detail,
});

/** The years of a range in chunks Kolada accepts in one path segment. */
export function yearChunks(years: YearRange, size = MAX_YEARS_PER_QUERY): number[][] {
  const chunks: number[][] = [];
  for (let from = years.fromYear; from <= years.toYear; from += size) {
    const to = Math.min(years.toYear, from + size - 1);
    chunks.push(Array.from({ length: to - from + 1 }, (_, i) => from + i));
  }
  return chunks;
}

/**
 * The KoladaReader over Kolada's open API v3 (no key): the KPI's metadata from
 * `GET /kpi/{id}`, then its values from `GET /data/kpi/{id}/municipality/{m}/year/{y,…}`
 * (years in chunks of 25), every page followed. Each answer is checked with zod and mapped by
 * kolada-mapper.ts. Network and Kolada failures come back as `unavailable` with a reason;
 * nothing here throws for them (see the port's contract).
 */
export class KoladaClient implements KoladaReader {
  private readonly http: KoladaHttp;
  private readonly perPage: number;
  private readonly clock: Clock;

  constructor(options: KoladaClientOptions) {
    this.http = new KoladaHttp(options);
    this.perPage = options.perPage ?? 5000;
    if (!Number.isInteger(this.perPage) || this.perPage < 1 || this.perPage > 5000) {
      throw new RangeError(`Kolada per_page must be 1–5000: ${this.perPage}`);
    }
    this.clock = options.clock ?? systemClock;
  }

  async readKpi(kpiId: string, municipalityId: string, years: YearRange): Promise<KpiReading> {
    assertKoladaQuery(municipalityId, years);
    if (!KOLADA_KPI_ID.test(kpiId)) {
      return { kind: 'unavailable', reason: 'not-found', detail: `not a Kolada KPI id: ${kpiId}` };
    }
    try {
      return await this.read(kpiId, municipalityId, years);
    } catch (error) {
      // A bug here must still not become an error page: the value is "saknas", the log says why.
      const detail =
        error instanceof KoladaShapeError ? error.message : `unexpected: ${String(error)}`;
      return { kind: 'unavailable', reason: 'bad-response', detail };
    }
  }

  private async read(kpiId: string, municipalityId: string, years: YearRange): Promise<KpiReading> {
    const deadline = this.http.deadline();
    const kpi = await this.kpi(kpiId, deadline);
    if ('kind' in kpi) return kpi;
    const rows: unknown[] = [];
    for (const chunk of yearChunks(years)) {
      const path = `/data/kpi/${kpiId}/municipality/${municipalityId}/year/${chunk.join(',')}`;
      const page = await this.http.getAllPages(`${path}?per_page=${this.perPage}`, deadline);
      if (!page.ok) return unavailable(page);
      rows.push(...page.value);
    }
    const values = yearValuesFromKolada(rows, { kpiId, municipalityId, years });
    const fetchedAt = this.clock.now().toISOString();
    return {
      kind: 'ok',
      origin: 'kolada',
      series: { kpi, municipalityId, years, values, fetchedAt },
    };
  }

  /** The KPI's metadata; Kolada answers an unknown id with no values (or 404): not-found. */
  private async kpi(kpiId: string, deadline: Deadline): Promise<KoladaKpi | KpiReading> {
    const answer = await this.http.getAllPages(`/kpi/${kpiId}`, deadline);
    if (!answer.ok) return unavailable(answer);
    const kpi = answer.value.map(kpiFromKolada).find((k) => k.id === kpiId);
    return (
      kpi ?? { kind: 'unavailable', reason: 'not-found', detail: `Kolada has no KPI ${kpiId}` }
    );
  }
}
