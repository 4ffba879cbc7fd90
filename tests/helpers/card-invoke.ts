import { cardAction, postInvoke, type ActivityOptions, type InvokeBody } from './activities';
import { executes } from './card-nodes';

/** Card actions (Action.Execute invokes) against one server: the invoke response body. */
export const cardActor =
  (server: { readonly url: string }) =>
  (
    verb: string,
    data: Record<string, unknown>,
    options: ActivityOptions = {},
  ): Promise<InvokeBody> =>
    postInvoke(server.url, cardAction(verb, data, options));

/** The data of a card's first Action.Execute with `verb` ({} when the card has none). */
export const actionData = (card: unknown, verb: string): Record<string, unknown> =>
  (executes(card, verb)[0]?.['data'] ?? {}) as Record<string, unknown>;
