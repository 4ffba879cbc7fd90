import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Samordna } from '../../bot/src/compose';
import { loadConfig } from '../../bot/src/config';
import type { Dashboard, RoundRef } from '../../bot/src/domain/dashboard/types';
import { FIGURES_DEFINITION } from '../../bot/src/domain/figures/organisation-figures';
import type { DraftBlock } from '../../bot/src/domain/followup/report-draft';
import type { FollowUp } from '../../bot/src/domain/followup/follow-up';
import { ORGANISATION_FIGURES_HEADER } from '../../bot/src/domain/followup/summary-table';
import { DEFAULT_SCHEDULE, type Meeting } from '../../bot/src/domain/meetings/meeting';
import { roundProgress, type OrganisationProgress } from '../../bot/src/domain/meetings/progress';
import type { Clock } from '../../bot/src/domain/ports/clock.port';
import type { StorePort } from '../../bot/src/domain/ports/store.port';
import { loadDashboard } from '../../bot/src/domain/services/dashboard-service';
import { loadExportTable, loadReportDraft } from '../../bot/src/domain/services/follow-up-service';
import { importTable } from '../../bot/src/domain/services/import-service';
import type { Activity, Organisation, ReportingRound } from '../../bot/src/domain/types';
import { readTableFile } from '../../bot/src/files/table-file';
import { translator } from '../../bot/src/i18n';
import { buildMeetingsListCard } from '../../bot/src/teams/cards/meetings-list-card';
import { buildNotReportedCard } from '../../bot/src/teams/cards/not-reported-card';
import { ofType, texts } from '../helpers/card-nodes';
import { importClock, openImportStore } from '../helpers/import-store';
import { startWired } from '../helpers/compose';
import { TestClock } from '../helpers/rhythm-world';

/*
 * One set of figures (#18 item 1). For every organisation and every round — of the demo data
 * (with its year of history) and of seed 000 chapter 5 imported — Översikt's sections, the bot's
 * `möten` nudge list and not-reported card, the export's Sammanställning and the report draft
 * count the same: an organisation's own activities, the stadsövergripande ones apart.
 *
 * The expected figures are computed here from the stored rows, independently of
 * organisation-figures.ts: a change to the definition (or one view counting otherwise) fails.
 */

const FIXTURE = join(__dirname, '..', 'fixtures', 'halvtidsuppfoljning-kapitel-5.csv');
const FIRST_START = '2026-12-04T09:00:00.000Z';

interface Tally {
  total: number;
  reported: number;
  unreported: number;
}

interface Expected {
  organisation: Organisation;
  own: Tally;
  cityWide: Tally;
  /** Own activities per goal number. */
  ownPerGoal: Map<number, number>;
}

/** The definition, written out by hand: own = i samverkan + verksamhetsspecifik. */
function expectedFigures(
  organisations: readonly Organisation[],
  activities: readonly Activity[],
  reported: ReadonlySet<string>,
): Expected[] {
  const tally = (list: readonly Activity[]): Tally => {
    const done = list.filter((a) => reported.has(a.id)).length;
    return { total: list.length, reported: done, unreported: list.length - done };
  };
  return organisations.map((organisation) => {
    const theirs = activities.filter((a) => a.organisationId === organisation.id);
    const own = theirs.filter(
      (a) => a.heading === 'i-samverkan' || a.heading === 'verksamhetsspecifik',
    );
    const ownPerGoal = new Map<number, number>();
    for (const a of own) ownPerGoal.set(a.goal, (ownPerGoal.get(a.goal) ?? 0) + 1);
    return {
      organisation,
      own: tally(own),
      cityWide: tally(theirs.filter((a) => a.heading === 'stadsovergripande')),
      ownPerGoal,
    };
  });
}

/** "3 av 3 egna; 4 av 4 stadsövergripande (räknas för sig)", written out by hand. */
function leftText(e: Expected): string {
  const parts: string[] = [];
  if (e.own.total > 0) parts.push(`${e.own.unreported} av ${e.own.total} egna`);
  if (e.cityWide.total > 0)
    parts.push(
      `${e.cityWide.unreported} av ${e.cityWide.total} stadsövergripande (räknas för sig)`,
    );
  return parts.join('; ');
}

