/**
 * The dispatcher's decisions, on SQLite runtime state with a scripted sender and a fake clock:
 * unreachable recipients, expiry, the outcome of each kind of answer, the attempt cap, a job
 * withdrawn after it was claimed, and graceful stop giving unstarted jobs back.
 */
import type { Clock } from '../../../bot/src/domain/ports/clock.port';
import { LeaseLostError, type OutboxJobInput } from '../../../bot/src/domain/ports/outbox.port';
import type {
  ProactiveSender,
  SendOutcome,
} from '../../../bot/src/domain/ports/proactive-sender.port';
import { createLogger } from '../../../bot/src/logging';
import { DEFAULT_BACKOFF } from '../../../bot/src/rhythm/backoff';
import { deliverJob } from '../../../bot/src/rhythm/deliver-job';
import { Dispatcher } from '../../../bot/src/rhythm/dispatcher';
import { SlidingWindowLimiter } from '../../../bot/src/rhythm/rate-limiter';
import { SqliteRuntimeState } from '../../../bot/src/runtime/sqlite/sqlite-runtime-state';
import { personalConversation } from '../../helpers/delivery-rig';

const T0 = Date.parse('2026-11-23T08:00:00.000Z');

function fakeClock(): Clock & { t: number } {
  const clock = { t: T0, now: () => new Date(clock.t) };
  return clock;
}

const job = (userId: string, overrides: Partial<OutboxJobInput> = {}): OutboxJobInput => ({
  key: `m1:open:${userId}`,
  groupKey: 'm1',
  kind: 'round-open',
  recipient: { kind: 'user', userId },
  message: { text: 'Hej' },
  dueAt: new Date(T0).toISOString(),
  expiresAt: new Date(T0 + 86_400_000).toISOString(),
  ...overrides,
});

/** A sender answering from a script per user (default: sent), recording every call. */
function scriptedSender(script: Record<string, SendOutcome[]> = {}) {
  const calls: string[] = [];
  const sender: ProactiveSender = {
    async send(conversation, _message, jobKey, options) {
      await options?.beforeRequest?.();
      calls.push(jobKey);
      const userId = conversation.userId ?? '';
      return script[userId]?.shift() ?? { kind: 'sent' };
    },
  };
  return { sender, calls };
}

async function setUp(script: Record<string, SendOutcome[]> = {}, users = ['u1']) {
  const runtime = SqliteRuntimeState.open(':memory:');
  const clock = fakeClock();
  for (const u of users)
    await runtime.conversations.save(
      personalConversation(u, 'http://connector/', clock.now().toISOString()),
    );
  const { sender, calls } = scriptedSender(script);
  const dispatcher = new Dispatcher({
    runtime,
    sender,
    clock,
    logger: createLogger('silent'),
    owner: 'me',
    random: () => 0.5,
    limiter: new SlidingWindowLimiter({
      time: {
        now: () => clock.t,
        sleep: async (ms) => {
          clock.t += ms;
        },
      },
    }),
  });
  return { runtime, clock, dispatcher, calls };
}

