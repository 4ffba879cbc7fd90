import { z } from 'zod';
import { demoActivities, demoRound } from '../../../bot/src/domain/catalog';
import { friFranVald, organisations } from '../../helpers/malmo-plan';
import type { RoundItem, StatusListView } from '../../../bot/src/domain/services/status-service';
import {
  REPORT_STATUSES,
  type Activity,
  type ReportingRound,
  type ReportStatus,
  type StatusReport,
} from '../../../bot/src/domain/types';
import { translator, type Language } from '../../../bot/src/i18n';
import {
  buildActivityFormCard,
  buildActivitySavedCard,
} from '../../../bot/src/teams/cards/activity-form-card';
import {
  buildAllUnchangedConfirmCard,
  buildAllUnchangedDoneCard,
} from '../../../bot/src/teams/cards/all-unchanged-card';
import type { AdaptiveCardJson } from '../../../bot/src/teams/cards/render';
import { buildStatusFormCard } from '../../../bot/src/teams/cards/status-form-card';
import { EMPTY_OUTCOME_INPUT } from '../../../bot/src/domain/outcomes/outcome';
import {
  buildStatusListCard,
  STATUS_PAGE_SIZE,
} from '../../../bot/src/teams/cards/status-list-card';
import { buildStatusMessageCard } from '../../../bot/src/teams/cards/status-message-card';
import { buildStatusSavedCard } from '../../../bot/src/teams/cards/status-saved-card';
import {
  allUnchangedAskData,
  allUnchangedConfirmData,
  doneData,
  editActivityData,
  listData,
  openData,
  saveActivityData,
  submitData,
  unchangedData,
  VERBS,
  type Verb,
} from '../../../bot/src/teams/actions/verbs';
import { sdkIssues, validateAdaptiveCard } from '../../helpers/adaptive-card-validator';
import {
  executes,
  inputs,
  ofType,
  textBlocks,
  textRuns,
  typedNodes,
  type CardNode,
} from '../../helpers/card-nodes';

// ── Fixtures: the demo catalog ───────────────────────────────────────────────

const sv = translator('sv');
const en = translator('en');
const REQUESTER = '00000000-0000-0000-0000-0000000000a1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_CARD_BYTES = 28 * 1024;

const round: ReportingRound = {
  id: 'round-2026-03-12',
  planId: friFranVald.id,
  kind: 'mote',
  title: 'Samordningsgruppen 12 mars 2026',
  opensAt: '2026-02-26T08:00:00.000Z',
  closesAt: '2026-03-12T07:00:00.000Z',
};

const activities: Activity[] = demoActivities.map(({ activity }) => ({
  ...activity,
  planId: friFranVald.id,
  demo: true,
  version: 1,
  createdAt: '2024-01-08T08:00:00.000Z',
  updatedAt: '2024-01-08T08:00:00.000Z',
}));

const reports: StatusReport[] = demoActivities.flatMap(({ activity, report }) =>
  report === null
    ? []
    : [
        {
          id: `report-${activity.id}`,
          activityId: activity.id,
          roundId: demoRound.id,
          ...report,
          reportedByUserId: REQUESTER,
          reportedByName: 'Sara Samordnare',
          reportedAt: '2024-06-10T09:30:00.000Z',
        },
      ],
);
const latestOf = (activity: Activity): StatusReport | null =>
  reports.find((r) => r.activityId === activity.id) ?? null;

const organisation = organisations[0] ?? { id: 'org', name: 'Förvaltningen', kind: 'forvaltning' };
const activity = activities.find((a) => latestOf(a) !== null) ?? activities[0]!;
const report = latestOf(activity)!;

/** An activity with a given id, title and goal (copies of a demo activity). */
function activityLike(index: number, overrides: Partial<Activity> = {}): Activity {
  const base = activities[index % activities.length]!;
  return { ...base, id: `act-${index}`, ...overrides };
}

/** Builds the view the status service would return, grouped by the plan's goals. */
function viewOf(items: readonly RoundItem[], theRound: ReportingRound = round): StatusListView {
  const groups = friFranVald.goals
    .map((goal) => ({
      goal: goal.number,
      goalTitle: goal.title,
      items: items.filter((item) => item.activity.goal === goal.number),
    }))
    .filter((group) => group.items.length > 0);
  return {
    round: theRound,
    organisation,
    groups,
    total: items.length,
    unreported: items.filter((item) => !item.reportedInRound).length,
  };
}

