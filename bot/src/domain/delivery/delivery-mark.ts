import { createHash } from 'node:crypto';

/**
 * The mark that lets a delivery probe recognise an outbox job's message in a conversation
 * (the Bot Connector takes no idempotency key). Derived from the job key, so every attempt of
 * a job carries the same mark and no two jobs share one; hashed, so the key's ids (user ids,
 * meeting ids) do not show in the message.
 */
export function deliveryMarker(jobKey: string): string {
  return `samordna-${createHash('sha256').update(jobKey).digest('hex').slice(0, 32)}`;
}

/**
 * The card with the job's mark as the id of a hidden, empty TextBlock at the end of its body:
 * schema-valid (Adaptive Cards 1.2+), invisible, and kept by Teams in the card it stores, where
 * Graph returns it as the attachment's content.
 */
export function markCard(
  card: Readonly<Record<string, unknown>>,
  jobKey: string,
): Record<string, unknown> {
  const body = Array.isArray(card['body']) ? (card['body'] as unknown[]) : [];
  return {
    ...card,
    body: [...body, { type: 'TextBlock', id: deliveryMarker(jobKey), text: ' ', isVisible: false }],
  };
}
