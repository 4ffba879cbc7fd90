import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { AdaptiveCardJson } from '../cards/render';

/** What an Action.Execute handler answers; turned into one of the documented invoke response types. */
export type ActionResult =
  | { readonly kind: 'card'; readonly card: AdaptiveCardJson }
  | { readonly kind: 'message'; readonly text: string }
  | {
      readonly kind: 'error';
      readonly statusCode: 400 | 401 | 403 | 404 | 500;
      readonly code: string;
      readonly message: string;
    };

/** The Universal Actions invoke response body (Teams' documented `type` values). */
export function invokeBody(result: ActionResult): Record<string, unknown> {
  switch (result.kind) {
    case 'card':
      return {
        statusCode: 200,
        type: 'application/vnd.microsoft.card.adaptive',
        value: result.card,
      };
    case 'message':
      return {
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: result.text,
      };
    case 'error':
      return {
        statusCode: result.statusCode,
        type: 'application/vnd.microsoft.error',
        value: { code: result.code, message: result.message },
      };
  }
}

/** Answers the invoke. HTTP status is always 200; the body's statusCode carries the outcome. */
export async function sendInvokeResponse(
  context: TurnContext,
  result: ActionResult,
): Promise<void> {
  await context.sendActivity({
    type: ActivityTypes.InvokeResponse,
    value: { status: 200, body: invokeBody(result) },
  });
}
