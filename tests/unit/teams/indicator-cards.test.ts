/**
 * The report card's indicator fields (issue 19 item 1, decision 0032): the form builder shows
 * one number field per indicator with its name and unit, the typed or stored value and a
 * heading naming the round; no section without indicators; the saved card lists what was
 * stored. The fields' rules (what is refused, what is stored) are pure and tested here too.
 */
import { demoActivities, demoRound } from '../../../bot/src/domain/catalog';
import { EMPTY_OUTCOME_INPUT } from '../../../bot/src/domain/outcomes/outcome';
import {
  indicatorFieldProblems,
  indicatorInputId,
  indicatorName,
  typedNumber,
} from '../../../bot/src/domain/services/report-indicators';
import type { Activity, ReportingRound, StatusReport } from '../../../bot/src/domain/types';
import { translator } from '../../../bot/src/i18n';
import { typedIndicatorValues } from '../../../bot/src/teams/actions/verbs';
import {
  buildStatusFormCard,
  type StatusFormIndicator,
} from '../../../bot/src/teams/cards/status-form-card';
import { buildStatusSavedCard } from '../../../bot/src/teams/cards/status-saved-card';
import { validateAdaptiveCard } from '../../helpers/adaptive-card-validator';
import { inputs, textBlocks, textRuns } from '../../helpers/card-nodes';

const sv = translator('sv');
const en = translator('en');
const round: ReportingRound = { ...demoRound, title: 'Hösten 2025' };
const activity: Activity = {
  ...demoActivities[0]!.activity,
  planId: 'fri-fran-vald-2022-2026',
  demo: true,
  version: 1,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};

const field: StatusFormIndicator = {
  inputId: indicatorInputId('utbildade-chefer'),
  name: 'Andel chefer som gått utbildningen',
  unit: 'procent',
  value: 'tolv',
};

/** What both cards show of the activity and round, in a language. */
const about = (language: 'sv' | 'en') => ({
  t: language === 'sv' ? sv : en,
  language,
  activity,
  round,
});

const form = (indicators?: readonly StatusFormIndicator[], language: 'sv' | 'en' = 'sv') =>
  buildStatusFormCard({
    ...about(language),
    values: { status: 'pagar', done: '', next: '', reason: '', outcome: EMPTY_OUTCOME_INPUT },
    baseReportId: '',
    submissionId: '3f0c8f4e-7a61-4c1e-9d2e-3c1f6a1b2c3d',
    problems: [
      'Andel chefer som gått utbildningen: Värdet måste vara ett tal, t.ex. 42 eller 12,5.',
    ],
    conflict: null,
    editing: false,
    ...(indicators === undefined ? {} : { indicators }),
  });