/** `count` items; every third reported in the round, every second with an earlier report. */
function items(count: number, title?: (index: number) => string): RoundItem[] {
  return Array.from({ length: count }, (_, index) => {
    const a = activityLike(index, title === undefined ? {} : { title: title(index) });
    const latest: StatusReport | null =
      index % 2 === 0 ? { ...report, id: `r-${index}`, activityId: a.id } : null;
    return { activity: a, latest, reportedInRound: index % 3 === 0 };
  });
}

// ── Card walking helpers ─────────────────────────────────────────────────────

const isNode = (value: unknown): value is CardNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const withVerb = (card: unknown, verb: Verb): CardNode[] =>
  executes(card).filter((a) => a['verb'] === verb);
const titled = (card: unknown, title: string): CardNode[] =>
  executes(card).filter((a) => a['title'] === title);
const input = (card: unknown, id: string): CardNode => {
  const found = inputs(card).find((n) => n['id'] === id);
  if (found === undefined) throw new Error(`no input ${id}`);
  return found;
};
const activityIdOf = (action: CardNode): unknown => (action['data'] as CardNode)['activityId'];

/** Every string a user may see outside TextRuns (where Teams would render Markdown). */
function markdownSurfaces(card: unknown): string[] {
  const out: string[] = [];
  for (const node of typedNodes(card)) {
    if (node['type'] === 'TextBlock') out.push(String(node['text']));
    if (node['type'] === 'FactSet') {
      for (const fact of node['facts'] as CardNode[])
        out.push(String(fact['title']), String(fact['value']));
    }
    if (String(node['type']).startsWith('Action.')) out.push(String(node['title']));
  }
  return out;
}

// ── Verbs and data ──────────────────────────────────────────────────────────

const SCHEMAS: Record<Verb, z.AnyZodObject> = {
  [VERBS.list]: listData,
  [VERBS.refresh]: listData,
  [VERBS.open]: openData,
  [VERBS.next]: openData,
  [VERBS.submit]: submitData,
  [VERBS.unchanged]: unchangedData,
  [VERBS.allUnchangedAsk]: allUnchangedAskData,
  [VERBS.allUnchangedConfirm]: allUnchangedConfirmData,
  [VERBS.done]: doneData,
  [VERBS.newActivity]: z.object({}),
  [VERBS.editActivity]: editActivityData,
  [VERBS.saveActivity]: saveActivityData,
};

/** Plausible values a user enters in an input left empty (required ones must be filled). */
const PLAUSIBLE: Record<string, string> = {
  status: 'pagar',
  title: 'En ny aktivitet',
  goal: '1',
  heading: 'i-samverkan',
  direction: 'intern',
};

/**
 * Every Action.Execute (and the refresh action) uses a known verb, and its data merged with
 * the card's input values (as Teams merges them) parses with the verb's schema, using
 * exactly the schema's fields.
 */
function expectActionsParse(card: AdaptiveCardJson): void {
  const values: Record<string, string> = {};
  for (const node of inputs(card)) {
    const id = String(node['id']);
    const value = typeof node['value'] === 'string' ? node['value'] : '';
    values[id] = value === '' ? (PLAUSIBLE[id] ?? '') : value;
  }
  const verbs: readonly string[] = Object.values(VERBS);
  for (const action of executes(card)) {
    const verb = String(action['verb']);
    expect(verbs).toContain(verb);
    expect(isNode(action['data'])).toBe(true);
    const schema = SCHEMAS[verb as Verb];
    const merged = {
      ...(action['associatedInputs'] === 'none' ? {} : values),
      ...(action['data'] as CardNode),
    };
    const relevant = Object.fromEntries(
      Object.entries(merged).filter(([key]) => key in schema.shape),
    );
    const result = schema.safeParse(relevant);
    expect({ verb, data: action['data'], ok: result.success, error: result.error?.issues }).toEqual(
      {
        verb,
        data: action['data'],
        ok: true,
        error: undefined,
      },
    );
    // The static data carries no field the schema does not know (typos would be dropped silently).
    for (const key of Object.keys(action['data'] as CardNode))
      expect([verb, key in schema.shape]).toEqual([verb, true]);
  }
}

/** The checks every card must pass. */
function expectValidCard(card: AdaptiveCardJson, userText: readonly string[] = []): void {
  expect(card.type).toBe('AdaptiveCard');
  expect(card.version).toBe('1.5');
  expect(Buffer.byteLength(JSON.stringify(card), 'utf8')).toBeLessThan(MAX_CARD_BYTES);
  expect(validateAdaptiveCard(card, { userText })).toEqual([]);
  expectActionsParse(card);
}

