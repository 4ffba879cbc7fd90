import { friFranVald, organisations } from '../../helpers/malmo-plan';
import { mapHeader } from '../../../bot/src/domain/import/columns';
import {
  editDistance,
  matchGoal,
  matchOrganisation,
  matchStatus,
  splitValues,
} from '../../../bot/src/domain/import/matching';
import { countingSentence, countingSentenceEn } from '../../../bot/src/domain/followup/follow-up';
import { swedishCount } from '../../../bot/src/domain/followup/swedish-numbers';

const orgId = (text: string) => {
  const m = matchOrganisation(text, organisations);
  return m.ok ? m.value.id : m.suggestions();
};

describe('forgiving matching', () => {
  test.each([
    ['Fritidsförvaltningen', 'fritidsforvaltningen'],
    ['  fritidsförvaltningen ', 'fritidsforvaltningen'],
    ['FRITID', 'fritidsforvaltningen'],
    ['Fritids', 'fritidsforvaltningen'],
    ['Hälsa, vård och omsorg', 'halsa-vard-och-omsorgsforvaltningen'],
    ['Hälsa- vård- och omsorgsförvaltningen', 'halsa-vard-och-omsorgsforvaltningen'],
    ['Arbetsmarknads och socialförvaltningen', 'arbetsmarknads-och-socialforvaltningen'],
    ['Gymnasie– och vuxenutbildningsförvaltningen', 'gymnasie-och-vuxenutbildningsforvaltningen'],
    ['mkb fastighets ab', 'mkb-fastighets-ab'],
    ['Miljö', 'miljoforvaltningen'],
    ['stadskontoret', 'stadskontoret'],
  ])('organisation %p → %p', (text, id) => {
    expect(orgId(text)).toBe(id);
  });

  test('an unknown organisation suggests the closest names', () => {
    expect(orgId('Fritidsförvaltningarna')).toEqual(['Fritidsförvaltningen']);
    expect(orgId('Stadsbyggnadskontor')[0]).toBe('Stadsbyggnadskontoret');
  });

  test('goals by number or text', () => {
    const number = (text: string) => {
      const m = matchGoal(text, friFranVald.goals);
      return m.ok ? m.value.number : 'number' in m ? `saknas ${String(m.number)}` : 'okänt';
    };
    expect(number('3')).toBe(3);
    expect(number('Inriktningsmål 4')).toBe(4);
    expect(number('5 - Stadens arbete bygger på aktuell kunskap')).toBe(5);
    expect(number('staden arbetar aktivt med att förhindra att våld upprepas')).toBe(2);
    expect(number('7')).toBe('saknas 7');
    expect(number('Trygghet')).toBe('okänt');
  });

  test('status words map to the domain statuses; empty and "ej rapporterad" mean no report', () => {
    expect(matchStatus('Pågår')).toBe('pagar');
    expect(matchStatus('pagar med avvikelse')).toBe('pagar-med-avvikelse');
    expect(matchStatus('Genomfört')).toBe('genomford');
    expect(matchStatus('EJ PÅBÖRJAD')).toBe('ej-paborjad');
    expect(matchStatus('framflyttat')).toBe('framflyttad');
    expect(matchStatus('avbrutet')).toBe('avbruten');
    expect(matchStatus('')).toBeNull();
    expect(matchStatus('Ej rapporterad')).toBeNull();
    expect(matchStatus('Klart snart')).toBeUndefined();
  });

  test('multi-values split on ; or , but not inside "Hälsa-, vård-"', () => {
    expect(splitValues('Barn; Äldre,Hbtq-personer ;')).toEqual(['Barn', 'Äldre', 'Hbtq-personer']);
    expect(splitValues('Polis, Hälsa-, vård- och omsorgsförvaltningen')).toEqual([
      'Polis',
      'Hälsa-, vård- och omsorgsförvaltningen',
    ]);
  });

  test('edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  test('headers: any case and order; missing required columns are named', () => {
    const ok = mapHeader([
      'aktivitet',
      'RUBRIK',
      'Status',
      ' Inriktningsmål ',
      'förvaltning',
      'Okänd',
    ]);
    expect(ok).toEqual({
      ok: true,
      index: { title: 0, heading: 1, status: 2, goal: 3, organisation: 4 },
    });
    expect(mapHeader(['Förvaltning', 'Aktivitet', 'Status'])).toEqual({
      ok: false,
      messages: ['Kolumnen "Inriktningsmål" saknas.', 'Kolumnen "Rubrik" saknas.'],
    });
  });
});

describe('the counting sentence, as the follow-up writes it', () => {
  const mkb = [{ name: 'MKB Fastighets AB' }];
  test.each([
    [8, [], 'Åtta förvaltningar har aktiviteter under inriktningsmålet.'],
    [5, mkb, 'Fem förvaltningar och MKB Fastighets AB har aktiviteter under inriktningsmålet.'],
    [1, [], 'En förvaltning har aktiviteter under inriktningsmålet.'],
    [0, mkb, 'MKB Fastighets AB har aktiviteter under inriktningsmålet.'],
    [
      12,
      [{ name: 'A AB' }, { name: 'B AB' }],
      'Tolv förvaltningar och två bolag har aktiviteter under inriktningsmålet.',
    ],
    [13, [], '13 förvaltningar har aktiviteter under inriktningsmålet.'],
    [0, [], 'Inga förvaltningar eller bolag har aktiviteter under inriktningsmålet.'],
  ])('%p förvaltningar, %p', (count, bolag, sentence) => {
    expect(countingSentence(count, bolag)).toBe(sentence);
  });

  test.each([
    [8, [], 'Eight administrations have activities under the goal.'],
    [5, mkb, 'Five administrations and MKB Fastighets AB have activities under the goal.'],
    [1, [], 'One administration has activities under the goal.'],
    [0, mkb, 'MKB Fastighets AB has activities under the goal.'],
    [
      12,
      [{ name: 'A AB' }, { name: 'B AB' }],
      'Twelve administrations and two companies have activities under the goal.',
    ],
    [13, [], '13 administrations have activities under the goal.'],
    [0, [], 'No administrations or companies have activities under the goal.'],
  ])('in English: %p administrations, %p', (count, bolag, sentence) => {
    expect(countingSentenceEn(count, bolag)).toBe(sentence);
  });

  test('numbers as words up to twelve', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((n) => swedishCount(n))).toEqual([
      'en',
      'två',
      'tre',
      'fyra',
      'fem',
      'sex',
      'sju',
      'åtta',
      'nio',
      'tio',
      'elva',
      'tolv',
      '13',
    ]);
    expect(swedishCount(1, true)).toBe('ett');
  });
});
