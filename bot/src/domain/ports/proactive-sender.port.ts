import type { OutboxMessage } from './outbox.port';
import type { StoredConversation } from './runtime-state.port';

/**
 * What became of one proactive message:
 * - sent: the channel accepted it;
 * - retry: worth trying again later (throttled 429, 412, 502/504 and other 5xx, network
 *   errors); `retryAfterMs` is the channel's Retry-After, never to be undercut;
 * - gone: the conversation no longer takes messages from the app (403/404, e.g. uninstalled);
 * - rejected: any other refusal; trying again would not help.
 * `reason` is short and technical (for operators); never show it to users.
 */
export type SendOutcome =
  | { readonly kind: 'sent' }
  | { readonly kind: 'retry'; readonly reason: string; readonly retryAfterMs: number | null }
  | { readonly kind: 'gone'; readonly reason: string }
  | { readonly kind: 'rejected'; readonly reason: string };

export interface SendOptions {
  /**
   * Awaited immediately before the request leaves for the network (the rate limiter's slot),
   * so the limiter counts departures as closely as possible to the channel's arrivals.
   * A sender that cannot hook that late awaits it before sending.
   */
  readonly beforeRequest?: () => Promise<void>;
}

/** Sends one pre-rendered message into a stored conversation (Teams: the Bot Connector). */
export interface ProactiveSender {
  /**
   * Sends `message` once (no retries of its own: the dispatcher decides), tagged with the
   * outbox job key so a duplicate is detectable downstream. Never throws for a refusal.
   */
  send(
    conversation: StoredConversation,
    message: OutboxMessage,
    jobKey: string,
    options?: SendOptions,
  ): Promise<SendOutcome>;
}