describe('the report card’s indicator fields', () => {
  it('shows one text field per indicator, labelled with name and unit, as typed', () => {
    const card = form([
      field,
      { ...field, inputId: 'indicator:b', name: 'Antal', unit: 'antal', value: '' },
    ]);
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(textBlocks(card)).toContain('Mått för omgången Hösten 2025');
    const fields = inputs(card).filter((i) => String(i['id']).startsWith('indicator:'));
    expect(fields.map((i) => [i['type'], i['id'], i['label'], i['value']])).toEqual([
      [
        'Input.Text',
        'indicator:utbildade-chefer',
        'Andel chefer som gått utbildningen (procent)',
        'tolv',
      ],
      ['Input.Text', 'indicator:b', 'Antal (antal)', ''],
    ]);
    expect(textBlocks(card)).toContain(
      'Andel chefer som gått utbildningen: Värdet måste vara ett tal, t.ex. 42 eller 12,5.',
    );
  });

  it('has no indicator section when the organisation enters none', () => {
    for (const card of [form(), form([])]) {
      expect(validateAdaptiveCard(card)).toEqual([]);
      expect(inputs(card).some((i) => String(i['id']).startsWith('indicator:'))).toBe(false);
      expect(textBlocks(card).some((t) => t.startsWith('Mått för omgången'))).toBe(false);
    }
  });

  it('speaks English to an English reader', () => {
    expect(textBlocks(form([field], 'en'))).toContain('Indicators for the round Hösten 2025');
  });

  it('labels a field with the English name for an English reader, the Swedish one otherwise', () => {
    const named = { ...field, nameEn: 'Share of managers trained' };
    const unnamed = { ...field, inputId: 'indicator:b', name: 'Antal', nameEn: null };
    const labels = (language: 'sv' | 'en') =>
      inputs(form([named, unnamed], language))
        .filter((i) => String(i['id']).startsWith('indicator:'))
        .map((i) => i['label']);
    expect(labels('en')).toEqual([
      expect.stringMatching(/^Share of managers trained \(/),
      expect.stringMatching(/^Antal \(/),
    ]);
    expect(labels('sv')).toEqual([
      'Andel chefer som gått utbildningen (procent)',
      'Antal (procent)',
    ]);
  });

  it('lists the stored values on the saved card', () => {
    const report: StatusReport = {
      id: 'rep-1',
      activityId: activity.id,
      roundId: round.id,
      status: 'pagar',
      done: 'Utbildning.',
      next: '',
      reason: '',
      reportedByUserId: 'u1',
      reportedByName: 'Sara',
      reportedAt: '2025-10-01T10:00:00.000Z',
    };
    const indicatorValues = [{ name: field.name, value: '52,5', unit: 'procent' }];
    const card = buildStatusSavedCard({
      ...about('sv'),
      report,
      offerNext: true,
      unchanged: false,
      indicatorValues,
    });
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(textBlocks(card)).toContain('Mått: Andel chefer som gått utbildningen');
    expect(textRuns(card)).toContain('52,5 procent');
  });
});

describe('the indicator fields’ rules', () => {
  const fields = [
    { indicatorId: 'andel', name: 'Andel', nameEn: 'Share', unit: 'procent', stored: '' },
    { indicatorId: 'antal', name: 'Antal', nameEn: null, unit: 'antal', stored: '12,5' },
  ];

  it('names a refused field in the reader’s language: English where the indicator has a name', () => {
    const problems = indicatorFieldProblems(fields, { andel: 'x', antal: 'y' });
    expect(problems.map((p) => indicatorName(p, 'en'))).toEqual(['Share', 'Antal']);
    expect(problems.map((p) => indicatorName(p, 'sv'))).toEqual(['Andel', 'Antal']);
    expect(
      en('status.problem.indicator', { name: indicatorName(problems[0]!, 'en'), message: 'm' }),
    ).toContain('Share');
  });

  it('refuses a non-number and a share outside 0–100, and nothing else', () => {
    expect(indicatorFieldProblems(fields, { andel: '120', antal: 'tolv', okänd: 'x' })).toEqual([
      expect.objectContaining({
        indicatorId: 'andel',
        message: 'Värdet ligger utanför det möjliga för enheten.',
      }),
      expect.objectContaining({
        indicatorId: 'antal',
        message: 'Värdet måste vara ett tal, t.ex. 42 eller 12,5.',
      }),
    ]);
    expect(indicatorFieldProblems(fields, { andel: ' ', antal: '1 200' })).toEqual([]);
  });

  it('reads the card’s indicator inputs by id, ignoring everything else', () => {
    expect(
      typedIndicatorValues({
        'indicator:andel': '40 %',
        'indicator:antal': 7,
        done: 'x',
        indicator: '1',
      }),
    ).toEqual({ andel: '40 %', antal: '7' });
    expect(typedIndicatorValues(null)).toEqual({});
  });

  it('prefills a stored value as people type it', () => {
    expect(typedNumber(12.5)).toBe('12,5');
    expect(typedNumber(1200)).toBe('1200');
  });
});
