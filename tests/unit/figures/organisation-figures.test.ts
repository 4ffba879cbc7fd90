import {
  cityWideHeadingOf,
  isCityWideIn,
  isOwnIn,
} from '../../../bot/src/domain/figures/city-wide';
import {
  FIGURES_DEFINITION,
  figuresOf,
  hasUnreported,
  organisationFigures,
  reportedNothing,
} from '../../../bot/src/domain/figures/organisation-figures';
import type { Activity, HeadingId } from '../../../bot/src/domain/types';
import { newActivity } from '../../helpers/fixtures';

const act = (id: string, organisationId: string, heading: HeadingId): Activity => ({
  ...newActivity({ id, organisationId, heading }),
  version: 1,
});

/*
 * What an organisation counts (#18 item 1), hand-computed: Stadskontoret has three own
 * activities and four stadsövergripande ones (the "3" against "7 av 7").
 */
const activities = [
  act('s1', 'stadskontoret', 'verksamhetsspecifik'),
  act('s2', 'stadskontoret', 'i-samverkan'),
  act('s3', 'stadskontoret', 'verksamhetsspecifik'),
  act('h1', 'stadskontoret', 'stadsovergripande'),
  act('h2', 'stadskontoret', 'stadsovergripande'),
  act('h3', 'stadskontoret', 'stadsovergripande'),
  act('h4', 'stadskontoret', 'stadsovergripande'),
  act('f1', 'fritid', 'i-samverkan'),
  act('m1', 'miljo', 'stadsovergripande'),
];
const MALMO = 'stadsovergripande';
const organisations = [
  { id: 'fritid', name: 'Fritidsförvaltningen' },
  { id: 'kultur', name: 'Kulturförvaltningen' },
  { id: 'miljo', name: 'Miljöförvaltningen' },
  { id: 'stadskontoret', name: 'Stadskontoret' },
];

describe('organisation figures: own activities, the stadsövergripande apart', () => {
  it('sorts the three headings: i samverkan and verksamhetsspecifik are own', () => {
    const malmo = cityWideHeadingOf(undefined);
    expect(activities.filter(isOwnIn(malmo)).map((a) => a.id)).toEqual(['s1', 's2', 's3', 'f1']);
    expect(activities.filter(isCityWideIn(malmo)).map((a) => a.id)).toEqual([
      'h1',
      'h2',
      'h3',
      'h4',
      'm1',
    ]);
  });

  it('counts Stadskontoret 3 own and 4 stadsövergripande, never 7 own', () => {
    const f = figuresOf(organisations[3]!, activities, new Set(['s1', 'h2']), MALMO);
    expect(f).toEqual({
      organisationId: 'stadskontoret',
      name: 'Stadskontoret',
      own: { total: 3, reported: 1, unreported: 2 },
      cityWide: { total: 4, reported: 1, unreported: 3 },
    });
    expect(hasUnreported(f)).toBe(true);
    expect(reportedNothing(f)).toBe(false);
  });

  it('lists only organisations that answer for an activity, in the order given', () => {
    const list = organisationFigures(organisations, activities, new Set(['f1']), MALMO);
    expect(list.map((f) => [f.name, f.own.total, f.cityWide.total])).toEqual([
      ['Fritidsförvaltningen', 1, 0],
      ['Miljöförvaltningen', 0, 1],
      ['Stadskontoret', 3, 4],
    ]);
    // Fritid reported all; Miljö (only stadsövergripande) and Stadskontoret reported nothing.
    expect(list.map((f) => [f.name, hasUnreported(f), reportedNothing(f)])).toEqual([
      ['Fritidsförvaltningen', false, false],
      ['Miljöförvaltningen', true, true],
      ['Stadskontoret', true, true],
    ]);
  });

  it('says what it counts in Swedish and English', () => {
    expect(FIGURES_DEFINITION.sv).toContain('egna aktiviteterna');
    expect(FIGURES_DEFINITION.sv).toContain('Stadsövergripande aktiviteter räknas för sig.');
    expect(FIGURES_DEFINITION.en).toContain('City-wide activities are counted apart.');
  });

  it('asks the plan which heading is city-wide: the flag, else stadsovergripande', () => {
    expect(cityWideHeadingOf({ cityWideHeading: 'kommungemensamt' })).toBe('kommungemensamt');
    // A plan stored before the flag was kept (Malmö's): its heading stadsovergripande.
    expect(cityWideHeadingOf({})).toBe('stadsovergripande');
    expect(cityWideHeadingOf(undefined)).toBe('stadsovergripande');
  });

  it('counts another plan’s city-wide heading apart, and stadsovergripande there as own', () => {
    const ekby = [
      act('e1', 'soc', 'kommungemensamt'),
      act('e2', 'soc', 'med-andra'),
      act('e3', 'soc', 'stadsovergripande'),
    ];
    expect(figuresOf({ id: 'soc', name: 'Soc' }, ekby, new Set(['e1']), 'kommungemensamt')).toEqual(
      {
        organisationId: 'soc',
        name: 'Soc',
        own: { total: 2, reported: 0, unreported: 2 },
        cityWide: { total: 1, reported: 1, unreported: 0 },
      },
    );
    expect(ekby.filter(isCityWideIn('kommungemensamt')).map((a) => a.id)).toEqual(['e1']);
  });
});
