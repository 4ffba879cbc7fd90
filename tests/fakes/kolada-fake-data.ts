/**
 * What the Kolada fake knows, and Kolada API v3's wire shapes for it (see
 * docs/decisions/0020-kolada.md for the sources of the shapes).
 *
 * N01951 ("Invånare totalt, antal", divided by gender) is a real Kolada KPI; its Malmö (1280)
 * figures here are plausible round-offs for the test, not copied from Kolada. X90001 is made up
 * for tests (no Kolada KPI id starts with X that we know of): a violence indicator shaped like
 * the IFO figures SKR describes (per 10 000 adults), with Kolada's quirks — a year whose row
 * has no value ("Missing") and a year whose figure Kolada deleted.
 */

export const MALMO = '1280';
export const RIKET = '0000';

/** One year's figures: total, women (K), men (M), Kolada's status and deletion flag. */
export interface FakeFigures {
  readonly T: number | null;
  readonly K?: number | null;
  readonly M?: number | null;
  readonly status?: string;
  readonly deleted?: boolean;
}

export interface FakeKpi {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly operatingArea: string;
  readonly dividedByGender: boolean;
  readonly publicationDate: string | null;
  /** Municipality id → year → figures. */
  readonly data: Readonly<Record<string, Readonly<Record<number, FakeFigures>>>>;
}

const MALMO_POPULATION: Record<number, number> = {
  2012: 307_758,
  2013: 312_994,
  2014: 318_107,
  2015: 322_574,
  2016: 328_494,
  2017: 333_633,
  2018: 339_313,
  2019: 344_166,
  2020: 347_949,
  2021: 351_749,
  2022: 357_377,
  2023: 362_133,
  2024: 365_600,
};

const byGender = (total: number): FakeFigures => {
  const women = Math.round(total * 0.503);
  return { T: total, K: women, M: total - women };
};

const series = (values: Record<number, number>): Record<number, FakeFigures> =>
  Object.fromEntries(Object.entries(values).map(([year, total]) => [year, byGender(total)]));

export const POPULATION: FakeKpi = {
  id: 'N01951',
  title: 'Invånare totalt, antal',
  description: 'Antal invånare totalt i kommunen den 31/12. Källa: SCB.',
  operatingArea: 'Befolkning',
  dividedByGender: true,
  publicationDate: '2025-03-20',
  data: {
    [MALMO]: series(MALMO_POPULATION),
    [RIKET]: series({ 2023: 10_551_707, 2024: 10_587_710 }),
  },
};

export const IFO_VIOLENCE: FakeKpi = {
  id: 'X90001',
  title: 'Vuxna aktualiserade i IFO pga våld i nära relation, antal/10 000 inv 18+ år (test)',
  description: 'Ett påhittat nyckeltal för tester, format som Koladas IFO-nyckeltal.',
  operatingArea: 'Individ- och familjeomsorg',
  dividedByGender: false,
  publicationDate: null,
  data: {
    [MALMO]: {
      2019: { T: 21.4 },
      2020: { T: 23.9 },
      2021: { T: null, status: 'Missing' },
      2022: { T: 26.2 },
      2023: { T: 25.1, deleted: true },
      2024: { T: 27.8 },
    },
  },
};

export const FAKE_KPIS: readonly FakeKpi[] = [POPULATION, IFO_VIOLENCE];

/** A KPI as `GET /v3/kpi/{id}` returns it. */
export function kpiOnTheWire(kpi: FakeKpi): Record<string, unknown> {
  return {
    id: kpi.id,
    title: kpi.title,
    description: kpi.description,
    operating_area: kpi.operatingArea,
    perspective: 'Volymer',
    auspice: 'X',
    has_ou_data: false,
    is_divided_by_gender: kpi.dividedByGender,
    municipality_type: 'K',
    publ_period: '2024',
    publication_date: kpi.publicationDate,
    prel_publication_date: null,
  };
}

/** A data row as `GET /v3/data/kpi/{kpi}/municipality/{m}/year/{y}` returns it. */
export function rowOnTheWire(
  kpi: FakeKpi,
  municipality: string,
  year: number,
  figures: FakeFigures,
): Record<string, unknown> {
  const genders = kpi.dividedByGender ? (['T', 'K', 'M'] as const) : (['T'] as const);
  return {
    kpi: kpi.id,
    municipality,
    period: year,
    values: genders.map((gender) => {
      const value = figures[gender] ?? null;
      return {
        gender,
        count: 1,
        status: value === null ? (figures.status ?? 'Missing') : (figures.status ?? ''),
        value,
        isdeleted: figures.deleted === true,
      };
    }),
  };
}
