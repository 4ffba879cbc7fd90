/** Import batches of numbered activities and reports, for the batch contract and its crash child. */
import { friFranVald, organisations } from './malmo-plan';
import type { ImportBatch } from '../../bot/src/domain/ports/import-batch.port';
import type { StorePort } from '../../bot/src/domain/ports/store.port';
import { seedStore } from '../../bot/src/domain/services/seed';
import type { ReportingRound, StatusReport } from '../../bot/src/domain/types';
import { newActivity, type NewActivity } from './fixtures';

const clock = { now: () => new Date('2024-06-03T09:00:00.000Z') };
export const ROUND: ReportingRound = {
  id: 'round-1',
  planId: friFranVald.id,
  kind: 'mote',
  title: 'Runda 1',
  opensAt: '2024-01-01T00:00:00.000Z',
  closesAt: '2030-01-01T00:00:00.000Z',
};

export const activity = (i: number, overrides: Partial<NewActivity> = {}): NewActivity =>
  newActivity({
    id: `imp-${String(i)}`,
    planId: friFranVald.id,
    organisationId: 'miljoforvaltningen',
    title: `Aktivitet ${String(i)}`,
    ...overrides,
  });

export const report = (i: number, overrides: Partial<StatusReport> = {}): StatusReport => ({
  id: `imp-r-${String(i)}`,
  activityId: `imp-${String(i)}`,
  roundId: ROUND.id,
  status: 'pagar',
  done: `Gjort ${String(i)}`,
  next: '',
  reason: '',
  reportedByUserId: 'import',
  reportedByName: 'Import',
  reportedAt: '2024-05-02T10:00:00.000Z',
  ...overrides,
});

export function batchOf(from: number, to: number): ImportBatch {
  const ids = Array.from({ length: to - from }, (_, k) => from + k);
  return {
    creates: ids.map((i) => activity(i)),
    updates: [],
    reports: ids.map((i) => ({ report: report(i), idempotencyKey: `import:${String(i)}` })),
  };
}

/** The plan, the organisations and ROUND. */
export async function seeded(store: StorePort): Promise<StorePort> {
  await seedStore(store, clock, { plan: friFranVald, organisations, demo: null });
  await store.rounds.upsert(ROUND);
  return store;
}
