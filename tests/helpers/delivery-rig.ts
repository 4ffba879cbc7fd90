/**
 * Shared set-up for delivery tests and the fan-out bench: personal conversations whose
 * references point at a fake Bot Connector, one outbox job per recipient, and a dispatcher
 * that sends through the real Teams proactive sender (botbuilder's CloudAdapter).
 */
import type { Clock } from '../../bot/src/domain/ports/clock.port';
import type {
  RuntimeStatePort,
  StoredConversation,
} from '../../bot/src/domain/ports/runtime-state.port';
import type { Logger } from '../../bot/src/logging';
import { Dispatcher, type DispatcherOptions } from '../../bot/src/rhythm/dispatcher';
import { createAdapter } from '../../bot/src/teams/adapter';
import { TeamsProactiveSender } from '../../bot/src/teams/proactive-sender';

export const TENANT = '00000000-0000-0000-0000-00000000aaaa';

export const recipientId = (i: number): string => `user-${String(i).padStart(5, '0')}`;

export function personalConversation(
  userId: string,
  serviceUrl: string,
  updatedAt: string,
): StoredConversation {
  const conversationId = `a:personal-${userId}`;
  return {
    conversationId,
    conversationType: 'personal',
    userId,
    tenantId: TENANT,
    serviceUrl,
    updatedAt,
    reference: JSON.stringify({
      channelId: 'msteams',
      serviceUrl,
      bot: { id: '28:bot', name: 'Samordna' },
      user: { id: `29:${userId}`, aadObjectId: userId },
      conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT },
      activityId: 'install-activity',
    }),
  };
}

/** Saves `count` personal conversations and enqueues one round-open job per recipient; returns the job keys. */
export async function seedRound(
  runtime: RuntimeStatePort,
  serviceUrl: string,
  count: number,
  now: string,
  groupKey = 'meeting-bench',
): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const userId = recipientId(i);
    await runtime.conversations.save(personalConversation(userId, serviceUrl, now));
    const key = `${groupKey}:round-open:${userId}`;
    await runtime.outbox.enqueue(
      {
        key,
        groupKey,
        kind: 'round-open',
        recipient: { kind: 'user', userId },
        message: {
          // A card, as every reminder is (the delivery mark travels in it).
          card: {
            type: 'AdaptiveCard',
            version: '1.5',
            body: [{ type: 'TextBlock', text: 'Rapporteringen har öppnat.', wrap: true }],
          },
          summary: 'Dags att rapportera',
        },
        dueAt: now,
        expiresAt: null,
      },
      now,
    );
    keys.push(key);
  }
  return keys;
}

/** A dispatcher sending through the real TeamsProactiveSender (no bot credentials: local mode). */
export function teamsDispatcher(
  runtime: RuntimeStatePort,
  clock: Clock,
  logger: Logger,
  options: Partial<DispatcherOptions> = {},
): Dispatcher {
  const sender = new TeamsProactiveSender(createAdapter({ kind: 'none' }), '');
  return new Dispatcher({ runtime, sender, clock, logger, ...options });
}