// ── Inputs for every builder ────────────────────────────────────────────────

const EVIL =
  '**Klicka** [här](https://evil.example/login) <a href="https://evil.example">x</a> ${secret} ${$root.roundId} _x_';
const evilActivity: Activity = { ...activity, id: 'evil-1', title: `${EVIL} titel` };
const evilReport: StatusReport = {
  ...report,
  id: 'evil-report',
  activityId: evilActivity.id,
  status: 'pagar-med-avvikelse',
  done: `${EVIL} gjort`,
  next: `${EVIL} nästa`,
  reason: `${EVIL} orsak`,
  reportedByName: `${EVIL} namn`,
};

function allCards(t = sv, language: Language = 'sv'): Record<string, AdaptiveCardJson> {
  const listItems = items(20);
  listItems.unshift({
    activity: { ...evilActivity, goal: 1 },
    latest: evilReport,
    reportedInRound: false,
  });
  return {
    list: buildStatusListCard({
      t,
      language,
      view: viewOf(listItems),
      page: 0,
      requesterId: REQUESTER,
    }),
    listLast: buildStatusListCard({
      t,
      language,
      view: viewOf(listItems),
      page: 2,
      requesterId: null,
    }),
    listEmpty: buildStatusListCard({
      t,
      language,
      view: viewOf([]),
      page: 0,
      requesterId: REQUESTER,
    }),
    form: buildStatusFormCard({
      t,
      language,
      activity: evilActivity,
      round,
      values: {
        status: evilReport.status,
        done: evilReport.done,
        next: evilReport.next,
        reason: '',
        outcome: EMPTY_OUTCOME_INPUT,
      },
      baseReportId: evilReport.id,
      submissionId: crypto.randomUUID(),
      problems: [t('status.problem.reason-required')],
      conflict: evilReport,
      editing: false,
    }),
    formNew: buildStatusFormCard({
      t,
      language,
      activity,
      round,
      values: {
        status: 'ej-paborjad',
        done: '',
        next: '',
        reason: '',
        outcome: EMPTY_OUTCOME_INPUT,
      },
      baseReportId: '',
      submissionId: crypto.randomUUID(),
      problems: [],
      conflict: null,
      editing: false,
    }),
    saved: buildStatusSavedCard({
      t,
      language,
      activity: evilActivity,
      round,
      report: evilReport,
      offerNext: true,
      unchanged: false,
    }),
    savedLast: buildStatusSavedCard({
      t,
      language,
      activity,
      round,
      report,
      offerNext: false,
      unchanged: true,
    }),
    confirm: buildAllUnchangedConfirmCard({
      t,
      round,
      activities: [evilActivity, ...activities.slice(0, 5)],
      submissionId: crypto.randomUUID(),
    }),
    done: buildAllUnchangedDoneCard({
      t,
      round,
      confirmed: [evilActivity, ...activities.slice(0, 5)],
    }),
    message: buildStatusMessageCard({
      t,
      title: t('status.done.title'),
      text: t('status.done.text'),
      roundId: round.id,
    }),
    messageNoRound: buildStatusMessageCard({
      t,
      title: t('status.noRound.title'),
      text: t('status.noRound.text'),
      roundId: null,
    }),
    activityNew: buildActivityFormCard({
      t,
      language,
      plan: friFranVald,
      organisationName: organisation.name,
      activity: null,
      submissionId: crypto.randomUUID(),
      problems: [],
    }),
    activityEdit: buildActivityFormCard({
      t,
      language,
      plan: friFranVald,
      organisationName: organisation.name,
      activity: { ...evilActivity, description: `${EVIL} beskrivning`, owner: 'HR' },
      submissionId: crypto.randomUUID(),
      problems: [t('activityForm.problem.dates-reversed')],
    }),
    activitySaved: buildActivitySavedCard({
      t,
      language,
      activity: evilActivity,
      created: true,
      roundId: round.id,
    }),
    activitySavedNoRound: buildActivitySavedCard({
      t,
      language,
      activity,
      created: false,
      roundId: null,
    }),
  };
}

// ── Tests ───────────────────────────────────────────────────────────────────

