import {
  indicatorTrend,
  roundPoints,
  yearPoints,
} from '../../../bot/src/domain/indicators/indicator-trend';
import { parseIndicatorValue } from '../../../bot/src/domain/indicators/indicator-value';
import type { ReportingRound } from '../../../bot/src/domain/types';

const round = (id: string, opensAt: string, title: string): ReportingRound => ({
  id,
  planId: 'p1',
  kind: 'mote',
  title,
  opensAt,
  closesAt: opensAt,
});

describe('parseIndicatorValue', () => {
  it.each([
    ['42', 'antal', 42],
    ['12,5', 'antal', 12.5],
    ['1 200', 'antal', 1200],
    ['1\u00a0200,75', 'antal', 1200.75],
    ['-3', 'antal per 10 000 invånare', -3],
    ['\u22123', 'antal', -3],
    ['40 %', 'procent', 40],
    [0, 'procent', 0],
    [100, 'procent', 100],
  ])('reads %j (%s) as %d', (input, unit, expected) => {
    expect(parseIndicatorValue(input, unit)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'antal', 'empty', 'Skriv ett värde.'],
    [null, 'antal', 'empty', 'Skriv ett värde.'],
    ['tolv', 'antal', 'not-a-number', 'Värdet måste vara ett tal, t.ex. 42 eller 12,5.'],
    ['12,5,1', 'antal', 'not-a-number', 'Värdet måste vara ett tal, t.ex. 42 eller 12,5.'],
    ['1e5', 'antal', 'not-a-number', 'Värdet måste vara ett tal, t.ex. 42 eller 12,5.'],
    [Number.NaN, 'antal', 'not-a-number', 'Värdet måste vara ett tal, t.ex. 42 eller 12,5.'],
    [{}, 'antal', 'not-a-number', 'Värdet måste vara ett tal, t.ex. 42 eller 12,5.'],
    ['101', 'procent', 'out-of-range', 'Värdet ligger utanför det möjliga för enheten.'],
    [-1, 'procent', 'out-of-range', 'Värdet ligger utanför det möjliga för enheten.'],
    [2e12, 'antal', 'out-of-range', 'Värdet ligger utanför det möjliga för enheten.'],
  ])('refuses %j (%s): %s with a Swedish message', (input, unit, problem, message) => {
    expect(parseIndicatorValue(input, unit)).toMatchObject({ ok: false, problem, message });
  });
});

describe('indicator trend', () => {
  const rounds = [
    round('r3', '2026-02-01T08:00:00.000Z', 'Våren 2026'),
    round('r1', '2025-02-01T08:00:00.000Z', 'Våren 2025'),
    round('r0', '2024-09-01T08:00:00.000Z', 'Hösten 2024'),
    round('r2', '2025-09-01T08:00:00.000Z', 'Hösten 2025'),
  ];
  const value = (roundId: string, v: number) => ({
    planId: 'p1',
    indicatorId: 'm',
    roundId,
    value: v,
    enteredByUserId: 'u',
    enteredByName: 'U',
    enteredAt: '2026-01-01T00:00:00.000Z',
  });
  const higher = {
    direction: 'higher-is-better' as const,
    baseline: { value: 40, year: 2023 },
    target: { value: 90, year: 2026 },
  };

  it('puts the rounds in order, from the first with a value, keeping gaps as null', () => {
    const points = roundPoints('m', rounds, [value('r1', 52), value('r3', 71), value('r1x', 1)]);
    const trend = indicatorTrend(higher, points);
    expect(trend.points.map((p) => [p.label, p.value])).toEqual([
      ['Våren 2025', 52],
      ['Hösten 2025', null],
      ['Våren 2026', 71],
    ]);
    expect(trend).toMatchObject({ change: 19, verdict: 'better', targetMet: false });
    expect(trend.progress).toBeCloseTo(31 / 50);
    expect(trend.latest?.label).toBe('Våren 2026');
  });

  it('reads a fall as better when lower is better, and meets a target at or below it', () => {
    const lower = {
      direction: 'lower-is-better' as const,
      baseline: null,
      target: { value: 10, year: 2026 },
    };
    const trend = indicatorTrend(
      lower,
      yearPoints([
        { year: 2024, value: 9 },
        { year: 2023, value: 12 },
      ]),
    );
    expect(trend).toMatchObject({ change: -3, verdict: 'better', targetMet: true, progress: null });
    expect(indicatorTrend(higher, trend.points).verdict).toBe('worse');
  });

  it('says unchanged, one value and no values', () => {
    expect(
      indicatorTrend(higher, roundPoints('m', rounds, [value('r0', 5), value('r1', 5)])).verdict,
    ).toBe('unchanged');
    expect(indicatorTrend(higher, roundPoints('m', rounds, [value('r2', 5)]))).toMatchObject({
      verdict: 'one-value',
      change: null,
    });
    expect(indicatorTrend(higher, roundPoints('m', rounds, []))).toMatchObject({
      verdict: 'no-values',
      points: [],
      latest: null,
      targetMet: null,
      progress: null,
    });
  });
});
