import { DEMO_MEMBERS, demoActivities } from '../../../bot/src/domain/catalog';
import { friFranVald, organisations } from '../../helpers/malmo-plan';
import { planFullTitle } from '../../../bot/src/domain/plan-file';
import type { PlanCatalogEntry, PlanDocument } from '../../../bot/src/domain/plan-file';
import { readPlanYaml } from '../../../bot/src/files/plan-yaml';
import { PLAN_FILES, planFileText } from '../../helpers/plan-documents';
import { SEEDS, seedText } from '../../helpers/seeds';

/*
 * The 2022–2026 plan file, checked against the plan itself (seed 001) and the follow-up
 * (seed 000), and against the ids the product and its demo data use today.
 *
 * Texts are compared as letters and digits only, lower case: the PDF text breaks lines,
 * hyphenates across them ("förvalt-\nningar") and mangles some punctuation ("homo, - bi,").
 * Footnote numbers are taken out of the seed first ("tio gånger.7 Oenighet").
 */
const fold = (text: string) => text.toLocaleLowerCase('sv-SE').replace(/[^\p{L}\p{N}]/gu, '');
const withoutFootnotes = (text: string) =>
  text
    .replace(/(?<=[\p{L}.,;:)”])\d{1,2}(?=\s)/gu, '')
    .replace(/(?<=\p{L}[ \t])\d{1,2}(?=\s)/gu, '');

const planSeed = fold(withoutFootnotes(seedText(SEEDS.plan)));
const followUpSeed = fold(seedText(SEEDS.followUp));

/** The sentences of a text, each checked on its own (a description may join sentences from two places). */
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');

function load(): PlanDocument {
  const result = readPlanYaml(planFileText(PLAN_FILES.malmo));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.plan;
}