describe('status cards: shape, size, schema and verbs', () => {
  for (const [language, t] of [
    ['sv', sv],
    ['en', en],
  ] as const) {
    it.each(Object.keys(allCards()))(`%s (${language}) is a valid 1.5 card under 28 KB`, (name) => {
      const card = allCards(t, language)[name]!;
      // The user text carries `${…}` on purpose; everything else must be expanded.
      expectValidCard(card, [EVIL]);
    });
  }

  it('stays under 28 KB with 8 titles of the maximum length', () => {
    const long = (index: number): string =>
      `${index} ${'Våldsförebyggande åtgärd med lång titel '.repeat(6)}`.slice(0, 200);
    const view = viewOf(items(STATUS_PAGE_SIZE, long));
    const card = buildStatusListCard({
      t: sv,
      language: 'sv',
      view,
      page: 0,
      requesterId: REQUESTER,
    });
    expect(textRuns(card).filter((text) => text.length === 200)).toHaveLength(STATUS_PAGE_SIZE);
    expectValidCard(card);
  });

  it('uses every verb of the status flow', () => {
    const used = new Set(
      Object.values(allCards()).flatMap((card) => executes(card).map((a) => a['verb'])),
    );
    for (const verb of Object.values(VERBS)) {
      if (verb === VERBS.editActivity) continue; // the tab opens the edit form
      expect([verb, used.has(verb)]).toEqual([verb, true]);
    }
  });
});

describe('buildStatusListCard', () => {
  const view = viewOf(items(20));
  const page = (n: number, requesterId: string | null = REQUESTER): AdaptiveCardJson =>
    buildStatusListCard({ t: sv, language: 'sv', view, page: n, requesterId });

  it('shows the round, the organisation and how many are reported', () => {
    const card = page(0);
    expect(textRuns(card)).toContain(`Status inför ${round.title}`);
    expect(textRuns(card)).toContain(
      `${organisation.name}: ${20 - view.unreported} av 20 aktiviteter rapporterade i omgången`,
    );
  });

  it('pages 8 activities at a time with Föregående / Nästa sida', () => {
    const first = page(0);
    expect(withVerb(first, VERBS.open)).toHaveLength(STATUS_PAGE_SIZE);
    expect(titled(first, 'Nästa sida')).toHaveLength(1);
    expect(titled(first, 'Nästa sida')[0]!['data']).toEqual({ roundId: round.id, page: 1 });
    expect(titled(first, 'Föregående')).toHaveLength(0);
    expect(textBlocks(first)).toContain('Sida 1 av 3');

    const last = page(2);
    expect(withVerb(last, VERBS.open)).toHaveLength(20 - 2 * STATUS_PAGE_SIZE);
    expect(titled(last, 'Nästa sida')).toHaveLength(0);
    expect(titled(last, 'Föregående')[0]!['data']).toEqual({ roundId: round.id, page: 1 });
    expect(textBlocks(last)).toContain('Sida 3 av 3');

    // Together the pages show every activity once, in the view's order.
    const shown = [0, 1, 2].flatMap((n) => withVerb(page(n), VERBS.open).map(activityIdOf));
    expect(shown).toEqual(view.groups.flatMap((g) => g.items.map((i) => i.activity.id)));
  });

  it('clamps a page beyond the last and shows no paging for one page', () => {
    expect(withVerb(page(99), VERBS.open)).toHaveLength(4);
    const small = buildStatusListCard({
      t: sv,
      language: 'sv',
      view: viewOf(items(3)),
      page: 0,
      requesterId: null,
    });
    expect(titled(small, 'Nästa sida')).toHaveLength(0);
    expect(textBlocks(small).some((text) => text.startsWith('Sida'))).toBe(false);
  });

  it('groups by inriktningsmål', () => {
    const headings = textBlocks(page(0)).filter((text) => text.startsWith('Inriktningsmål '));
    const goals = view.groups.map((g) => `Inriktningsmål ${g.goal}: ${g.goalTitle}`);
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) expect(goals).toContain(heading);
  });

  it('offers Oförändrat only for unreported activities with an earlier report', () => {
    const all = [0, 1, 2].map((n) => page(n));
    const expected = view.groups
      .flatMap((g) => g.items)
      .filter((item) => item.latest !== null && !item.reportedInRound)
      .map((item) => item.activity.id);
    const unchanged = all.flatMap((card) => withVerb(card, VERBS.unchanged));
    expect(unchanged.map(activityIdOf)).toEqual(expected);
    expect(unchanged.every((a) => a['title'] === 'Oförändrat')).toBe(true);
    const ids = unchanged.map((a) => (a['data'] as CardNode)['submissionId']);
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows the status label and round state as text, not only colour', () => {
    const card = page(0);
    const first = view.groups[0]!.items[0]!;
    expect(textBlocks(card)).toContain(
      `Senast: ${sv(`status.${first.latest!.status}`)} · Rapporterad i omgången`,
    );
    expect(textBlocks(card)).toContain(
      'Senast: Ingen tidigare rapport · Ej rapporterad i omgången',
    );
  });

  it('has Allt oförändrat only when some activity can be marked unchanged, and always Ny aktivitet', () => {
    expect(withVerb(page(0), VERBS.allUnchangedAsk)[0]!['data']).toEqual({ roundId: round.id });
    const done = viewOf(
      items(5).map((item) => ({
        ...item,
        reportedInRound: item.latest !== null || item.reportedInRound,
      })),
    );
    const card = buildStatusListCard({
      t: sv,
      language: 'sv',
      view: done,
      page: 0,
      requesterId: null,
    });
    expect(withVerb(card, VERBS.allUnchangedAsk)).toHaveLength(0);
    expect(withVerb(card, VERBS.unchanged)).toHaveLength(0);
    expect(withVerb(card, VERBS.newActivity)[0]!['data']).toEqual({});
  });

  it('refreshes for the requester only, and not at all without one', () => {
    const card = page(1);
    expect(card['refresh']).toEqual({
      action: { type: 'Action.Execute', verb: VERBS.refresh, data: { roundId: round.id, page: 1 } },
      userIds: [REQUESTER],
    });
    expect(page(1, null)).not.toHaveProperty('refresh');
  });
});

