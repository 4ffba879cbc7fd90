import {
  KoladaShapeError,
  kpiFromKolada,
  yearValuesFromKolada,
} from '../../../bot/src/store/kolada/kolada-mapper';

const QUERY = { kpiId: 'N01951', municipalityId: '1280', years: { fromYear: 2020, toYear: 2024 } };

const row = (period: number | string, values: unknown[], extra: object = {}): unknown => ({
  kpi: 'N01951',
  municipality: '1280',
  period,
  values,
  ...extra,
});

const figure = (gender: string | undefined, value: number | null, extra: object = {}) => ({
  ...(gender === undefined ? {} : { gender }),
  count: 1,
  status: '',
  value,
  isdeleted: false,
  ...extra,
});

describe('kpiFromKolada', () => {
  it('maps a v3 KPI and ignores the fields it does not read', () => {
    expect(
      kpiFromKolada({
        id: 'N01951',
        title: 'Invånare totalt, antal',
        description: '  Antal invånare.  ',
        operating_area: 'Befolkning',
        perspective: 'Volymer',
        auspice: 'X',
        has_ou_data: false,
        is_divided_by_gender: true,
        municipality_type: 'K',
        publ_period: '2024',
        publication_date: '2025-03-20',
        prel_publication_date: null,
        something_new: { nested: true },
      }),
    ).toEqual({
      id: 'N01951',
      title: 'Invånare totalt, antal',
      description: 'Antal invånare.',
      operatingArea: 'Befolkning',
      unit: null,
      dividedByGender: true,
      publicationDate: '2025-03-20',
    });
  });

  it('reads the v2 spellings: 0/1 flags, a unit, a date-time', () => {
    expect(
      kpiFromKolada({
        id: 'N00945',
        title: 'Nyckeltal',
        description: '',
        is_divided_by_gender: 1,
        unit: 'antal',
        publication_date: '2025-03-20T00:00:00',
      }),
    ).toMatchObject({
      description: null,
      operatingArea: null,
      unit: 'antal',
      dividedByGender: true,
      publicationDate: '2025-03-20',
    });
  });

  it.each([
    ['no title', { id: 'N01951' }],
    ['an empty title', { id: 'N01951', title: '  ' }],
    ['a number for an id', { id: 1951, title: 'x' }],
    ['a flag that is not one', { id: 'N01951', title: 'x', is_divided_by_gender: 'yes' }],
  ])('refuses a KPI with %s', (_, raw) => {
    expect(() => kpiFromKolada(raw)).toThrow(KoladaShapeError);
  });
});

describe('yearValuesFromKolada', () => {
  it('takes the total among the genders, in any order, oldest year first', () => {
    const rows = [
      row(2022, [figure('K', 5), figure('M', 4), figure('T', 9)]),
      row(2021, [figure('t', 8), figure('K', 4)]),
    ];
    expect(yearValuesFromKolada(rows, QUERY)).toEqual([
      { year: 2021, value: 8, status: null },
      { year: 2022, value: 9, status: null },
    ]);
  });

  it("keeps a year with no value as null with Kolada's status", () => {
    const rows = [row(2021, [figure('T', null, { status: 'Missing' })]), row(2023, [])];
    expect(yearValuesFromKolada(rows, QUERY)).toEqual([
      { year: 2021, value: null, status: 'Missing' },
      { year: 2023, value: null, status: null },
    ]);
  });

  it('takes a lone figure without a gender as the total, but not a lone K or M', () => {
    const rows = [row(2020, [figure(undefined, 3)]), row(2021, [figure('K', 2)])];
    expect(yearValuesFromKolada(rows, QUERY)).toEqual([
      { year: 2020, value: 3, status: null },
      { year: 2021, value: null, status: null },
    ]);
  });

  it('leaves out what Kolada deleted', () => {
    const rows = [
      row(2020, [figure('T', 1, { isdeleted: true })]),
      row(2021, [figure('T', 2, { isdeleted: 1 }), figure('T', 3)]),
    ];
    expect(yearValuesFromKolada(rows, QUERY)).toEqual([{ year: 2021, value: 3, status: null }]);
  });

  it('reads years as numbers or strings and drops the years not asked for', () => {
    const rows = [row('2019', [figure('T', 1)]), row('2020', [figure('T', 2)]), row(2025, [])];
    expect(yearValuesFromKolada(rows, QUERY)).toEqual([{ year: 2020, value: 2, status: null }]);
  });

  it('accepts the same year twice with the same value, not with another', () => {
    const same = [row(2020, [figure('T', 2)]), row(2020, [figure('T', 2)])];
    expect(yearValuesFromKolada(same, QUERY)).toHaveLength(1);
    const other = [row(2020, [figure('T', 2)]), row(2020, [figure('T', 3)])];
    expect(() => yearValuesFromKolada(other, QUERY)).toThrow('two values for 2020');
  });

  it.each([
    ['another KPI', row(2020, [], { kpi: 'N00945' })],
    ['another municipality', row(2020, [], { municipality: '0180' })],
    ['a year that is not one', row('tjugo', [])],
    ['a value that is not a number', row(2020, [figure('T', 1, { value: '12' })])],
    ['no values array', { kpi: 'N01951', municipality: '1280', period: 2020 }],
  ])('refuses a row with %s', (_, raw) => {
    expect(() => yearValuesFromKolada([raw], QUERY)).toThrow(KoladaShapeError);
  });
});
