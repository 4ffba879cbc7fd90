/**
 * Status submit latency: an `adaptiveCard/action` invoke (Action.Execute 'status.submit')
 * through restify + CloudAdapter + Teams AI to the SQLite store, answered with the saved
 * card in the HTTP response, vs. the echo handler on the same adapter setup.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { DEMO_SAMORDNING, cardAction } from '../helpers/activities';
import type { BotClient } from '../helpers/bot-client';
import { newActivity } from '../helpers/fixtures';
import type { TestServer } from '../helpers/server';
import type { Benchmark, BenchOutcome } from './benchmark';
import type { RequestFn } from './stats';
import { runVersusEcho } from './versus-echo';

const CASE = 'status submit';
const ECHO_TEXT = 'status';
const PLAN_ID = 'fri-fran-vald-2022-2026';
/** Activities per synthetic organisation: a real handlingsplan holds tens of activities. */
const ACTIVITIES_PER_ORGANISATION = 60;
const CARD = 'application/vnd.microsoft.card.adaptive';
const DONE_TEXT = 'Bench';
/** The issue's target: p95 at c=50 no more than this many times the echo baseline's. */
const TARGET_P95_RATIO = 3;
const TARGET_CONCURRENCY = 50;

/** Request counts per concurrency level, tuned to keep this benchmark under ~40 s on 2 cores. */
const LEVELS = [
  { concurrency: 1, warmup: 50, requests: 300, rounds: 4 },
  { concurrency: 20, warmup: 200, requests: 2000, rounds: 4 },
  { concurrency: TARGET_CONCURRENCY, warmup: 300, requests: 3000, rounds: 4 },
] as const;

/** Every submit needs an activity without reports (`baseReportId: ''`), warmups included. */
const ACTIVITIES_NEEDED = LEVELS.reduce((sum, level) => sum + level.warmup + level.requests, 0);

/**
 * Creates `count` fresh activities in the demo plan, 60 per synthetic organisation (so each
 * organisation's handlingsplan has a realistic size), and returns their ids, in order.
 */
export async function createActivities(
  server: Pick<TestServer, 'store'>,
  count: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const organisationId = `bench-org-${Math.floor(i / ACTIVITIES_PER_ORGANISATION)}`;
    if (i % ACTIVITIES_PER_ORGANISATION === 0) {
      await server.store.organisations.upsert({
        id: organisationId,
        name: `Benchförvaltning ${organisationId}`,
        kind: 'forvaltning',
      });
    }
    const activity = await server.store.activities.create(
      newActivity({
        id: `bench-activity-${i}`,
        planId: PLAN_ID,
        organisationId,
        goal: (i % 6) + 1,
        title: `Benchaktivitet ${i}`,
      }),
    );
    ids.push(activity.id);
  }
  return ids;
}

/** True if a TextBlock or TextRun anywhere in the card has exactly `text`. */
function hasText(node: unknown, text: string): boolean {
  if (Array.isArray(node)) return node.some((child) => hasText(child, text));
  if (typeof node !== 'object' || node === null) return false;
  const record = node as Record<string, unknown>;
  if ((record.type === 'TextBlock' || record.type === 'TextRun') && record.text === text)
    return true;
  return Object.values(record).some((child) => typeof child === 'object' && hasText(child, text));
}

/** One submit per call, each on the next unused activity; throws unless the saved card comes back. */
function submitRequest(
  client: BotClient,
  roundId: string,
  activityIds: readonly string[],
): RequestFn {
  let next = 0;
  return async () => {
    const activityId = activityIds[next++];
    if (activityId === undefined) throw new Error('ran out of fresh activities');
    const response = await client.send(
      cardAction(
        'status.submit',
        {
          activityId,
          roundId,
          baseReportId: '',
          submissionId: randomUUID(),
          status: 'pagar',
          done: DONE_TEXT,
          next: '',
          reason: '',
        },
        { userId: DEMO_SAMORDNING },
      ),
    );
    if (response.status !== 200)
      throw new Error(`status ${response.status}: ${response.body.slice(0, 200)}`);
    let body: { statusCode?: unknown; type?: unknown; value?: unknown };
    try {
      body = JSON.parse(response.body) as typeof body;
    } catch {
      throw new Error(`invoke response is not JSON: ${response.body.slice(0, 200)}`);
    }
    if (body.statusCode !== 200 || body.type !== CARD) {
      throw new Error(
        `invoke answered ${String(body.statusCode)} ${String(body.type)}: ${response.body.slice(0, 200)}`,
      );
    }
    if (!hasText(body.value, DONE_TEXT)) {
      throw new Error(`not the saved card (no '${DONE_TEXT}'): ${response.body.slice(0, 200)}`);
    }
  };
}

export const statusSubmitBenchmark: Benchmark = {
  name: 'status-submit',
  description:
    "Status submit (Action.Execute 'status.submit' invoke → SQLite, saved card in the invoke response) on the real server vs. an echo handler on the same adapter",
  async run(): Promise<BenchOutcome> {
    let setupMs: number | undefined;
    const { rows, derived, errorSamples, serverErrors } = await runVersusEcho({
      benchmark: this.name,
      caseName: CASE,
      echoText: ECHO_TEXT,
      levels: LEVELS,
      prepare: async (samordna, client) => {
        const rounds = await samordna.store.rounds.list(PLAN_ID);
        const open = rounds.find((r) => r.id.startsWith('demo-runda-'));
        if (open === undefined) throw new Error(`no open demo round in ${PLAN_ID}`);
        const setupStarted = performance.now();
        const activityIds = await createActivities(samordna, ACTIVITIES_NEEDED);
        setupMs = performance.now() - setupStarted;
        return submitRequest(client, open.id, activityIds);
      },
    });
    const ratio = derived[`p95 ratio (${CASE} / echo) @ c=${TARGET_CONCURRENCY}`] ?? Number.NaN;
    const met = ratio <= TARGET_P95_RATIO;
    derived[`target met (p95 ratio @ c=${TARGET_CONCURRENCY} <= ${TARGET_P95_RATIO})`] = met
      ? 1
      : 0;
    return {
      rows,
      derived,
      notes: [
        met
          ? `Target met: p95 @ c=${TARGET_CONCURRENCY} is ${ratio.toFixed(2)}× the echo baseline (target ≤ ${TARGET_P95_RATIO}×).`
          : `Target NOT met: p95 @ c=${TARGET_CONCURRENCY} is ${ratio.toFixed(2)}× the echo baseline (target ≤ ${TARGET_P95_RATIO}×).`,
        `Each submit reports on a fresh activity (${ACTIVITIES_NEEDED} created beforehand, ${ACTIVITIES_PER_ORGANISATION} per synthetic organisation, in ${((setupMs ?? Number.NaN) / 1000).toFixed(1)} s) as the Samordning demo user, so every request stores a new report; the reports table grows by that many rows during the run.`,
        `Client and both servers share one Node process and event loop; rounds alternate between the handlers (A B, B A, ...) after a per-handler warmup.${serverErrors > 0 ? ` The server logged ${serverErrors} error lines.` : ''}`,
      ],
      errorSamples: errorSamples.slice(0, 5),
    };
  },
};