describe('user text is only in TextRuns, verbatim', () => {
  const cards = allCards();

  it.each(Object.keys(cards))('%s', (name) => {
    const card = cards[name]!;
    for (const surface of markdownSurfaces(card)) {
      expect(surface).not.toContain('evil.example');
      expect(surface).not.toContain('Sara Samordnare');
    }
    expect(JSON.stringify(card)).not.toContain('"${secret}"');
  });

  it('keeps the texts verbatim in TextRuns or input values', () => {
    expect(textRuns(cards['list'])).toContain(evilActivity.title);
    expect(textRuns(cards['form'])).toEqual(
      expect.arrayContaining([
        evilActivity.title,
        evilReport.done,
        evilReport.next,
        evilReport.reason,
      ]),
    );
    expect(
      textRuns(cards['form']).some((text) =>
        text.startsWith(`${evilReport.reportedByName} rapporterade`),
      ),
    ).toBe(true);
    expect(input(cards['form'], 'done')['value']).toBe(evilReport.done);
    expect(textRuns(cards['saved'])).toEqual(
      expect.arrayContaining([
        evilActivity.title,
        evilReport.done,
        evilReport.next,
        evilReport.reason,
      ]),
    );
    expect(
      textRuns(cards['saved']).some((text) =>
        text.startsWith(`Rapporterat av ${evilReport.reportedByName} `),
      ),
    ).toBe(true);
    expect(textRuns(cards['confirm'])).toContain(evilActivity.title);
    expect(textRuns(cards['done'])).toContain(evilActivity.title);
    expect(textRuns(cards['activitySaved'])).toContain(evilActivity.title);
    expect(input(cards['activityEdit'], 'title')['value']).toBe(evilActivity.title);
    expect(input(cards['activityEdit'], 'description')['value']).toBe(`${EVIL} beskrivning`);
  });
});

describe('English', () => {
  it('gives English headings and labels', () => {
    const cards = allCards(en, 'en');
    expect(textRuns(cards['list'])).toContain(`Status before ${round.title}`);
    expect(titled(cards['list'], 'Report').length).toBeGreaterThan(0);
    expect(textBlocks(cards['form'])[0]).toBe('Report status');
    expect(input(cards['form'], 'done')['label']).toBe('What has been done?');
    expect(textBlocks(cards['saved'])[0]).toBe('Saved');
    expect(textBlocks(cards['savedLast'])[0]).toBe('Marked as unchanged');
    expect(textBlocks(cards['activityNew'])[0]).toBe('New activity');
    expect(textBlocks(cards['activitySaved'])[0]).toBe('The activity is saved');
    expect(textBlocks(cards['confirm'])[0]).toBe(
      'Mark 6 activities as unchanged since the last report?',
    );
    expect(textBlocks(cards['message'])[0]).toBe('All done');
  });
});

