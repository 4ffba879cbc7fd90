import type { StoredConversation } from './runtime-state.port';

/**
 * What a probe learned about one interrupted send: the message is in the conversation, it is
 * not, or the probe cannot tell (no permission, not supported for this conversation, the
 * service failed).
 */
export type ProbeResult = 'delivered' | 'not-delivered' | 'unknown';

/**
 * Looks into a conversation for a proactive message whose send was cut short (the instance that
 * sent it died, or its claim expired, between the request and booking the answer). The Bot
 * Connector has no idempotency key, so before such a job is sent again the dispatcher asks
 * whether the first attempt landed: 'delivered' books it as sent without a second message,
 * 'not-delivered' sends it, 'unknown' sends it too (at-least-once for that one message).
 *
 * Messages are recognised by the delivery marker derived from the outbox job key
 * (domain/delivery/delivery-mark.ts), which the sender puts into every card. A probe reads only the
 * bot's own messages and stores nothing it reads.
 */
export interface DeliveryProbe {
  /**
   * Whether the message of job `jobKey` reached `conversation` at or after `since` (the instant
   * the interrupted send started, ISO-8601 UTC).
   */
  wasDelivered(
    conversation: StoredConversation,
    jobKey: string,
    since: string,
  ): Promise<ProbeResult>;
}
