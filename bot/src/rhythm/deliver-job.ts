import type { Clock } from '../domain/ports/clock.port';
import type { DeliveryProbe, ProbeResult } from '../domain/ports/delivery-probe.port';
import type { Logger } from '../logging';
import type { OutboxJob, OutboxStore } from '../domain/ports/outbox.port';
import type { ProactiveSender, SendOutcome } from '../domain/ports/proactive-sender.port';
import type { ConversationStore, StoredConversation } from '../domain/ports/runtime-state.port';
import { attemptsExhausted, retryDelayMs, type BackoffPolicy } from './backoff';
import type { SlidingWindowLimiter } from './rate-limiter';

/** What the dispatcher did with one claimed job. */
export type Delivery =
  | 'sent'
  | 'retry'
  | 'failed'
  | 'unreachable'
  | 'expired'
  | 'lost'
  /** An interrupted send that the probe found delivered: booked as sent, not sent again. */
  | 'reconciled';

export interface DeliveryDeps {
  readonly outbox: OutboxStore;
  readonly conversations: ConversationStore;
  readonly sender: ProactiveSender;
  readonly limiter: SlidingWindowLimiter;
  readonly clock: Clock;
  readonly owner: string;
  readonly backoff: BackoffPolicy;
  readonly random: () => number;
  /** Asks whether an interrupted send landed before it is sent again; none: always resend. */
  readonly probe?: DeliveryProbe;
  readonly logger?: Pick<Logger, 'info' | 'warn'>;
}

const iso = (clock: Clock): string => clock.now().toISOString();

async function recipientConversation(
  deps: DeliveryDeps,
  job: OutboxJob,
): Promise<StoredConversation | undefined> {
  return job.recipient.kind === 'user'
    ? deps.conversations.findPersonal(job.recipient.userId)
    : deps.conversations.get(job.recipient.conversationId);
}

const expired = (job: OutboxJob, now: string): boolean =>
  job.expiresAt !== null && job.expiresAt !== undefined && job.expiresAt <= now;

/** Thrown before the network when our claim would run out before the send could be booked. */
export class ClaimExpiringError extends Error {
  constructor(readonly key: string) {
    super(`Claim on ${key} too close to expiry to send`);
    this.name = 'ClaimExpiringError';
  }
}

async function send(
  deps: DeliveryDeps,
  job: OutboxJob,
  conversation: StoredConversation,
  sendBy: number,
): Promise<SendOutcome> {
  try {
    return await deps.sender.send(conversation, job.message, job.key, {
      // The limiter's slot is taken as late as possible: right before the request leaves.
      // A send must not outlive our claim (another instance could take the job and send it
      // too), so past `sendBy` the request never leaves.
      beforeRequest: async () => {
        await deps.limiter.acquire(conversation.conversationId);
        if (deps.clock.now().getTime() > sendBy) throw new ClaimExpiringError(job.key);
      },
    });
  } catch (error) {
    // A sender should not throw; if it does, treat it like a network error.
    return { kind: 'retry', reason: `sender threw: ${String(error)}`, retryAfterMs: null };
  }
}

/** Books an outcome on the job; a failed attempt is retried later or, past the cap, failed. */
async function settle(deps: DeliveryDeps, job: OutboxJob, outcome: SendOutcome): Promise<Delivery> {
  const { outbox, owner } = deps;
  const now = iso(deps.clock);
  switch (outcome.kind) {
    case 'sent':
      await outbox.markSent(job.key, owner, now);
      return 'sent';
    case 'gone':
      await outbox.markFinal(job.key, owner, 'unreachable', outcome.reason, now);
      return 'unreachable';
    case 'rejected':
      await outbox.markFinal(job.key, owner, 'failed', outcome.reason, now);
      return 'failed';
    case 'retry': {
      const failed = job.attempts + 1;
      if (attemptsExhausted(failed, deps.backoff)) {
        await outbox.markFinal(
          job.key,
          owner,
          'failed',
          `gave up after ${failed} attempts: ${outcome.reason}`,
          now,
        );
        return 'failed';
      }
      const delay = retryDelayMs(failed, deps.backoff, deps.random, outcome.retryAfterMs);
      const next = new Date(deps.clock.now().getTime() + delay).toISOString();
      await outbox.markRetry(job.key, owner, next, outcome.reason, now);
      return 'retry';
    }
  }
}

/**
 * Delivers one claimed job: books a cut-short send that the probe finds delivered
 * ('reconciled'), ends the job if expired or out of attempts or without a conversation
 * ('unreachable'), else marks the send as started, sends once (the sender waits for the rate
 * limiter right before the request, and gives up before the network past `sendBy`, the last
 * safe instant of our claim, in epoch ms) and books the outcome. A lost claim (another instance
 * took over, or the job was withdrawn meanwhile) is 'lost' and nothing more is done with it here.
 */
export async function deliverJob(
  deps: DeliveryDeps,
  job: OutboxJob,
  sendBy = Number.POSITIVE_INFINITY,
): Promise<Delivery> {
  const { outbox, owner } = deps;
  const conversation = await recipientConversation(deps, job);
  // First settle a send that was cut short: if it landed, the job is done, whatever its
  // attempts or expiry say now.
  if (
    conversation !== undefined &&
    (await interruptedSendLanded(deps, job, conversation)) === 'delivered'
  ) {
    await outbox.markSent(job.key, owner, iso(deps.clock));
    return 'reconciled';
  }
  if (expired(job, iso(deps.clock))) {
    await outbox.markFinal(job.key, owner, 'expired', 'not sent before expiresAt', iso(deps.clock));
    return 'expired';
  }
  if (attemptsExhausted(job.attempts, deps.backoff)) {
    await outbox.markFinal(
      job.key,
      owner,
      'failed',
      job.lastError ?? 'no attempts left',
      iso(deps.clock),
    );
    return 'failed';
  }
  if (conversation === undefined) {
    await outbox.markFinal(
      job.key,
      owner,
      'unreachable',
      'no conversation with the bot (app not installed)',
      iso(deps.clock),
    );
    return 'unreachable';
  }
  await outbox.markSending?.(job.key, owner, iso(deps.clock));
  return settle(deps, job, await send(deps, job, conversation, sendBy));
}

/**
 * For a job whose previous send was cut short (interruptedAt), asks the probe whether that
 * message reached the conversation. Only card messages carry the delivery mark; a probe that
 * fails counts as 'unknown', and 'unknown' means the message is sent again (at-least-once for
 * that one message, never lost).
 */
async function interruptedSendLanded(
  deps: DeliveryDeps,
  job: OutboxJob,
  conversation: StoredConversation,
): Promise<ProbeResult | null> {
  if (job.interruptedAt === null || deps.probe === undefined) return null;
  let result: ProbeResult = 'unknown';
  if (job.message.card !== undefined) {
    try {
      result = await deps.probe.wasDelivered(conversation, job.key, job.interruptedAt);
    } catch (error) {
      deps.logger?.warn(
        { event: 'delivery-probe-error', key: job.key, err: error },
        'probe failed',
      );
    }
  }
  const log = result === 'unknown' ? deps.logger?.warn : deps.logger?.info;
  log?.call(deps.logger, { event: 'delivery-probe', key: job.key, result }, 'interrupted send');
  return result;
}