describe('buildStatusFormCard', () => {
  const cards = allCards();

  it('has the status choices in order, prefilled, required, and the 2000-character texts', () => {
    const status = input(cards['form'], 'status');
    expect(status).toMatchObject({
      type: 'Input.ChoiceSet',
      style: 'expanded',
      isRequired: true,
      value: 'pagar-med-avvikelse',
    });
    expect(typeof status['errorMessage']).toBe('string');
    expect(status['choices']).toEqual(
      REPORT_STATUSES.map((s: ReportStatus) => ({ title: sv(`status.${s}`), value: s })),
    );
    for (const id of ['done', 'next', 'reason']) {
      expect(input(cards['form'], id)).toMatchObject({
        type: 'Input.Text',
        isMultiline: true,
        maxLength: 2000,
      });
    }
    expect(input(cards['form'], 'reason')['label']).toBe(
      'Orsak (krävs vid avvikelse eller framflyttning)',
    );
    expect(input(cards['form'], 'next')['value']).toBe(evilReport.next);
  });

  it('carries the concurrency token and the submission id', () => {
    const save = withVerb(cards['form'], VERBS.submit)[0]!;
    expect(save['title']).toBe('Spara');
    expect(save['data']).toEqual({
      activityId: evilActivity.id,
      roundId: round.id,
      baseReportId: evilReport.id,
      submissionId: expect.stringMatching(UUID),
      editing: false,
    });
    const cancel = titled(cards['form'], 'Avbryt')[0]!;
    expect(cancel).toMatchObject({ verb: VERBS.list, data: { roundId: round.id, page: 0 } });
    expect(
      submitData.parse({
        ...(save['data'] as CardNode),
        status: 'pagar',
        done: '',
        next: '',
        reason: '',
      }),
    ).toMatchObject({ status: 'pagar' });
  });

  it('marks the problems', () => {
    const containers = ofType(cards['form'], 'Container').filter((c) => c['style'] === 'attention');
    expect(containers).toHaveLength(1);
    expect(textBlocks(containers[0])).toContain(sv('status.problem.reason-required'));
    expect(
      ofType(cards['formNew'], 'Container').filter((c) => c['style'] === 'attention'),
    ).toHaveLength(0);
  });

  it('marks the conflict: who, when and what they reported', () => {
    const warning = ofType(cards['form'], 'Container').filter((c) => c['style'] === 'warning');
    expect(warning).toHaveLength(1);
    expect(textBlocks(warning[0])).toContain('Någon annan har uppdaterat aktiviteten');
    expect(textBlocks(warning[0])).toContain(
      'Dina ändringar finns kvar nedan. Spara igen för att lägga din rapport ovanpå.',
    );
    expect(textRuns(warning[0])).toEqual(
      expect.arrayContaining([
        `${evilReport.reportedByName} rapporterade 10 juni 2024`,
        'Pågår med avvikelse',
        evilReport.done,
        evilReport.next,
      ]),
    );
    expect(
      ofType(cards['formNew'], 'Container').filter((c) => c['style'] === 'warning'),
    ).toHaveLength(0);
  });
});

describe('buildStatusSavedCard', () => {
  const cards = allCards();

  it('shows what was saved and offers the next activity', () => {
    expect(textBlocks(cards['saved'])[0]).toBe('Sparat');
    expect(textBlocks(cards['saved'])).toEqual(
      expect.arrayContaining(['Vad har gjorts?', 'Nästa steg', 'Orsak']),
    );
    expect(textRuns(cards['saved'])).toContain('Pågår med avvikelse');
    // The server finds the next unreported activity after this one when the button is pressed.
    expect(titled(cards['saved'], 'Nästa aktivitet')[0]!['verb']).toBe('status.next');
    expect(titled(cards['saved'], 'Nästa aktivitet')[0]!['data']).toEqual({
      activityId: 'evil-1',
      roundId: round.id,
    });
    expect(withVerb(cards['saved'], VERBS.done)[0]).toMatchObject({
      title: 'Klar',
      data: { roundId: round.id },
    });
    expect(titled(cards['saved'], 'Tillbaka till listan')[0]!['data']).toEqual({
      roundId: round.id,
      page: 0,
    });
  });

  it('marks an unchanged copy and has no next activity at the end', () => {
    expect(textBlocks(cards['savedLast'])[0]).toBe('Markerad som oförändrad');
    expect(withVerb(cards['savedLast'], VERBS.open)).toHaveLength(0);
    if (report.reason === '') expect(textBlocks(cards['savedLast'])).not.toContain('Orsak');
  });

  it('says it is saved and will sync when SharePoint has not confirmed it yet', () => {
    const card = buildStatusSavedCard({
      t: sv,
      language: 'sv',
      activity,
      round,
      report,
      offerNext: true,
      unchanged: false,
      syncPending: true,
    });
    expect(textBlocks(card)[0]).toBe('Sparad – synkas till SharePoint');
    expect(titled(card, 'Nästa aktivitet')).toHaveLength(1);
  });
});