function meetingFor(round: ReportingRound): Meeting {
  return {
    id: `mote-${round.id}`,
    planId: round.planId,
    kind: 'samordningsgrupp',
    startsAt: round.closesAt,
    endsAt: round.closesAt,
    theme: round.title,
    agenda: '',
    constellation: { kind: 'all' },
    teamsLink: null,
    status: 'planned',
    roundId: round.id,
    schedule: DEFAULT_SCHEDULE,
    revision: 0,
    version: 1,
    createdAt: round.opensAt,
    updatedAt: round.opensAt,
  };
}

interface Views {
  dashboard: Dashboard & { round: RoundRef };
  progress: OrganisationProgress[];
  summary: string[][];
  followUp: FollowUp;
  blocks: DraftBlock[];
}

async function viewsOf(store: StorePort, clock: Clock, round: ReportingRound): Promise<Views> {
  const dashboard = await loadDashboard(store, clock, round.planId, { roundId: round.id });
  const exported = await loadExportTable(store, clock, round.id, undefined, round.planId);
  const draft = await loadReportDraft(store, clock, round.id, round.planId);
  if (dashboard === undefined || dashboard.round === null) throw new Error('no dashboard');
  if ('kind' in exported || exported.summary === null) throw new Error('no export');
  if ('kind' in draft) throw new Error(draft.kind);
  return {
    dashboard: { ...dashboard, round: dashboard.round },
    progress: await roundProgress(store, meetingFor(round)),
    summary: exported.summary,
    followUp: draft.followUp,
    blocks: draft.blocks,
  };
}

/** The Sammanställning's per-organisation block, by name. */
function summaryRows(summary: readonly string[][]): Map<string, string[]> {
  const header = summary.findIndex((row) => row[0] === ORGANISATION_FIGURES_HEADER[0]);
  expect(header).toBeGreaterThan(0);
  expect(summary[header]).toEqual([...ORGANISATION_FIGURES_HEADER]);
  // The definition is said in words right above the block.
  expect(summary[header - 1]).toEqual([FIGURES_DEFINITION.sv]);
  return new Map(summary.slice(header + 1).map((row) => [row[0] ?? '', row]));
}

