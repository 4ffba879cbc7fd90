import {
  CardFactory,
  MessageFactory,
  type CloudAdapter,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import type { OutboxMessage } from '../domain/ports/outbox.port';
import type {
  ProactiveSender,
  SendOptions,
  SendOutcome,
} from '../domain/ports/proactive-sender.port';
import type { StoredConversation } from '../domain/ports/runtime-state.port';
import { parseRetryAfter } from '../rhythm/backoff';
import { markCard } from '../domain/delivery/delivery-mark';

interface HttpFailure {
  readonly statusCode?: unknown;
  readonly code?: unknown;
  readonly response?: { readonly headers?: unknown };
}

function header(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  const getter = (headers as { get?: unknown }).get;
  if (typeof getter === 'function') {
    const value: unknown = getter.call(headers, name);
    return typeof value === 'string' ? value : undefined;
  }
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** Maps a Bot Connector failure to what the dispatcher should do. */
export function classifyFailure(error: unknown, nowMs: number): SendOutcome {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as HttpFailure;
  const status = typeof failure.statusCode === 'number' ? failure.statusCode : undefined;
  if (status === undefined) {
    const code = typeof failure.code === 'string' ? failure.code : 'network';
    return { kind: 'retry', reason: `network error ${code}`, retryAfterMs: null };
  }
  const reason = `HTTP ${status}`;
  if (status === 429 || status === 412 || status >= 500) {
    const retryAfter = parseRetryAfter(header(failure.response?.headers, 'retry-after'), nowMs);
    return { kind: 'retry', reason, retryAfterMs: retryAfter };
  }
  if (status === 403 || status === 404) return { kind: 'gone', reason };
  return { kind: 'rejected', reason };
}

/** The part of @azure/core-rest-pipeline's Pipeline used here. */
interface Pipeline {
  removePolicy(options: { name: string }): unknown;
  addPolicy(
    policy: {
      name: string;
      sendRequest(request: unknown, next: (request: unknown) => Promise<unknown>): Promise<unknown>;
    },
    options?: { afterPhase?: 'Serialize' | 'Retry' | 'Sign' },
  ): void;
}

/** The request pipeline of the connector client that botbuilder made for this proactive turn. */
function pipelineOf(context: TurnContext): Pipeline | undefined {
  const key = (context.adapter as CloudAdapter).ConnectorClientKey;
  const connector: unknown = context.turnState.get(key);
  return (connector as { client?: { pipeline?: Pipeline } } | undefined)?.client?.pipeline;
}

/**
 * Tunes the turn's connector client (a new one per continueConversationAsync): removes the
 * SDK's own retry policy (it would retry 429/5xx outside our limiter and attempt count) and
 * awaits `beforeRequest` as the last step before the request goes out.
 */
async function prepare(context: TurnContext, options: SendOptions): Promise<void> {
  const pipeline = pipelineOf(context);
  if (pipeline === undefined) {
    await options.beforeRequest?.();
    return;
  }
  pipeline.removePolicy({ name: 'defaultRetryPolicy' });
  const gate = options.beforeRequest;
  if (gate === undefined) return;
  pipeline.addPolicy(
    {
      name: 'samordnaBeforeRequest',
      sendRequest: async (request, next) => {
        await gate();
        return next(request);
      },
    },
    { afterPhase: 'Sign' },
  );
}

function activityFor(message: OutboxMessage, jobKey: string) {
  const activity =
    message.card === undefined
      ? MessageFactory.text(message.text ?? '')
      : // The card carries the job's delivery mark, so a probe can find it after a cut-short send.
        MessageFactory.attachment(CardFactory.adaptiveCard(markCard(message.card, jobKey)));
  if (message.card !== undefined && message.text !== undefined) activity.text = message.text;
  if (message.summary !== undefined) activity.summary = message.summary;
  // The job key travels with the message so a duplicate is detectable downstream (the fake
  // connector counts them); Teams ignores channelData fields it does not know.
  activity.channelData = { samordnaJobKey: jobKey };
  return activity;
}

/**
 * Proactive messages through botbuilder's CloudAdapter: continueConversationAsync with the
 * stored ConversationReference (as the support announcement does), one request per message.
 */
export class TeamsProactiveSender implements ProactiveSender {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string,
  ) {}

  async send(
    conversation: StoredConversation,
    message: OutboxMessage,
    jobKey: string,
    options: SendOptions = {},
  ): Promise<SendOutcome> {
    const stored = JSON.parse(conversation.reference) as Partial<ConversationReference>;
    // A new message in the conversation, not a reply to the activity the reference came from.
    const { activityId: _activityId, ...reference } = stored;
    // The failure is caught inside the turn: an error escaping it would reach the adapter's
    // onTurnError (the Teams app's error handler), which swallows it and posts an apology to
    // the recipient, and the reminder would be booked as sent.
    const failures: unknown[] = [];
    try {
      await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
        try {
          await prepare(context, options);
          await context.sendActivity(activityFor(message, jobKey));
        } catch (error) {
          failures.push(error);
        }
      });
    } catch (error) {
      failures.push(error);
    }
    return failures.length === 0 ? { kind: 'sent' } : classifyFailure(failures[0], Date.now());
  }
}