describe('outbox dispatcher', () => {
  it('sends a due job once and marks it sent', async () => {
    const { runtime, dispatcher, calls } = await setUp();
    await runtime.outbox.enqueue(job('u1'), new Date(T0).toISOString());
    expect(await dispatcher.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(await dispatcher.runOnce()).toMatchObject({ claimed: 0 });
    expect(calls).toEqual(['m1:open:u1']);
    expect((await runtime.outbox.get('m1:open:u1'))?.status).toBe('sent');
  });

  it('marks a user without a personal conversation unreachable, sending nothing', async () => {
    const { runtime, dispatcher, calls } = await setUp();
    await runtime.outbox.enqueue(job('stranger'), new Date(T0).toISOString());
    expect(await dispatcher.runOnce()).toMatchObject({ unreachable: 1 });
    expect(calls).toEqual([]);
    expect((await runtime.outbox.get('m1:open:stranger'))?.status).toBe('unreachable');
  });

  it('ends a job past expiresAt without sending (the meeting has passed)', async () => {
    const { runtime, dispatcher, calls, clock } = await setUp();
    await runtime.outbox.enqueue(
      job('u1', { expiresAt: new Date(T0 + 1000).toISOString() }),
      new Date(T0).toISOString(),
    );
    clock.t = T0 + 5_000;
    expect(await dispatcher.runOnce()).toMatchObject({ expired: 1 });
    expect(calls).toEqual([]);
    expect((await runtime.outbox.get('m1:open:u1'))?.status).toBe('expired');
  });

  it('retries a 429 no earlier than Retry-After, then sends', async () => {
    const { runtime, dispatcher, clock, calls } = await setUp({
      u1: [{ kind: 'retry', reason: 'HTTP 429', retryAfterMs: 30_000 }],
    });
    await runtime.outbox.enqueue(job('u1'), new Date(T0).toISOString());
    expect(await dispatcher.runOnce()).toMatchObject({ retry: 1 });
    const waiting = await runtime.outbox.get('m1:open:u1');
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 429' });
    expect(Date.parse(waiting?.nextAttemptAt ?? '') - clock.t).toBeGreaterThanOrEqual(30_000);
    expect(await dispatcher.runOnce()).toMatchObject({ claimed: 0 });
    clock.t += 30_000;
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 1 });
    expect(calls).toHaveLength(2);
  });

  it('gives up after the bounded attempts and marks the job failed', async () => {
    const failure: SendOutcome = { kind: 'retry', reason: 'HTTP 502', retryAfterMs: null };
    const { runtime, dispatcher, clock, calls } = await setUp({ u1: Array(6).fill(failure) });
    await runtime.outbox.enqueue(job('u1'), new Date(T0).toISOString());
    for (let i = 0; i < 10; i++) {
      await dispatcher.runOnce();
      clock.t += 10 * 60_000;
    }
    expect(calls).toHaveLength(6);
    expect(await runtime.outbox.get('m1:open:u1')).toMatchObject({ status: 'failed', attempts: 5 });
    await runtime.outbox.retry('m1:open:u1', clock.now().toISOString());
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 1 });
  });

  it('marks 403/404 unreachable and other refusals failed, at once', async () => {
    const { runtime, dispatcher } = await setUp(
      {
        u1: [{ kind: 'gone', reason: 'HTTP 403' }],
        u2: [{ kind: 'rejected', reason: 'HTTP 400' }],
      },
      ['u1', 'u2'],
    );
    await runtime.outbox.enqueue(job('u1'), new Date(T0).toISOString());
    await runtime.outbox.enqueue(job('u2'), new Date(T0).toISOString());
    expect(await dispatcher.runOnce()).toMatchObject({ unreachable: 1, failed: 1 });
    expect((await runtime.outbox.get('m1:open:u1'))?.status).toBe('unreachable');
    expect((await runtime.outbox.get('m1:open:u2'))?.status).toBe('failed');
  });

  it('sends nothing for a job withdrawn after it was claimed', async () => {
    const { runtime, clock } = await setUp();
    const { sender, calls } = scriptedSender();
    await runtime.outbox.enqueue(job('u1'), new Date(T0).toISOString());
    const [claimed] = await runtime.outbox.claimDue('me', clock.now().toISOString(), 60_000, 1);
    if (claimed === undefined) throw new Error('nothing claimed');
    await runtime.outbox.withdraw('m1', clock.now().toISOString());
    const deps = {
      outbox: runtime.outbox,
      conversations: runtime.conversations,
      sender,
      limiter: new SlidingWindowLimiter(),
      clock,
      owner: 'me',
      backoff: DEFAULT_BACKOFF,
      random: () => 0.5,
    };
    await expect(deliverJob(deps, claimed)).rejects.toBeInstanceOf(LeaseLostError);
    expect(calls).toEqual([]);
    expect((await runtime.outbox.get('m1:open:u1'))?.status).toBe('withdrawn');
  });

  it('stops gracefully: the loop ends, the lease is free for another instance', async () => {
    const { runtime, dispatcher, clock } = await setUp();
    await runtime.outbox.enqueue(job('u1'), new Date(T0).toISOString());
    const done = new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        void runtime.outbox.get('m1:open:u1').then((j) => {
          if (j?.status === 'sent') {
            clearInterval(poll);
            resolve();
          }
        });
      }, 5);
    });
    dispatcher.start();
    await done;
    await dispatcher.stop();
    expect(
      await runtime.leases.acquire('outbox-dispatcher', 'other', clock.now().toISOString(), 1_000),
    ).toBe(true);
  });
});