/** Asserts that every view agrees with the hand-computed figures of one round. */
async function assertAgreement(
  store: StorePort,
  clock: Clock,
  round: ReportingRound,
): Promise<{ cityWideOrganisations: number; organisations: number }> {
  const [organisations, activities, reports] = await Promise.all([
    store.organisations.list(),
    store.activities.list({ planId: round.planId }),
    store.reports.latest({ roundId: round.id }),
  ]);
  const reported = new Set(reports.map((r) => r.activityId));
  const expected = expectedFigures(organisations, activities, reported);
  const views = await viewsOf(store, clock, round);
  const { dashboard, progress, summary, followUp, blocks } = views;
  const t = translator('sv');
  const nudge = buildMeetingsListCard({
    t,
    language: 'sv',
    overview: {
      year: 2026,
      warning: null,
      meetings: [],
      reminderKinds: [],
      current: {
        meeting: meetingFor(round),
        unreported: progress.filter((p) => p.unreported > 0),
      },
    },
    canPlan: false,
    tabUrl: null,
  });
  const nudgeFacts = new Map(
    ofType(nudge, 'FactSet')
      .flatMap((set) => set['facts'] as { title: string; value: string }[])
      .map((f) => [f.title, f.value]),
  );
  const notReportedCard = texts(
    buildNotReportedCard({
      t,
      round: dashboard.round,
      rows: dashboard.notReported,
      canRemind: false,
    }),
  );
  const sheet = summaryRows(summary);
  const draftNotReported = blocks
    .filter((b): b is Extract<DraftBlock, { text: string }> => 'text' in b)
    .map((b) => b.text)
    .find((text) => text.includes('rapporterat i omgången'));

  for (const e of expected) {
    const { id, name } = e.organisation;
    const context = `${round.id} / ${name}`;
    const has = e.own.total + e.cityWide.total > 0;
    const left = e.own.unreported + e.cityWide.unreported > 0;

    // Översikt: the heatmap row counts the own activities, per goal.
    const row = dashboard.heatmap.find((r) => r.organisationId === id);
    expect({ context, total: row?.total ?? 0 }).toEqual({ context, total: e.own.total });
    for (const cell of row?.cells ?? [])
      expect({ context, goal: cell.goal, n: cell.activities }).toEqual({
        context,
        goal: cell.goal,
        n: e.ownPerGoal.get(cell.goal) ?? 0,
      });
    // Översikt: Har inte rapporterat — own, and the stadsövergripande apart.
    const missing = dashboard.notReported.find((r) => r.organisationId === id);
    expect({
      context,
      row: missing && [missing.unreported, missing.total, missing.cityWide],
    }).toEqual({
      context,
      row: left
        ? [
            e.own.unreported,
            e.own.total,
            { unreported: e.cityWide.unreported, total: e.cityWide.total },
          ]
        : undefined,
    });
    // Översikt: Svarsfrekvens, when the round is one of the year's.
    const rate = dashboard.responseRates.rows
      .find((r) => r.organisationId === id)
      ?.perRound.find((r) => r.roundId === round.id);
    if (dashboard.responseRates.rounds.some((r) => r.id === round.id) && e.own.total > 0)
      expect({ context, rate }).toEqual({
        context,
        rate: { roundId: round.id, reported: e.own.reported, total: e.own.total },
      });
    // Översikt: Status per inriktningsmål — who has own activities under each goal.
    for (const goal of dashboard.statusByGoal) {
      const counted = [...goal.counting.forvaltningar, ...goal.counting.bolag].some(
        (o) => o.id === id,
      );
      expect({ context, goal: goal.goal, counted }).toEqual({
        context,
        goal: goal.goal,
        counted: (e.ownPerGoal.get(goal.goal) ?? 0) > 0,
      });
    }

    // The bot: möten's progress and nudge list, and the not-reported card.
    const p = progress.find((x) => x.organisationId === id);
    expect({ context, own: p?.own, cityWide: p?.cityWide }).toEqual({
      context,
      own: has ? e.own : undefined,
      cityWide: has ? e.cityWide : undefined,
    });
    expect({ context, nudge: nudgeFacts.get(name) }).toEqual({
      context,
      nudge: left ? `Kvar att rapportera: ${leftText(e)}` : undefined,
    });
    const item = notReportedCard.find((line) => line.startsWith(`${name}: `));
    expect({ context, item: item?.replace(/ kvar( \(.*\))?$/, '') }).toEqual({
      context,
      item: left ? `${name}: ${leftText(e)}` : undefined,
    });

    // The export's Sammanställning: the per-organisation block, and the per-goal counting.
    expect({ context, sheet: sheet.get(name) }).toEqual({
      context,
      sheet: has
        ? [
            name,
            String(e.own.total),
            String(e.own.reported),
            String(e.cityWide.total),
            String(e.cityWide.reported),
          ]
        : undefined,
    });

    // The draft: counted under a goal exactly when it has own activities there, and named as
    // not reporting exactly when it has activities and reported none of them.
    for (const goal of followUp.goals) {
      const counted = [...goal.forvaltningar, ...goal.bolag].some((o) => o.id === id);
      expect({ context, goal: goal.goal.number, counted }).toEqual({
        context,
        goal: goal.goal.number,
        counted: (e.ownPerGoal.get(goal.goal.number) ?? 0) > 0,
      });
    }
    const silent = has && e.own.reported + e.cityWide.reported === 0;
    expect({ context, silent: followUp.notReported.some((o) => o.id === id) }).toEqual({
      context,
      silent,
    });
    if (silent) expect(draftNotReported).toContain(name);
  }

  // Sums: Översikt's key figures and stadsövergripande row, the Sammanställning's goal rows.
  const sum = (pick: (e: Expected) => number) => expected.reduce((n, e) => n + pick(e), 0);
  expect(dashboard.keyFigures.own).toBe(sum((e) => e.own.total));
  expect(dashboard.keyFigures.stadsovergripande).toBe(sum((e) => e.cityWide.total));
  const cityWideRow = dashboard.heatmap.find((r) => r.kind === 'city-wide');
  expect(cityWideRow?.total ?? 0).toBe(sum((e) => e.cityWide.total));
  for (const [index, goal] of followUp.goals.entries()) {
    const sheetRow = summary[index + 1];
    expect(sheetRow?.[1]).toBe(String(goal.forvaltningar.length));
    expect(sheetRow?.[2]).toBe(String(goal.bolag.length));
    expect(sheetRow?.[3]).toBe(String(goal.cityWide.length));
    expect(dashboard.statusByGoal[index]?.counting.forvaltningar.length).toBe(
      goal.forvaltningar.length,
    );
  }
  return {
    cityWideOrganisations: expected.filter((e) => e.cityWide.total > 0).length,
    organisations: expected.filter((e) => e.own.total + e.cityWide.total > 0).length,
  };
}

