import * as fs from 'node:fs';
import * as path from 'node:path';

import { DEMO_MEMBERS, demoActivities } from '../../../bot/src/domain/catalog';
import { HEADING_IDS } from '../../../bot/src/domain/catalog/demo-data';
import { friFranVald, organisations } from '../../helpers/malmo-plan';
import { PREVENTION_LEVEL_IDS, ROLES } from '../../../bot/src/domain/types';
import type { CatalogEntry, ReportStatus } from '../../../bot/src/domain/types';

const PLAN_TEXT_PATH = path.join(__dirname, '../../../../shared/seeds/001_cac9da2791105943.txt');

const KEBAB_ASCII = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Goal titles as listed in the product brief (PRODUCT.md, "The domain"). */
const EXPECTED_GOAL_TITLES: readonly string[] = [
  'Staden bedriver ett verkningsfullt våldsförebyggande arbete',
  'Staden arbetar aktivt med att förhindra att våld upprepas',
  'Verksamma i staden ska upptäcka våld och kunna agera',
  'Staden erbjuder stöd utifrån den enskildes behov',
  'Stadens arbete bygger på aktuell kunskap och forskning',
  'Stadens arbete sker i samverkan med myndigheter, civilsamhälle och andra relevanta aktörer',
];

/** Number of "Genom att" strategies per goal, counted in the plan text. */
const EXPECTED_STRATEGY_COUNTS: readonly number[] = [5, 3, 4, 4, 3, 3];

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

const ids = (entries: readonly CatalogEntry[]): string[] => entries.map((e) => e.id);

const duplicates = (values: readonly string[]): string[] =>
  values.filter((value, index) => values.indexOf(value) !== index);

