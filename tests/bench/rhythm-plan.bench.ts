import { performance } from 'node:perf_hooks';
import { planMeeting } from '../../bot/src/domain/meetings/meeting-service';
import { tick } from '../../bot/src/rhythm/scheduler';
import { MEETING_INPUT, rhythmWorld, USERS } from '../helpers/rhythm-world';
import type { Benchmark, BenchOutcome } from './benchmark';

const RECIPIENTS = 1000;
const ORGANISATIONS = ['fritid', 'kultur', 'skola'];

/**
 * Planning one round-open fan-out: the scheduler tick expands a meeting's open step into one
 * pre-rendered outbox job (an Adaptive Card) per samordnare. Measures the tick for 1,000
 * recipients on SQLite with the in-memory outbox, and that re-ticking plans nothing twice.
 * Sending is the dispatcher's benchmark.
 */
export const rhythmPlanBenchmark: Benchmark = {
  name: 'rhythm-plan',
  description: `scheduler tick planning a round-open reminder for ${RECIPIENTS} recipients`,
  async run(): Promise<BenchOutcome> {
    const world = await rhythmWorld();
    try {
      for (let i = 0; i < RECIPIENTS - 3; i += 1) {
        await world.store.members.upsert({
          userId: `bench-user-${i}`,
          name: `Samordnare ${i}`,
          organisationId: ORGANISATIONS[i % ORGANISATIONS.length] ?? 'fritid',
          roles: ['samordnare'],
        });
      }
      const result = await planMeeting(world.meetingDeps, USERS.samordning, MEETING_INPUT);
      if (result.kind !== 'saved') throw new Error(`meeting not planned: ${result.kind}`);
      const started = performance.now();
      const first = await tick(world.scheduler(), new Date('2026-11-25T08:00:00.000Z'));
      const planMs = performance.now() - started;
      await tick(world.scheduler('another-instance'), new Date('2026-11-25T08:01:00.000Z'));
      const jobs = await world.outbox.list();
      const keys = new Set(jobs.map((j) => j.key));
      return {
        rows: [],
        derived: {
          'recipients planned': first.expansions[0]?.jobs ?? 0,
          'tick ms (1,000 recipients)': planMs,
          'jobs planned per second': ((first.expansions[0]?.jobs ?? 0) / planMs) * 1000,
          'duplicates after a second instance ticks (target 0)': jobs.length - keys.size,
          'jobs stored (target 1,000)': jobs.length,
        },
        notes: ['Cards are rendered at planning time; the dispatcher only sends.'],
        errorSamples: [],
      };
    } finally {
      await world.close();
    }
  },
};