describe('one set of figures: the demo data with its year of history (#18 item 1)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samordna-figures-agreement-'));
  const clock = new TestClock(new Date(FIRST_START));
  let server: Samordna;

  beforeAll(async () => {
    const config = loadConfig({
      PORT: '0',
      SAMORDNA_DATA_DIR: dataDir,
      SAMORDNA_TAB_DIR: join(__dirname, '..', '..', 'tab', 'dist'),
      LOG_LEVEL: 'warn',
    });
    const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
    server = await startWired(config, { clock, scheduler: false, logDestination: sink });
  }, 120_000);
  afterAll(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('agrees for every organisation in every round', async () => {
    const plans = await server.store.plans.list();
    const rounds = (await Promise.all(plans.map((p) => server.store.rounds.list(p.id)))).flat();
    // The history's past rounds and the current one.
    expect(rounds.length).toBeGreaterThanOrEqual(6);
    let withCityWide = 0;
    for (const round of rounds) {
      const seen = await assertAgreement(server.store, clock, round);
      expect(seen.organisations).toBeGreaterThan(0);
      withCityWide = Math.max(withCityWide, seen.cityWideOrganisations);
    }
    // The case the issue saw: organisations answering for stadsövergripande activities.
    expect(withCityWide).toBeGreaterThan(0);
  }, 120_000);
});

describe('one set of figures: seed 000 chapter 5 imported (#18 item 1)', () => {
  it('agrees for every organisation in every round', async () => {
    const s = await openImportStore();
    try {
      const outcome = await importTable(
        s.store,
        importClock,
        await readTableFile(readFileSync(FIXTURE)),
        { dryRun: false, importer: { userId: 'u', name: 'Samordningen' } },
      );
      expect(outcome.kind).toBe('imported');
      const plans = await s.store.plans.list();
      const rounds = (await Promise.all(plans.map((p) => s.store.rounds.list(p.id)))).flat();
      expect(rounds.length).toBeGreaterThan(0);
      for (const round of rounds) {
        const seen = await assertAgreement(s.store, importClock, round);
        expect(seen.cityWideOrganisations).toBeGreaterThan(0);
      }
    } finally {
      await s.close();
    }
  });
});

describe('the definition in words', () => {
  it('the tab says what the domain and the export say', () => {
    // The tab's texts are read as source (the tab is built apart from the server).
    const tab = (lang: string) =>
      readFileSync(join(__dirname, '..', '..', 'tab', 'src', 'i18n', `figures-${lang}.ts`), 'utf8');
    expect(tab('sv')).toContain(`'${FIGURES_DEFINITION.sv}'`);
    expect(tab('en')).toContain(`'${FIGURES_DEFINITION.en}'`);
  });
});