describe('all unchanged', () => {
  const cards = allCards();

  it('asks with the count and lists the titles', () => {
    expect(textBlocks(cards['confirm'])[0]).toBe(
      'Markera 6 aktiviteter som oförändrade sedan förra rapporten?',
    );
    const confirm = withVerb(cards['confirm'], VERBS.allUnchangedConfirm)[0]!;
    expect(confirm).toMatchObject({
      title: 'Ja, allt oförändrat',
      data: { roundId: round.id, submissionId: expect.stringMatching(UUID) },
    });
    expect(titled(cards['confirm'], 'Avbryt')[0]).toMatchObject({ verb: VERBS.list });
    const one = buildAllUnchangedConfirmCard({
      t: sv,
      round,
      activities: [activity],
      submissionId: crypto.randomUUID(),
    });
    expect(textBlocks(one)[0]).toBe('Markera 1 aktivitet som oförändrad sedan förra rapporten?');
  });

  it('confirms what was marked', () => {
    expect(textBlocks(cards['done'])[0]).toBe('6 aktiviteter markerade som oförändrade');
    expect(executes(cards['done']).map((a) => a['title'])).toEqual(['Tillbaka till listan']);
  });

  it('stays small for many activities', () => {
    const many = Array.from({ length: 120 }, (_, i) => activityLike(i, { title: 'x'.repeat(200) }));
    const card = buildAllUnchangedConfirmCard({
      t: sv,
      round,
      activities: many,
      submissionId: crypto.randomUUID(),
    });
    expectValidCard(card);
    expect(textBlocks(card)).toContain('…och 80 till.');
  });
});

describe('buildStatusMessageCard', () => {
  it('shows the message and a way back only with a round', () => {
    const cards = allCards();
    expect(textRuns(cards['message'])).toEqual(['Tack! Dina rapporter är sparade.']);
    expect(withVerb(cards['message'], VERBS.list)).toHaveLength(1);
    expect(executes(cards['messageNoRound'])).toHaveLength(0);
  });
});

