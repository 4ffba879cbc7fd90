/**
 * The dispatcher and the delivery probe (decision 0015): a job whose previous send was cut short
 * (its claim expired after markSending) is looked for before it is sent again. On SQLite runtime
 * state with a scripted sender, a scripted probe and a fake clock.
 */
import type { Clock } from '../../../bot/src/domain/ports/clock.port';
import type { DeliveryProbe, ProbeResult } from '../../../bot/src/domain/ports/delivery-probe.port';
import type { OutboxJobInput, OutboxMessage } from '../../../bot/src/domain/ports/outbox.port';
import type { ProactiveSender } from '../../../bot/src/domain/ports/proactive-sender.port';
import { createLogger } from '../../../bot/src/logging';
import { Dispatcher } from '../../../bot/src/rhythm/dispatcher';
import { SlidingWindowLimiter } from '../../../bot/src/rhythm/rate-limiter';
import { SqliteRuntimeState } from '../../../bot/src/runtime/sqlite/sqlite-runtime-state';
import { personalConversation } from '../../helpers/delivery-rig';

const T0 = Date.parse('2026-11-23T08:00:00.000Z');
const KEY = 'm1:open:u1';
const CARD: OutboxMessage = {
  card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Hej' }] },
};
const CLAIM_MS = 60_000;

const job = (message: OutboxMessage = CARD): OutboxJobInput => ({
  key: KEY,
  groupKey: 'm1',
  kind: 'round-open',
  recipient: { kind: 'user', userId: 'u1' },
  message,
  dueAt: new Date(T0).toISOString(),
  expiresAt: new Date(T0 + 86_400_000).toISOString(),
});

function scriptedProbe(answer: ProbeResult | Error) {
  const calls: { conversationId: string; jobKey: string; since: string }[] = [];
  const probe: DeliveryProbe = {
    async wasDelivered(conversation, jobKey, since) {
      calls.push({ conversationId: conversation.conversationId, jobKey, since });
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return { probe, calls };
}

async function setUp(answer: ProbeResult | Error) {
  const runtime = SqliteRuntimeState.open(':memory:');
  const clock: Clock & { t: number } = { t: T0, now: () => new Date(clock.t) };
  await runtime.conversations.save(
    personalConversation('u1', 'http://connector/', clock.now().toISOString()),
  );
  const sent: string[] = [];
  const sender: ProactiveSender = {
    async send(_conversation, _message, jobKey) {
      sent.push(jobKey);
      return { kind: 'sent' };
    },
  };
  const { probe, calls } = scriptedProbe(answer);
  const dispatcher = new Dispatcher({
    runtime,
    sender,
    probe,
    clock,
    logger: createLogger('silent'),
    owner: 'survivor',
    claimMs: CLAIM_MS,
    limiter: new SlidingWindowLimiter({ time: { now: () => clock.t, sleep: async () => {} } }),
  });
  return { runtime, clock, dispatcher, sent, calls };
}

/** Another instance claims the job and dies after markSending, one second in. */
async function interruptedBy(
  runtime: SqliteRuntimeState,
  clock: Clock & { t: number },
): Promise<string> {
  await runtime.outbox.claimDue('dead', clock.now().toISOString(), CLAIM_MS, 10);
  clock.t += 1_000;
  const startedAt = clock.now().toISOString();
  await runtime.outbox.markSending?.('m1:open:u1', 'dead', startedAt);
  clock.t += CLAIM_MS;
  return startedAt;
}

describe('dispatcher with a delivery probe', () => {
  it('books an interrupted send that landed as sent, without a second message', async () => {
    const { runtime, clock, dispatcher, sent, calls } = await setUp('delivered');
    await runtime.outbox.enqueue(job(), new Date(T0).toISOString());
    const startedAt = await interruptedBy(runtime, clock);
    expect(await dispatcher.runOnce()).toMatchObject({ claimed: 1, reconciled: 1, sent: 0 });
    expect(sent).toEqual([]);
    expect(calls).toEqual([{ conversationId: 'a:personal-u1', jobKey: KEY, since: startedAt }]);
    expect(await runtime.outbox.get(KEY)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it.each<[string, ProbeResult | Error]>([
    ['not-delivered', 'not-delivered'],
    ['unknown', 'unknown'],
    ['with an error', new Error('Graph 403 Forbidden')],
  ])('sends an interrupted job again when the probe answers %s', async (_label, answer) => {
    const { runtime, clock, dispatcher, sent, calls } = await setUp(answer);
    await runtime.outbox.enqueue(job(), new Date(T0).toISOString());
    await interruptedBy(runtime, clock);
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 1, reconciled: 0 });
    expect(calls).toHaveLength(1);
    expect(sent).toEqual([KEY]);
    expect((await runtime.outbox.get(KEY))?.status).toBe('sent');
  });

  it('never asks about a job that was not interrupted', async () => {
    const { runtime, dispatcher, sent, calls } = await setUp('delivered');
    await runtime.outbox.enqueue(job(), new Date(T0).toISOString());
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 1 });
    expect(calls).toEqual([]);
    expect(sent).toEqual([KEY]);
  });

  it('does not ask about a text-only message (it carries no delivery mark) and resends it', async () => {
    const { runtime, clock, dispatcher, sent, calls } = await setUp('delivered');
    await runtime.outbox.enqueue(job({ text: 'Hej' }), new Date(T0).toISOString());
    await interruptedBy(runtime, clock);
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 1 });
    expect(calls).toEqual([]);
    expect(sent).toEqual([KEY]);
  });

  it('books a landed send even when that attempt was the last one allowed, or the meeting has begun', async () => {
    const { runtime, clock, dispatcher, sent } = await setUp('delivered');
    await runtime.outbox.enqueue(job(CARD), new Date(T0).toISOString());
    // Five failed attempts, then a sixth cut short: the claim reaches the cap (6 attempts).
    for (let i = 0; i < 5; i++) {
      await runtime.outbox.claimDue('dead', clock.now().toISOString(), CLAIM_MS, 1);
      await runtime.outbox.markRetry(
        KEY,
        'dead',
        clock.now().toISOString(),
        'HTTP 502',
        clock.now().toISOString(),
      );
    }
    await interruptedBy(runtime, clock);
    clock.t += 86_400_000;
    expect(await dispatcher.runOnce()).toMatchObject({ reconciled: 1, failed: 0, expired: 0 });
    expect(sent).toEqual([]);
    expect(await runtime.outbox.get(KEY)).toMatchObject({ status: 'sent', attempts: 6 });
  });
});
