/**
 * The report card's outcome fields (issue 19 item 3) and its edit wording (issue 18 item 7):
 * the builders, and the submit edge keeping the form as typed when a rule refuses it.
 */
import { randomUUID } from 'node:crypto';
import { demoActivities, demoRound, DEMO_MEMBERS } from '../../../bot/src/domain/catalog';
import { EMPTY_OUTCOME_INPUT } from '../../../bot/src/domain/outcomes/outcome';
import type { RoundItem, StatusListView } from '../../../bot/src/domain/services/status-service';
import type { Activity, ReportingRound, StatusReport } from '../../../bot/src/domain/types';
import { translator } from '../../../bot/src/i18n';
import { onSubmit } from '../../../bot/src/teams/actions/status-actions';
import { submitData, VERBS } from '../../../bot/src/teams/actions/verbs';
import { buildStatusFormCard } from '../../../bot/src/teams/cards/status-form-card';
import { buildStatusListCard } from '../../../bot/src/teams/cards/status-list-card';
import { buildStatusSavedCard } from '../../../bot/src/teams/cards/status-saved-card';
import { SqliteStore } from '../../../bot/src/store/sqlite/sqlite-store';
import { validateAdaptiveCard } from '../../helpers/adaptive-card-validator';
import { executes, inputs, textBlocks, textRuns, type CardNode } from '../../helpers/card-nodes';
import { openDemoStore } from '../../helpers/demo-store';
import { friFranVald, organisations } from '../../helpers/malmo-plan';

const sv = translator('sv');
const SP = 'https://malmostad.sharepoint.com/sites/samordna/utvardering.docx';
const round: ReportingRound = { ...demoRound, planId: friFranVald.id };
const activity: Activity = {
  ...demoActivities[0]!.activity,
  planId: friFranVald.id,
  demo: true,
  version: 1,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
};
const report: StatusReport = {
  id: 'rep-1',
  activityId: activity.id,
  roundId: round.id,
  status: 'genomford',
  done: 'Utbildningen är genomförd.',
  next: '',
  reason: '',
  reportedByUserId: 'u1',
  reportedByName: 'Sara',
  reportedAt: '2024-06-01T10:00:00.000Z',
  outcome: {
    result: 'Alla förvaltningar deltog.',
    reached: 120,
    target: 150,
    unit: 'chefer utbildade',
    links: [SP],
  },
};

const inputById = (card: unknown, id: string): CardNode => {
  const found = inputs(card).find((i) => i['id'] === id);
  if (found === undefined) throw new Error(`no input ${id}`);
  return found;
};

function form(editing: boolean, problems: string[] = []) {
  return buildStatusFormCard({
    t: sv,
    language: 'sv',
    activity,
    round,
    values: {
      status: 'genomford',
      done: '',
      next: '',
      reason: '',
      outcome: { ...EMPTY_OUTCOME_INPUT, reached: 'etthundra', links: 'www.example.com' },
    },
    baseReportId: editing ? report.id : '',
    submissionId: randomUUID(),
    problems,
    conflict: null,
    editing,
  });
}