describe('Fri från våld 2022–2026 as a plan file', () => {
  const plan = load();

  it('is valid, with the title, period, vision and adoption of the plan', () => {
    expect(plan.id).toBe('fri-fran-vald-2022-2026');
    expect(planFullTitle(plan)).toBe('Fri från våld – en gemensam angelägenhet');
    expect(plan.period).toEqual({ from: 2022, to: 2026 });
    expect(plan.vision).toBe(
      'I Malmö blir ingen utsatt för våld och alla får själva bestämma över sitt liv och sin kropp.',
    );
    expect(planSeed).toContain(
      fold(`Kommunfullmäktiges vision för arbetet mot våld är: ${plan.vision}`),
    );
    expect(plan.adopted).toEqual({ by: 'Kommunfullmäktige', year: 2022, date: null });
    expect(followUpSeed).toContain(
      fold('beslutade kommunfullmäktige i Malmö 2022 att anta planen'),
    );
    expect(plan.coordinatedBy).toBe('arbetsmarknads-och-socialforvaltningen');
    for (const sentence of sentences(plan.description ?? '')) {
      expect(planSeed).toContain(fold(sentence));
    }
  });

  it('has the six goals in the plan’s words, with 5, 3, 4, 4, 3 and 3 strategies', () => {
    expect(plan.goals.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const goal of plan.goals) expect(planSeed).toContain(fold(goal.title));
    expect(plan.goals.map((g) => g.strategies.length)).toEqual([5, 3, 4, 4, 3, 3]);
  });

  it('gives every strategy its heading and, right under it, its explanation from the plan', () => {
    const strategies = plan.goals.flatMap((g) => g.strategies);
    expect(strategies).toHaveLength(22);
    for (const strategy of strategies) {
      expect(strategy.text.charAt(0)).toBe(strategy.text.charAt(0).toLocaleLowerCase('sv-SE'));
      expect(strategy.explanation).not.toBeNull();
      // "Flytta på våldsutövaren" followed by "Om det av risk- och säkerhetsskäl …"
      expect(planSeed).toContain(fold(`${strategy.text} ${strategy.explanation ?? ''}`));
    }
    // The check bites: an explanation under the wrong heading is not in the plan.
    const [first, second] = strategies;
    expect(planSeed).not.toContain(fold(`${first?.text} ${second?.explanation}`));
  });

  it('has the six fokusområden, each with the plan’s definition under its name', () => {
    expect(plan.focusAreas).toHaveLength(6);
    for (const area of plan.focusAreas) {
      expect(planSeed).toContain(fold(`${area.name} ${area.description ?? ''}`));
    }
  });

  it('names the perspective "Barnrättsperspektivet" as seed 001 does, keeping its old id', () => {
    const child = plan.perspectives.find((p) => p.id === 'barnperspektivet');
    expect(child).toMatchObject({ name: 'Barnrättsperspektivet', aliases: ['Barnperspektivet'] });
    expect(seedText(SEEDS.plan)).toMatch(/\bBarnrättsperspektivet ska genomsyra/);
    expect(plan.perspectives).toHaveLength(7);
    for (const perspective of plan.perspectives) {
      expect(perspective.description).not.toBeNull();
      for (const sentence of sentences(perspective.description ?? '')) {
        expect(planSeed).toContain(fold(sentence));
      }
    }
  });

  it('has the seven target groups, each with the plan’s text under its name', () => {
    expect(plan.targetGroups).toHaveLength(7);
    for (const group of plan.targetGroups) {
      expect(planSeed).toContain(fold(`${group.name} ${group.description ?? ''}`));
    }
  });

  it('has the four prevention levels of the preventionstriangel, främjande first', () => {
    expect(plan.preventionLevels.map((l) => [l.id, l.name])).toEqual([
      ['framjande', 'Främjande'],
      ['universell', 'Universell'],
      ['selektiv', 'Selektiv'],
      ['indikerad', 'Indikerad'],
    ]);
    for (const level of plan.preventionLevels) {
      // "Ett främjande arbete …", "Ett indikerat preventionsarbete …"
      expect(level.description).toMatch(
        new RegExp(`^Ett ${level.name.toLocaleLowerCase('sv-SE').slice(0, 6)}`),
      );
      expect(planSeed).toContain(fold(level.description ?? ''));
    }
  });

  it('has the four våldsutövare groups seed 001 names, with its texts', () => {
    expect(plan.perpetratorGroups.map((g) => g.name)).toEqual([
      'Föräldrar och omsorgspersoner som använder våld mot barn och/eller låter barn bevittna våld',
      'Partnervåld',
      'Hedersrelaterat våld och förtryck',
      'Personer som köpt sex',
    ]);
    for (const group of plan.perpetratorGroups) {
      const [first, ...rest] = (group.description ?? '').split('\n\n');
      expect(planSeed).toContain(fold(`${group.name} ${first ?? ''}`));
      for (const paragraph of rest) expect(planSeed).toContain(fold(paragraph));
    }
  });

  it('has the three headings, the stadsövergripande one flagged, described as the follow-up does', () => {
    expect(plan.headings.map((h) => [h.id, h.cityWide])).toEqual([
      ['stadsovergripande', true],
      ['i-samverkan', false],
      ['verksamhetsspecifik', false],
    ]);
    for (const heading of plan.headings) {
      expect(followUpSeed).toContain(fold(heading.description ?? ''));
    }
  });

  it('has the HR-avdelningen as a city-wide function of Stadskontoret', () => {
    const hr = plan.organisations.find((o) => o.id === 'hr-avdelningen');
    expect(hr).toMatchObject({
      name: 'HR-avdelningen',
      kind: 'stadsovergripande-funktion',
      partOf: 'stadskontoret',
    });
    for (const alias of hr?.aliases ?? []) expect(followUpSeed).toContain(fold(alias));
    expect(plan.organisations.filter((o) => o.kind === 'bolag').map((o) => o.name)).toEqual([
      'MKB Fastighets AB',
    ]);
    for (const organisation of plan.organisations) {
      expect(followUpSeed).toContain(fold(organisation.name));
    }
  });

  it('holds every id the demo data uses (the demo refers to this file, not to code)', () => {
    const ids = (entries: readonly PlanCatalogEntry[]) => new Set(entries.map((e) => e.id));
    const strategies = new Set(plan.goals.flatMap((g) => g.strategies.map((s) => s.id)));
    const goals = new Set(plan.goals.map((g) => g.number));
    const known = {
      organisation: new Set(plan.organisations.map((o) => o.id)),
      focusArea: ids(plan.focusAreas),
      perspective: ids(plan.perspectives),
      targetGroup: ids(plan.targetGroups),
      heading: ids(plan.headings),
      level: ids(plan.preventionLevels),
    };
    const unknown: string[] = [];
    const need = (what: keyof typeof known, id: string) => {
      if (!known[what].has(id)) unknown.push(`${what} ${id}`);
    };
    expect(demoActivities.length).toBeGreaterThan(20);
    for (const { activity: a } of demoActivities) {
      need('organisation', a.organisationId);
      need('heading', a.heading);
      if (!goals.has(a.goal)) unknown.push(`goal ${a.goal}`);
      if (a.strategyId !== null && !strategies.has(a.strategyId))
        unknown.push(`strategy ${a.strategyId}`);
      a.focusAreaIds.forEach((id) => need('focusArea', id));
      a.perspectiveIds.forEach((id) => need('perspective', id));
      a.targetGroupIds.forEach((id) => need('targetGroup', id));
      if (a.preventionLevel !== null) need('level', a.preventionLevel);
    }
    expect(unknown).toEqual([]);
    for (const m of DEMO_MEMBERS) {
      if (m.organisationId !== null) expect(known.organisation.has(m.organisationId)).toBe(true);
    }
  });

  it('is the plan the store holds: catalog, organisations and their kinds', () => {
    expect(friFranVald.id).toBe(plan.id);
    expect(friFranVald.title).toBe('Fri från våld – en gemensam angelägenhet');
    expect(friFranVald.periodStart).toBe(2022);
    expect(friFranVald.periodEnd).toBe(2026);
    expect(friFranVald.perspectives.find((p) => p.id === 'barnperspektivet')?.name).toBe(
      'Barnrättsperspektivet',
    );
    // An activity records one of the three levels; främjande is described, not stored.
    expect(friFranVald.preventionLevels.map((l) => l.id)).toEqual([
      'universell',
      'selektiv',
      'indikerad',
    ]);
    expect(organisations).toHaveLength(plan.organisations.length);
    expect(organisations.find((o) => o.id === 'hr-avdelningen')?.kind).toBe(
      'stadsovergripande-funktion',
    );
    expect(organisations.filter((o) => o.kind === 'bolag').map((o) => o.id)).toEqual([
      'mkb-fastighets-ab',
    ]);
  });
});