describe('plan catalog: Fri från våld 2022–2026', () => {
  const plan = friFranVald;

  it('has id, title, period and vision from the plan', () => {
    expect(plan.id).toBe('fri-fran-vald-2022-2026');
    expect(plan.title).toBe('Fri från våld – en gemensam angelägenhet');
    expect(plan.periodStart).toBe(2022);
    expect(plan.periodEnd).toBe(2026);
    expect(plan.vision).toBe(
      'I Malmö blir ingen utsatt för våld och alla får själva bestämma över sitt liv och sin kropp.',
    );
  });

  it('has exactly six goals numbered 1..6 with the exact titles', () => {
    expect(plan.goals.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(plan.goals.map((g) => g.title)).toEqual(EXPECTED_GOAL_TITLES);
  });

  it('has the number of strategies per goal that the plan has', () => {
    expect(plan.goals.map((g) => g.strategies.length)).toEqual(EXPECTED_STRATEGY_COUNTS);
  });

  it('numbers strategy ids m<goal>-s<n> in order', () => {
    for (const goal of plan.goals) {
      goal.strategies.forEach((strategy, index) => {
        expect(strategy.id).toBe(`m${goal.number}-s${index + 1}`);
      });
    }
  });

  it('writes strategies without "Genom att" and with a lower-case first letter', () => {
    for (const goal of plan.goals) {
      for (const strategy of goal.strategies) {
        expect(strategy.text).not.toMatch(/^genom att/i);
        expect(strategy.text).toBe(strategy.text.trim());
        const first = strategy.text.charAt(0);
        expect(first).toBe(first.toLocaleLowerCase('sv-SE'));
        expect(first).not.toBe('');
      }
    }
  });

  it('has 6 focus areas, 7 perspectives, 7 target groups, 3 prevention levels and 3 headings', () => {
    expect(plan.focusAreas).toHaveLength(6);
    expect(plan.perspectives).toHaveLength(7);
    expect(plan.targetGroups).toHaveLength(7);
    expect(plan.preventionLevels).toHaveLength(3);
    expect(plan.headings).toHaveLength(3);
  });

  it('uses the heading and prevention level ids of the domain types', () => {
    expect(ids(plan.headings)).toEqual([...HEADING_IDS]);
    expect(plan.headings.map((h) => h.name)).toEqual([
      'Stadsövergripande',
      'I samverkan',
      'Verksamhetsspecifik',
    ]);
    expect(ids(plan.preventionLevels)).toEqual([...PREVENTION_LEVEL_IDS]);
  });

  it('has the seven target groups', () => {
    expect(ids(plan.targetGroups)).toEqual([
      'barn',
      'ungdomar-och-unga-vuxna',
      'aldre',
      'personer-med-funktionsnedsattning',
      'hbtq-personer',
      'kvinnor-med-missbruk',
      'personer-utan-permanent-uppehallstillstand',
    ]);
  });

  it('has unique kebab-case ASCII ids and non-empty Swedish and English names in every catalog', () => {
    const catalogs: ReadonlyArray<readonly CatalogEntry[]> = [
      plan.focusAreas,
      plan.perspectives,
      plan.targetGroups,
      plan.preventionLevels,
      plan.headings,
    ];
    for (const catalog of catalogs) {
      expect(duplicates(ids(catalog))).toEqual([]);
      for (const entry of catalog) {
        expect(entry.id).toMatch(KEBAB_ASCII);
        expect(entry.name.trim()).not.toBe('');
        expect(entry.nameEn.trim()).not.toBe('');
      }
    }
    const strategyIds = plan.goals.flatMap((g) => g.strategies.map((s) => s.id));
    expect(duplicates(strategyIds)).toEqual([]);
    for (const id of strategyIds) expect(id).toMatch(KEBAB_ASCII);
  });

  describe('against the plan text', () => {
    const planText = normalise(fs.readFileSync(PLAN_TEXT_PATH, 'utf8'));

    it('reads the plan text file', () => {
      expect(planText.length).toBeGreaterThan(10_000);
    });

    it.each(EXPECTED_GOAL_TITLES)('contains the goal title "%s"', (title) => {
      expect(planText).toContain(title);
    });

    it('contains the vision', () => {
      expect(planText).toContain(plan.vision.replace(/\.$/, ''));
    });

    it('contains every strategy heading (case-insensitive)', () => {
      const lower = planText.toLocaleLowerCase('sv-SE');
      for (const goal of plan.goals) {
        for (const strategy of goal.strategies) {
          expect(lower).toContain(strategy.text.toLocaleLowerCase('sv-SE'));
        }
      }
    });

    it('contains every focus area and target group name', () => {
      const lower = planText.toLocaleLowerCase('sv-SE');
      for (const entry of [...plan.focusAreas, ...plan.targetGroups]) {
        expect(lower).toContain(entry.name.toLocaleLowerCase('sv-SE'));
      }
    });
  });
});

describe('organisations', () => {
  it('has 15 organisations (13 förvaltningar, HR-avdelningen, MKB) with unique kebab-case ids', () => {
    expect(organisations).toHaveLength(15);
    expect(duplicates(organisations.map((o) => o.id))).toEqual([]);
    for (const org of organisations) expect(org.id).toMatch(KEBAB_ASCII);
  });

  it('has exactly one bolag, MKB Fastighets AB', () => {
    const bolag = organisations.filter((o) => o.kind === 'bolag');
    expect(bolag.map((o) => o.id)).toEqual(['mkb-fastighets-ab']);
    expect(bolag[0]?.name).toBe('MKB Fastighets AB');
  });

  it('includes the named förvaltningar with capitalised names', () => {
    const byId = new Map(organisations.map((o) => [o.id, o]));
    expect(byId.get('arbetsmarknads-och-socialforvaltningen')?.name).toBe(
      'Arbetsmarknads- och socialförvaltningen',
    );
    expect(byId.get('fritidsforvaltningen')?.name).toBe('Fritidsförvaltningen');
    expect(byId.get('grundskoleforvaltningen')?.kind).toBe('forvaltning');
    for (const id of ['fastighets-och-gatukontoret', 'stadsbyggnadskontoret', 'stadskontoret']) {
      expect(byId.get(id)?.kind).toBe('forvaltning');
    }
    for (const org of organisations) {
      const first = org.name.charAt(0);
      expect(first).toBe(first.toLocaleUpperCase('sv-SE'));
    }
  });
});

describe('demo data', () => {
  const orgIds = new Set(organisations.map((o) => o.id));
  const focusIds = new Set(ids(friFranVald.focusAreas));
  const perspectiveIds = new Set(ids(friFranVald.perspectives));
  const targetGroupIds = new Set(ids(friFranVald.targetGroups));
  const preventionIds = new Set<string>(PREVENTION_LEVEL_IDS);
  const headingIds = new Set<string>(HEADING_IDS);
  const goalsByNumber = new Map(friFranVald.goals.map((g) => [g.number, g]));
  const REASON_REQUIRED: ReadonlySet<ReportStatus> = new Set<ReportStatus>([
    'pagar-med-avvikelse',
    'framflyttad',
  ]);

  it('has a reasonable number of activities', () => {
    expect(demoActivities.length).toBeGreaterThanOrEqual(25);
  });

  it('has unique ids of the form demo-<org>-<n>', () => {
    const activityIds = demoActivities.map((s) => s.activity.id);
    expect(duplicates(activityIds)).toEqual([]);
    for (const id of activityIds) expect(id).toMatch(/^demo-[a-z]+-\d+$/);
  });

  it('references existing organisations, goals, strategies and catalog entries', () => {
    for (const { activity } of demoActivities) {
      expect(orgIds.has(activity.organisationId)).toBe(true);
      const goal = goalsByNumber.get(activity.goal);
      expect(goal).toBeDefined();
      if (activity.strategyId !== null) {
        expect(goal?.strategies.map((s) => s.id)).toContain(activity.strategyId);
      }
      expect(headingIds.has(activity.heading)).toBe(true);
      if (activity.preventionLevel !== null)
        expect(preventionIds.has(activity.preventionLevel)).toBe(true);
      for (const id of activity.focusAreaIds) expect(focusIds.has(id)).toBe(true);
      for (const id of activity.perspectiveIds) expect(perspectiveIds.has(id)).toBe(true);
      for (const id of activity.targetGroupIds) expect(targetGroupIds.has(id)).toBe(true);
      expect(activity.focusAreaIds.length).toBeGreaterThan(0);
    }
  });

  it('has non-empty, unprefixed titles, descriptions and owners', () => {
    for (const { activity } of demoActivities) {
      expect(activity.title.trim()).not.toBe('');
      expect(activity.title).not.toMatch(/demo/i);
      expect(activity.description.trim()).not.toBe('');
      expect(activity.owner.trim()).not.toBe('');
    }
  });

  it('uses YYYY-MM-DD dates or null, with start before end', () => {
    const date = /^\d{4}-\d{2}-\d{2}$/;
    for (const { activity } of demoActivities) {
      for (const d of [activity.startDate, activity.endDate]) {
        if (d !== null) {
          expect(d).toMatch(date);
          expect(Number.isNaN(Date.parse(`${d}T00:00:00Z`))).toBe(false);
        }
      }
      if (activity.startDate !== null && activity.endDate !== null) {
        expect(activity.startDate <= activity.endDate).toBe(true);
      }
    }
  });

  it('names partners for every i samverkan activity', () => {
    for (const { activity } of demoActivities) {
      if (activity.heading === 'i-samverkan') expect(activity.partners.length).toBeGreaterThan(0);
    }
  });

  it('covers all six goals', () => {
    const goals = new Set(demoActivities.map((s) => s.activity.goal));
    expect([...goals].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('has a stadsövergripande activity for goals 1–5 and none for goal 6, like the follow-up', () => {
    const cityWide = demoActivities.filter((s) => s.activity.heading === 'stadsovergripande');
    for (const goal of [1, 2, 3, 4, 5]) {
      expect(cityWide.some((s) => s.activity.goal === goal)).toBe(true);
    }
    expect(cityWide.some((s) => s.activity.goal === 6)).toBe(false);
    for (const { activity } of cityWide) {
      expect(['arbetsmarknads-och-socialforvaltningen', 'stadskontoret']).toContain(
        activity.organisationId,
      );
    }
  });

  it('has an unreported Fritidsförvaltningen activity under goal 6', () => {
    const unreported = demoActivities.filter(
      (s) =>
        s.activity.organisationId === 'fritidsforvaltningen' &&
        s.activity.goal === 6 &&
        s.report === null,
    );
    expect(unreported.length).toBeGreaterThanOrEqual(1);
  });

  it('gives Grundskoleförvaltningen at least three activities, at least one unreported', () => {
    const grundskola = demoActivities.filter(
      (s) => s.activity.organisationId === 'grundskoleforvaltningen',
    );
    expect(grundskola.length).toBeGreaterThanOrEqual(3);
    expect(grundskola.some((s) => s.report === null)).toBe(true);
    expect(grundskola.some((s) => s.report !== null)).toBe(true);
  });

  it('covers most organisations', () => {
    const used = new Set(demoActivities.map((s) => s.activity.organisationId));
    expect(used.size).toBeGreaterThanOrEqual(12);
    expect(used.has('mkb-fastighets-ab')).toBe(true);
  });

  it('requires a reason exactly for pågår med avvikelse and framflyttad', () => {
    const reports = demoActivities.flatMap((s) => (s.report === null ? [] : [s.report]));
    for (const report of reports) {
      expect(report.done.trim()).not.toBe('');
      expect(report.reason.trim() !== '').toBe(REASON_REQUIRED.has(report.status));
    }
    expect(reports.some((r) => r.status === 'framflyttad')).toBe(true);
    expect(reports.some((r) => r.status === 'pagar-med-avvikelse')).toBe(true);
    expect(reports.some((r) => r.status === 'pagar')).toBe(true);
    expect(reports.some((r) => r.status === 'genomford')).toBe(true);
  });

  it('keeps the gaps the follow-up found: nothing for hbtq-personer or kvinnor med missbruk', () => {
    const tagged = new Set(demoActivities.flatMap((s) => s.activity.targetGroupIds));
    expect(tagged.has('hbtq-personer')).toBe(false);
    expect(tagged.has('kvinnor-med-missbruk')).toBe(false);
  });

  it('has the demo members of the Playground configuration', () => {
    // The M365 Agents Playground requires at least five mocked users besides the current one.
    expect(DEMO_MEMBERS.map((m) => m.userId)).toEqual([
      '00000000-0000-0000-0000-0000000000a1',
      '00000000-0000-0000-0000-0000000000a2',
      '00000000-0000-0000-0000-0000000000a3',
      '00000000-0000-0000-0000-0000000000a4',
      '00000000-0000-0000-0000-0000000000a5',
      '00000000-0000-0000-0000-0000000000a6',
    ]);
    const [sara, omar, eva, jonas] = DEMO_MEMBERS;
    expect(sara).toEqual({
      userId: '00000000-0000-0000-0000-0000000000a1',
      name: 'Sara Lind (demo)',
      organisationId: 'grundskoleforvaltningen',
      roles: ['samordnare'],
    });
    expect(omar?.roles).toEqual(['samordning']);
    expect(omar?.organisationId).toBe('arbetsmarknads-och-socialforvaltningen');
    expect(eva?.roles).toEqual(['hr']);
    expect(eva?.organisationId).toBe('stadskontoret');
    expect(jonas?.organisationId).toBe('fritidsforvaltningen');
    expect(jonas?.roles).toEqual(['samordnare']);
    for (const member of DEMO_MEMBERS) {
      expect(member.name).toMatch(/\(demo\)$/);
      if (member.organisationId !== null) expect(orgIds.has(member.organisationId)).toBe(true);
      for (const role of member.roles) expect(ROLES).toContain(role);
    }
  });
});