describe('activity cards', () => {
  const cards = allCards();

  it('has every field of saveActivityData as an input with a label', () => {
    const ids = inputs(cards['activityNew'])
      .map((n) => n['id'])
      .sort();
    const fromData = ['activityId', 'version', 'submissionId'];
    expect(ids).toEqual(
      Object.keys(saveActivityData.shape)
        .filter((k) => !fromData.includes(k))
        .sort(),
    );
    expect(textBlocks(cards['activityNew'])[0]).toBe('Ny aktivitet');
    expect(textBlocks(cards['activityEdit'])[0]).toBe('Redigera aktivitet');
  });

  it('offers the plan catalog as choices', () => {
    const card = cards['activityNew'];
    expect(input(card, 'goal')['choices']).toEqual(
      friFranVald.goals.map((g) => ({
        title: `${g.number} – ${g.title}`,
        value: String(g.number),
      })),
    );
    const strategies = input(card, 'strategyId')['choices'] as CardNode[];
    // Adaptive Card choices need a non-empty value; 'ingen' is parsed back to no strategy.
    expect(strategies[0]).toEqual({ title: 'Ingen särskild strategi', value: 'ingen' });
    expect(strategies).toHaveLength(1 + friFranVald.goals.flatMap((g) => g.strategies).length);
    expect(strategies[1]!['title']).toMatch(/^M1: /);
    expect(input(card, 'heading')).toMatchObject({ style: 'expanded' });
    for (const id of ['focusAreaIds', 'perspectiveIds', 'targetGroupIds']) {
      expect(input(card, id)).toMatchObject({ isMultiSelect: true, style: 'compact' });
    }
    expect((input(card, 'preventionLevel')['choices'] as CardNode[])[0]).toEqual({
      title: 'Ingen angiven',
      value: 'ingen',
    });
    expect(input(card, 'direction')['choices']).toEqual([
      { title: 'Intern (medarbetare)', value: 'intern' },
      { title: 'Riktad till malmöbor', value: 'malmobor' },
    ]);
    expect(input(card, 'startDate')['type']).toBe('Input.Date');
    expect(withVerb(card, VERBS.saveActivity)[0]!['data']).toEqual({
      activityId: '',
      version: 0,
      submissionId: expect.stringMatching(UUID),
    });
    // Avbryt says it is cancelled, so the answer never claims anything was saved.
    expect(withVerb(card, VERBS.done)[0]).toMatchObject({
      title: 'Avbryt',
      data: { cancelled: true },
    });
  });

  it('prefills an edited activity', () => {
    const edited = { ...evilActivity, description: `${EVIL} beskrivning`, owner: 'HR' };
    const card = cards['activityEdit'];
    expect(input(card, 'goal')['value']).toBe(String(edited.goal));
    expect(input(card, 'strategyId')['value']).toBe(edited.strategyId ?? '');
    expect(input(card, 'focusAreaIds')['value']).toBe(edited.focusAreaIds.join(','));
    expect(input(card, 'direction')['value']).toBe(edited.direction);
    expect(input(card, 'startDate')['value']).toBe(edited.startDate ?? '');
    expect(withVerb(card, VERBS.saveActivity)[0]!['data']).toMatchObject({
      activityId: edited.id,
      version: edited.version,
    });
    const problems = ofType(card, 'Container').filter((c) => c['style'] === 'attention');
    expect(textBlocks(problems[0])).toContain(sv('activityForm.problem.dates-reversed'));
    const parsed = saveActivityData.parse({
      ...(withVerb(card, VERBS.saveActivity)[0]!['data'] as CardNode),
      ...Object.fromEntries(inputs(card).map((n) => [n['id'], n['value']])),
    });
    expect(parsed.focusAreaIds).toEqual(edited.focusAreaIds);
  });

  it('confirms a saved activity with a shortcut to report', () => {
    expect(textBlocks(cards['activitySaved'])[0]).toBe('Aktiviteten är sparad');
    expect(withVerb(cards['activitySaved'], VERBS.open)[0]).toMatchObject({
      title: 'Rapportera status',
      data: { activityId: evilActivity.id, roundId: round.id },
    });
    expect(withVerb(cards['activitySaved'], VERBS.list)).toHaveLength(1);
    expect(withVerb(cards['activitySavedNoRound'], VERBS.open)).toHaveLength(0);
    expect(withVerb(cards['activitySavedNoRound'], VERBS.done)).toHaveLength(1);
  });
});

describe('the Adaptive Cards SDK check (test helper)', () => {
  it('reports unknown and post-1.5 types, invalid values and duplicate ids', () => {
    const issues = sdkIssues({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'Carousel', pages: [] },
        { type: 'TextBlock', text: 'a', size: 'Huge' },
        { type: 'Input.Text', id: 'x', label: 'X' },
        { type: 'Input.Text', id: 'x', label: 'Y' },
      ],
      actions: [{ type: 'Action.Bogus', title: 'B' }],
    });
    expect(issues).toHaveLength(4);
  });
});

describe('validateAdaptiveCard (test helper)', () => {
  it('finds what Teams would trip over', () => {
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: '${title}' },
        { type: 'Input.Text', id: 'a' },
        { type: 'Input.Text', id: 'a', label: 'A' },
        { type: 'Input.ChoiceSet', id: 'c', label: 'C', choices: [{ title: 'x', value: 1 }] },
        { type: 'Markdown', text: 'x' },
      ],
      actions: [{ type: 'Action.Execute', title: 'Go', data: {} }],
    };
    const problems = validateAdaptiveCard(card);
    expect(problems.filter((p) => p.startsWith('sdk: ')).sort()).toEqual([
      'sdk: All choices in an Input.ChoiceSet must have their title and value properties set.',
      'sdk: Duplicate Id "a".',
      'sdk: Unknown element type "Markdown". Fallback will be used if present.',
    ]);
    expect(problems.filter((p) => !p.startsWith('sdk: '))).toEqual([
      '$.body[0].text: unexpanded template expression "${title}"',
      '$.body[1]: input without label',
      '$.body[2]: duplicate id "a"',
      '$.body[3].choices[0]: choice needs string title and value',
      '$.body[4]: unknown type "Markdown"',
      '$.actions[0]: Action.Execute without verb',
    ]);
  });
});
