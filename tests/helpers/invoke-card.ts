import type { InvokeBody } from './activities';
import type { CardNode } from './card-nodes';

/** The card an `adaptiveCard/action` invoke answered with (status 200 asserted). */
export function invokeCard(body: InvokeBody): CardNode {
  expect(body.statusCode).toBe(200);
  return body.value as CardNode;
}

/** An Action.Execute's `data` ({} when there is no action). */
export const actionData = (action: CardNode | undefined): Record<string, unknown> =>
  (action?.['data'] ?? {}) as Record<string, unknown>;
