/** Starting the next plan period (issue 15 item 4, decision 0028): the pure parts. */
import {
  carriedActivityId,
  carriedFrom,
  carryProblemText,
  planCarry,
} from '../../../bot/src/domain/carry/carry-plan';
import { parseGoalMapping, suggestGoalMapping } from '../../../bot/src/domain/carry/goal-mapping';
import type { Activity, Plan } from '../../../bot/src/domain/types';
import { friFranVald } from '../../helpers/malmo-plan';

const NEXT = 'fri-fran-vald-2027-2030';

/** The next period's plan: goal 1 kept word for word, 2 reworded, 3 and 4 swapped, 5 new, 6 gone. */
function nextPlan(): Plan {
  const [g1, g2, g3, g4] = friFranVald.goals;
  if (g1 === undefined || g2 === undefined || g3 === undefined || g4 === undefined)
    throw new Error('plan changed');
  return {
    ...friFranVald,
    id: NEXT,
    periodStart: 2027,
    periodEnd: 2030,
    goals: [
      { ...g1, number: 1 },
      {
        number: 2,
        title: 'Staden arbetar aktivt för att förhindra att våldet upprepas',
        strategies: [{ id: 'n2-s1', text: g2.strategies[0]?.text ?? '' }],
      },
      { ...g4, number: 3 },
      { ...g3, number: 4 },
      { number: 5, title: 'Ett helt nytt mål om digitalt våld', strategies: [] },
    ],
    headings: [
      { id: 'kommungemensamt', name: 'Stadsövergripande', nameEn: 'City-wide' },
      { id: 'egen-verksamhet', name: 'Egen verksamhet', nameEn: 'Own operations' },
    ],
    targetGroups: friFranVald.targetGroups.slice(0, 2),
  };
}

function activity(fields: Partial<Activity>): Activity {
  return {
    id: 'akt-1',
    planId: friFranVald.id,
    organisationId: 'fritidsforvaltningen',
    goal: 2,
    strategyId: friFranVald.goals[1]?.strategies[0]?.id ?? null,
    heading: 'stadsovergripande',
    title: 'Samtal med unga',
    description: 'Beskrivning',
    focusAreaIds: [],
    perspectiveIds: [],
    targetGroupIds: friFranVald.targetGroups.map((g) => g.id),
    preventionLevel: 'selektiv',
    direction: 'malmobor',
    partners: ['Polisen'],
    owner: 'Fritid',
    startDate: '2025-01-01',
    endDate: null,
    demo: false,
    version: 3,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-06-01T00:00:00.000Z',
    ...fields,
  };
}

describe('suggestGoalMapping', () => {
  it('suggests the same text, then mostly the same words; none where nothing matches', () => {
    expect(suggestGoalMapping(friFranVald, nextPlan())).toEqual([
      { from: 1, to: 1, match: 'same-text' },
      { from: 2, to: 2, match: 'similar-text' },
      { from: 3, to: 4, match: 'same-text' },
      { from: 4, to: 3, match: 'same-text' },
      { from: 5, to: null, match: null },
      { from: 6, to: null, match: null },
    ]);
  });

  it('ignores case and punctuation in a same text', () => {
    const shouting = {
      ...friFranVald,
      goals: [
        {
          number: 9,
          title: 'STADEN bedriver ett verkningsfullt, våldsförebyggande arbete!',
          strategies: [],
        },
      ],
    };
    expect(suggestGoalMapping(friFranVald, shouting)[0]).toEqual({
      from: 1,
      to: 9,
      match: 'same-text',
    });
  });
});

describe('parseGoalMapping', () => {
  it('reads old=new pairs and lists what it cannot read', () => {
    const ok = parseGoalMapping(' 5=5, 6 = 2');
    expect(ok.ok && [...ok.mapping]).toEqual([
      [5, 5],
      [6, 2],
    ]);
    expect(parseGoalMapping('5=5,sex=2,7')).toEqual({ ok: false, bad: ['sex=2', '7'] });
  });
});

describe('planCarry', () => {
  const now = '2027-01-02T08:00:00.000Z';
  const goals = new Map([
    [1, 1],
    [2, 2],
  ]);

  it('carries under the confirmed goal, keeping what the new plan has and linking back', () => {
    const old = activity({});
    const result = planCarry(friFranVald, nextPlan(), [old], { activityIds: [old.id], goals }, now);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const [carried] = result.activities;
    expect(carried).toEqual({
      id: carriedActivityId(old.id, NEXT),
      planId: NEXT,
      organisationId: old.organisationId,
      goal: 2,
      // the same strategy text under the new goal
      strategyId: 'n2-s1',
      // the same heading name under another id
      heading: 'kommungemensamt',
      title: old.title,
      description: old.description,
      focusAreaIds: [],
      perspectiveIds: [],
      // only the target groups the new plan still has
      targetGroupIds: friFranVald.targetGroups.slice(0, 2).map((g) => g.id),
      preventionLevel: 'selektiv',
      direction: 'malmobor',
      partners: ['Polisen'],
      owner: 'Fritid',
      startDate: '2025-01-01',
      endDate: null,
      demo: false,
      createdAt: now,
      updatedAt: now,
    });
    expect(carried === undefined ? null : carriedFrom(carried)).toBe(old.id);
    expect(carriedFrom(old)).toBeNull();
  });

  it('puts an activity under a heading the new plan lacks under its last heading', () => {
    const old = activity({ heading: 'i-samverkan' });
    const result = planCarry(friFranVald, nextPlan(), [old], { activityIds: [old.id], goals }, now);
    expect(result.ok && result.activities[0]?.heading).toBe('egen-verksamhet');
  });

  it('refuses, with every problem, an unmapped goal, an unknown activity and a goal that does not exist', () => {
    const a5 = activity({ id: 'a5', goal: 5 });
    const a1 = activity({ id: 'a1', goal: 1 });
    const result = planCarry(
      friFranVald,
      nextPlan(),
      [a5, a1, activity({ id: 'other', planId: 'another-plan' })],
      { activityIds: ['a5', 'a1', 'other'], goals: new Map([[1, 9]]) },
      now,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { kind: 'unknown-activity', activityId: 'other' },
        { kind: 'unknown-new-goal', goal: 9 },
        { kind: 'goal-unmapped', goal: 5 },
      ],
    });
    if (!result.ok)
      expect(result.problems.map(carryProblemText)).toEqual([
        'Aktiviteten "other" finns inte i den gamla planen.',
        'Den nya planen har inget inriktningsmål 9.',
        'Inriktningsmål 5 i den gamla planen har inget mål i den nya. Ange det, t.ex. 5=1.',
      ]);
  });

  it('refuses carrying a plan into itself, or nothing', () => {
    const result = planCarry(friFranVald, friFranVald, [], { activityIds: [], goals }, now);
    expect(result).toEqual({
      ok: false,
      problems: [{ kind: 'same-plan' }, { kind: 'no-activities' }],
    });
  });
});
