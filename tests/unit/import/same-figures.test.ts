import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_MEMBERS, demoActivities, demoRound } from '../../../bot/src/domain/catalog';
import { friFranVald, organisations } from '../../helpers/malmo-plan';
import type { Dashboard } from '../../../bot/src/domain/dashboard/types';
import { countingSentence, type FollowUp } from '../../../bot/src/domain/followup/follow-up';
import type { StorePort } from '../../../bot/src/domain/ports/store.port';
import { loadDashboard } from '../../../bot/src/domain/services/dashboard-service';
import {
  loadExportTable,
  loadReportDraft,
} from '../../../bot/src/domain/services/follow-up-service';
import { importTable } from '../../../bot/src/domain/services/import-service';
import { seedStore } from '../../../bot/src/domain/services/seed';
import { readTableFile } from '../../../bot/src/files/table-file';
import { SqliteStore } from '../../../bot/src/store/sqlite/sqlite-store';
import { importClock, openImportStore } from '../../helpers/import-store';

/*
 * Issue 7: "The same figures appear in the tab's Översikt and the export." On the chapter-5
 * dataset (imported) and on the demo data (seeded), the dashboard's counting per inriktningsmål
 * and its coverage gaps equal the follow-up's (the report draft) and the export's Sammanställning.
 */
const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'halvtidsuppfoljning-kapitel-5.csv');

interface Figures {
  readonly dashboard: Dashboard;
  readonly followUp: FollowUp;
  readonly summary: string[][];
}

async function figuresOf(store: StorePort): Promise<Figures> {
  const dashboard = await loadDashboard(store, importClock, undefined, {});
  const draft = await loadReportDraft(store, importClock);
  const exported = await loadExportTable(store, importClock);
  if (dashboard === undefined || 'kind' in draft || 'kind' in exported) throw new Error('no data');
  if (exported.summary === null) throw new Error('no summary');
  return { dashboard, followUp: draft.followUp, summary: exported.summary };
}

async function importedChapter5(): Promise<{ figures: Figures; close: () => Promise<void> }> {
  const s = await openImportStore();
  const table = await readTableFile(readFileSync(FIXTURE));
  const outcome = await importTable(s.store, importClock, table, {
    dryRun: false,
    importer: { userId: 'u', name: 'Samordningen' },
  });
  expect(outcome.kind).toBe('imported');
  return { figures: await figuresOf(s.store), close: () => s.close() };
}

async function seededDemo(): Promise<{ figures: Figures; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'samordna-figures-'));
  const store = SqliteStore.open(join(dir, 'samordna.sqlite'));
  await seedStore(store, importClock, {
    plan: friFranVald,
    organisations,
    demo: { activities: demoActivities, members: DEMO_MEMBERS, round: demoRound },
  });
  return {
    figures: await figuresOf(store),
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The follow-up's own counting sentences (seeds/000, 5.1.2 … 5.6.1; "samt" written "och"). */
const CHAPTER_5_SENTENCES = [
  'Åtta förvaltningar har aktiviteter under inriktningsmålet.',
  'Fem förvaltningar och MKB Fastighets AB har aktiviteter under inriktningsmålet.',
  'Nio förvaltningar och MKB Fastighets AB har aktiviteter under inriktningsmålet.',
  'Åtta förvaltningar har aktiviteter under inriktningsmålet.',
  'Sex förvaltningar har aktiviteter under inriktningsmålet.',
  'Sex förvaltningar och MKB Fastighets AB har aktiviteter under inriktningsmålet.',
];

const names = (list: readonly { name: string }[]) => list.map((o) => o.name);

describe.each([
  ['the chapter-5 dataset, imported', importedChapter5],
  ['the demo data, seeded', seededDemo],
])('Översikt and the export carry the same figures: %s', (_name, open) => {
  let figures: Figures;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ figures, close } = await open());
  });
  afterAll(async () => close());

  test('per inriktningsmål: the same organisations and the same counting sentence', () => {
    const { dashboard, followUp, summary } = figures;
    expect(dashboard.statusByGoal.map((g) => g.goal)).toEqual(
      followUp.goals.map((g) => g.goal.number),
    );
    for (const [index, goal] of dashboard.statusByGoal.entries()) {
      const follow = followUp.goals[index];
      const row = summary[index + 1];
      if (follow === undefined || row === undefined) throw new Error(`goal ${goal.goal} missing`);
      expect(names(goal.counting.forvaltningar)).toEqual(names(follow.forvaltningar));
      expect(names(goal.counting.bolag)).toEqual(names(follow.bolag));
      expect(goal.counting.text).toBe(countingSentence(follow.forvaltningar.length, follow.bolag));
      // The Sammanställning sheet: förvaltningar, bolag, …, the report's sentence.
      expect([row[1], row[2], row[6]]).toEqual([
        String(goal.counting.forvaltningar.length),
        String(goal.counting.bolag.length),
        goal.counting.text,
      ]);
    }
  });

  test('the chapter-5 counting is the follow-up’s own, word for word', () => {
    // Both datasets transcribe the same chapter, so both count as the follow-up does.
    expect(figures.dashboard.statusByGoal.map((g) => g.counting.text)).toEqual(CHAPTER_5_SENTENCES);
  });

  test('the same coverage gaps, dimension by dimension', () => {
    const { dashboard, followUp, summary } = figures;
    const gapIds = (dimension: string) =>
      dashboard.coverage.gaps.filter((g) => g.dimension === dimension).map((g) => g.id);
    expect(gapIds('focusArea')).toEqual(followUp.gaps.focusAreas.map((e) => e.id));
    expect(gapIds('perspective')).toEqual(followUp.gaps.perspectives.map((e) => e.id));
    expect(gapIds('targetGroup')).toEqual(followUp.gaps.targetGroups.map((e) => e.id));
    expect(dashboard.coverage.gaps.length).toBeGreaterThan(0);

    const sheet = (label: string) => summary.find((row) => row[0] === label)?.[1];
    const uncovered = (entries: readonly { name: string; activities: number }[]) =>
      names(entries.filter((e) => e.activities === 0)).join('; ');
    expect(sheet('Fokusområden')).toBe(uncovered(dashboard.coverage.focusAreas));
    expect(sheet('Perspektiv')).toBe(uncovered(dashboard.coverage.perspectives));
    expect(sheet('Målgrupper')).toBe(uncovered(dashboard.coverage.targetGroups));
    expect(sheet('Målgrupper')).toContain('Hbtq-personer');
  });
});
