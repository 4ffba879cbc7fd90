/** A button on an answer card or under a message. */
export type CardButton =
  /** A Universal Action handled by actions/router.ts. */
  | {
      readonly kind: 'execute';
      readonly title: string;
      readonly verb: string;
      readonly data: Record<string, unknown>;
    }
  | { readonly kind: 'url'; readonly title: string; readonly url: string }
  /** Sends `text` to the bot as if typed (imBack). */
  | { readonly kind: 'say'; readonly title: string; readonly text: string };

/**
 * Suggested actions (shown under a message to `recipientId`; Teams shows at most three), each
 * sending its word back as if typed.
 */
export function suggestedActions(
  buttons: readonly { title: string; text: string }[],
  recipientId: string | undefined,
): { to: string[]; actions: { type: 'imBack'; title: string; value: string }[] } {
  return {
    to: recipientId === undefined ? [] : [recipientId],
    actions: buttons.slice(0, 3).map((b) => ({ type: 'imBack', title: b.title, value: b.text })),
  };
}
