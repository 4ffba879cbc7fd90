/**
 * Reading an indicator Samordning defines in the tab (decision 0032): the fields as typed,
 * checked against the plan; an activity's indicator takes the activity's goal and, unless one
 * is named, its organisation; ids are made from names.
 */
import {
  definitionId,
  parseDefinitionInput,
} from '../../../bot/src/domain/indicators/indicator-definition-input';

const context = {
  goals: [{ number: 1 }, { number: 2 }, { number: 3 }],
  activities: [{ id: 'act-1', goal: 3 as const, organisationId: 'grundskoleforvaltningen' }],
  organisations: [{ id: 'grundskoleforvaltningen' }, { id: 'fritidsforvaltningen' }],
  periodStart: 2022,
  periodEnd: 2026,
};

const base = { name: 'Andel', unit: 'procent', direction: 'higher-is-better' };

describe('an indicator defined in the tab', () => {
  it('reads the fields as typed, empty ones as none', () => {
    expect(
      parseDefinitionInput(
        { ...base, baselineValue: '40,5 %', baselineYear: '2023', goal: '', koladaKpi: 'n00945' },
        context,
      ),
    ).toEqual({
      ok: true,
      fields: {
        name: 'Andel',
        nameEn: null,
        description: null,
        unit: 'procent',
        direction: 'higher-is-better',
        goal: null,
        baseline: { value: 40.5, year: 2023 },
        target: null,
        source: null,
        organisation: null,
        koladaKpi: 'N00945',
        activityId: null,
      },
    });
  });

  it('ties an activity’s indicator to its goal and organisation', () => {
    const parsed = parseDefinitionInput({ ...base, activityId: 'act-1' }, context);
    expect(parsed).toMatchObject({
      ok: true,
      fields: { goal: 3, organisation: 'grundskoleforvaltningen', activityId: 'act-1' },
    });
    const other = parseDefinitionInput(
      { ...base, activityId: 'act-1', organisation: 'fritidsforvaltningen' },
      context,
    );
    expect(other).toMatchObject({ ok: true, fields: { organisation: 'fritidsforvaltningen' } });
    expect(parseDefinitionInput({ ...base, activityId: 'act-1', goal: 2 }, context)).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          field: 'goal',
          message: 'Aktiviteten hör till inriktningsmål 3; välj det eller inget mål.',
        }),
      ],
    });
  });

  it('refuses a share outside 0–100, a year far from the plan, unknown parts and long text', () => {
    const parsed = parseDefinitionInput(
      {
        ...base,
        name: 'x'.repeat(201),
        targetValue: '140',
        targetYear: '2026',
        baselineValue: '10',
        baselineYear: '1901',
        activityId: 'nej',
        organisation: 'nej',
      },
      context,
    );
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems.map((p) => [p.field, p.message])).toEqual([
      ['name', 'Texten får vara högst 200 tecken.'],
      ['baseline', 'Året för baslinjen måste vara ett årtal nära planens period (2022–2026).'],
      ['target', 'Målvärdet: Värdet ligger utanför det möjliga för enheten.'],
      ['activityId', 'Aktiviteten finns inte i planen.'],
      ['organisation', 'Organisationen finns inte.'],
    ]);
  });

  it('makes ids from names in kebab-case ASCII', () => {
    expect(definitionId('Anmälda brott i nära relation')).toBe('anmalda-brott-i-nara-relation');
    expect(definitionId('  Åtgärder: 100 % ')).toBe('atgarder-100');
    expect(definitionId('!!!')).toBe('matt');
  });
});
