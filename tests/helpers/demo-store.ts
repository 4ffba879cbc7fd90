import { demoActivities, demoRound, DEMO_MEMBERS } from '../../bot/src/domain/catalog';
import type { Clock } from '../../bot/src/domain/ports/clock.port';
import { seedStore } from '../../bot/src/domain/services/seed';
import { SqliteStore } from '../../bot/src/store/sqlite/sqlite-store';
import { friFranVald, organisations } from './malmo-plan';

/** An in-memory store with the 2022–2026 plan, its organisations and the demo activities, members and round. */
export async function openDemoStore(clock: Clock): Promise<SqliteStore> {
  const store = SqliteStore.open(':memory:');
  await seedStore(store, clock, {
    plan: friFranVald,
    organisations,
    demo: { activities: demoActivities, members: DEMO_MEMBERS, round: demoRound },
  });
  return store;
}