describe('the report form card', () => {
  it('asks what came of the activity: result, reached, target, what, links, as typed', () => {
    const card = form(false);
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(textBlocks(card)).toContain('Om aktiviteten är genomförd');
    const expected: [string, string, string][] = [
      ['outcomeResult', 'Vad blev resultatet?', ''],
      ['outcomeReached', 'Antal uppnådda (t.ex. 120)', 'etthundra'],
      ['outcomeTarget', 'Av hur många (t.ex. 150)', ''],
      ['outcomeUnit', 'Vad räknas (t.ex. chefer utbildade)', ''],
      [
        'outcomeLinks',
        'Länkar till underlag i SharePoint eller OneDrive, en per rad',
        'www.example.com',
      ],
    ];
    for (const [id, label, value] of expected) {
      // Text inputs, so a non-number comes back to the server and gets a Swedish message.
      expect(inputById(card, id)).toMatchObject({ type: 'Input.Text', label });
      expect(inputById(card, id)['value'] ?? '').toBe(value);
    }
    // What the card submits is what the edge parses.
    const save = executes(card, VERBS.submit)[0]!;
    expect(
      submitData.parse({
        ...(save['data'] as CardNode),
        status: 'genomford',
        outcomeResult: 'Bra',
        outcomeReached: '120',
        outcomeLinks: SP,
      }),
    ).toMatchObject({ outcomeResult: 'Bra', outcomeReached: '120', outcomeLinks: SP });
  });

  it('says "Rapportera status" and "Spara" for a first report, and nothing about editing', () => {
    const card = form(false);
    expect(textBlocks(card)[0]).toBe('Rapportera status');
    expect(executes(card, VERBS.submit)[0]?.['title']).toBe('Spara');
    expect(textBlocks(card)).not.toContain(sv('status.form.editing'));
  });

  it('says it edits the round’s report, and its button reads "Ändra rapport"', () => {
    const card = form(true);
    expect(textBlocks(card)[0]).toBe('Ändra rapport');
    expect(executes(card, VERBS.submit)[0]).toMatchObject({
      title: 'Ändra rapport',
      data: { baseReportId: report.id, editing: true },
    });
    expect(textBlocks(card)).toContain(
      'Aktiviteten är redan rapporterad i omgången. Det du sparar ersätter den rapporten i historiken; den tidigare finns kvar i loggen.',
    );
  });
});

describe('the status list card', () => {
  it('offers "Ändra rapport" on an activity reported in the round, "Rapportera" on the others', () => {
    const other: Activity = { ...activity, id: 'act-2', title: 'Annan aktivitet' };
    const items: RoundItem[] = [
      { activity, latest: report, reportedInRound: true },
      { activity: other, latest: null, reportedInRound: false },
    ];
    const view: StatusListView = {
      round,
      organisation: organisations[0]!,
      groups: [{ goal: activity.goal, goalTitle: 'Mål', items }],
      total: 2,
      unreported: 1,
    };
    const card = buildStatusListCard({ t: sv, language: 'sv', view, page: 0, requesterId: null });
    const open = executes(card, VERBS.open);
    expect(open.map((a) => [(a['data'] as CardNode)['activityId'], a['title']])).toEqual([
      [activity.id, 'Ändra rapport'],
      ['act-2', 'Rapportera'],
    ]);
  });
});

describe('the saved card', () => {
  it('shows the outcome and its links as text, and says when the report was changed', () => {
    const card = buildStatusSavedCard({
      t: sv,
      language: 'sv',
      activity,
      round,
      report,
      offerNext: true,
      unchanged: false,
      edited: true,
    });
    expect(validateAdaptiveCard(card, { userText: [report.outcome!.result] })).toEqual([]);
    expect(textBlocks(card)[0]).toBe('Rapporten är ändrad');
    expect(textBlocks(card)).toEqual(expect.arrayContaining(['Resultat', 'Underlag']));
    expect(textRuns(card)).toEqual(
      expect.arrayContaining(['Alla förvaltningar deltog (120 av 150 chefer utbildade)', SP]),
    );
    const first = buildStatusSavedCard({
      t: sv,
      language: 'sv',
      activity,
      round,
      report: { ...report, outcome: undefined },
      offerNext: true,
      unchanged: false,
    });
    expect(textBlocks(first)[0]).toBe('Sparat');
    expect(textBlocks(first)).not.toContain('Resultat');
  });
});

