import type { AdaptiveCardJson } from './render';

/**
 * Universal Actions: Teams refreshes `card` for the requester (the sender, channel user id
 * 29:…) when they see it, into their own status list at `data` (round, page, organisation).
 * Without a requester the card stays as it is. Pure.
 */
export function withStatusRefresh(
  card: AdaptiveCardJson,
  requesterId: string | null,
  data: Record<string, unknown>,
): AdaptiveCardJson {
  if (requesterId === null) return card;
  return {
    ...card,
    refresh: {
      action: { type: 'Action.Execute', verb: 'status.refresh', data },
      userIds: [requesterId],
    },
  };
}