describe('submitting the card', () => {
  const clock = { now: () => new Date('2024-06-03T08:00:00.000Z') };
  const omar = DEMO_MEMBERS.find((m) => m.roles.includes('samordning'))!;
  const activityId = demoActivities.find((d) => d.report === null)!.activity.id;
  const turn = {
    userId: omar.userId,
    language: 'sv' as const,
    t: sv,
    conversationType: 'personal',
    correlationId: 'test',
  };
  let store: SqliteStore;

  beforeEach(async () => {
    store = await openDemoStore(clock);
  });
  afterEach(() => store.close());

  const data = (o: Record<string, unknown>) => ({
    activityId,
    roundId: demoRound.id,
    baseReportId: '',
    submissionId: randomUUID(),
    status: 'genomford',
    done: 'Klart',
    next: '',
    reason: '',
    ...o,
  });

  it.each([
    [
      'a malformed link',
      { outcomeResult: 'Bra', outcomeLinks: 'http://malmostad.sharepoint.com/x' },
      'status.problem.outcome-link' as const,
      ['outcomeLinks', 'http://malmostad.sharepoint.com/x'],
    ],
    [
      'a non-number',
      { outcomeResult: 'Bra', outcomeReached: '120 st', outcomeTarget: '150' },
      'status.problem.outcome-reached' as const,
      ['outcomeReached', '120 st'],
    ],
  ])(
    'refuses %s in the card with a Swedish message, the form kept as typed, nothing stored',
    async (_, typed, message, [id, value]) => {
      const answer = await onSubmit({ store, clock }, { turn, senderId: null, data: data(typed) });
      if (answer.kind !== 'card') throw new Error(answer.kind);
      expect(textBlocks(answer.card)).toContain(sv(message, { hosts: '…sharepoint.com' }));
      expect(inputById(answer.card, id!)['value']).toBe(value);
      expect(inputById(answer.card, 'outcomeResult')['value']).toBe('Bra');
      expect(await store.reports.history(activityId)).toEqual([]);
    },
  );

  it('refuses a link outside the configured hosts, naming them, in Swedish and English', async () => {
    const evidenceHosts = ['malmostad.sharepoint.com', 'malmostad-my.sharepoint.com'];
    const other = 'https://annanstad.sharepoint.com/sites/x/rapport.docx';
    for (const [language, t] of [
      ['sv', sv],
      ['en', translator('en')],
    ] as const) {
      const answer = await onSubmit(
        { store, clock, evidenceHosts },
        {
          turn: { ...turn, language, t },
          senderId: null,
          data: data({ outcomeResult: 'Bra', outcomeLinks: other }),
        },
      );
      if (answer.kind !== 'card') throw new Error(answer.kind);
      const refusal = textBlocks(answer.card).find((b) => b.includes('sharepoint.com'));
      expect(refusal).toBe(
        t('status.problem.outcome-link', {
          hosts: 'malmostad.sharepoint.com, malmostad-my.sharepoint.com',
        }),
      );
      expect(refusal).toContain('malmostad.sharepoint.com, malmostad-my.sharepoint.com');
      expect(inputById(answer.card, 'outcomeLinks')['value']).toBe(other);
    }
    expect(await store.reports.history(activityId)).toEqual([]);
    // The city's own link is accepted under the same configuration.
    const own = await onSubmit(
      { store, clock, evidenceHosts },
      { turn, senderId: null, data: data({ outcomeResult: 'Bra', outcomeLinks: SP }) },
    );
    expect(own.kind).toBe('card');
    expect(await store.reports.history(activityId)).toHaveLength(1);
  });

  it('saves a Genomförd report with its outcome; the second save in the round is an edit', async () => {
    const first = await onSubmit(
      { store, clock },
      {
        turn,
        senderId: null,
        data: data({ outcomeResult: 'Bra', outcomeReached: '1 200', outcomeLinks: SP }),
      },
    );
    if (first.kind !== 'card') throw new Error(first.kind);
    expect(textBlocks(first.card)[0]).toBe('Sparat');
    const [saved] = await store.reports.history(activityId);
    expect(saved?.outcome).toEqual({
      result: 'Bra',
      reached: 1200,
      target: null,
      unit: '',
      links: [SP],
    });
    const again = await onSubmit(
      { store, clock },
      {
        turn,
        senderId: null,
        data: data({ baseReportId: saved!.id, done: 'Ändrat', editing: true }),
      },
    );
    if (again.kind !== 'card') throw new Error(again.kind);
    expect(textBlocks(again.card)[0]).toBe('Rapporten är ändrad');
    expect(await store.reports.history(activityId)).toHaveLength(2);
  });
});
