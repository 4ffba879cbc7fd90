import type {
  RuntimeStatePort,
  StoredConversation,
  TeamChannelChoice,
} from '../domain/ports/runtime-state.port';

/**
 * The samordningsgrupp's team channel for the day-before summary and HR's announcements:
 * the channel Samordning chose (in the tab's Möten view, or "använd den här kanalen" in the
 * channel itself), never the last channel the app was installed in. Until a channel is
 * chosen nothing is posted to any channel (see docs/decisions/0017).
 */

export type TeamChannelRuntime = Pick<RuntimeStatePort, 'conversations' | 'teamChannel'>;

/**
 * - chosen: posts go to `conversation`;
 * - none: nobody has chosen yet, so nothing is posted (the summary waits);
 * - not-installed: the chosen channel no longer has the app (it was removed), so nothing is
 *   posted until the app is added there again or another channel is chosen.
 */
export type TeamChannelState =
  | {
      readonly kind: 'chosen';
      readonly choice: TeamChannelChoice;
      readonly conversation: StoredConversation;
    }
  | { readonly kind: 'none' }
  | { readonly kind: 'not-installed'; readonly choice: TeamChannelChoice };

export type TeamChannelWait = Exclude<TeamChannelState['kind'], 'chosen'>;

/** Where summaries and announcements go now, or why nowhere. */
export async function teamChannelState(runtime: TeamChannelRuntime): Promise<TeamChannelState> {
  const choice = await runtime.teamChannel.get();
  if (choice === undefined) return { kind: 'none' };
  const conversation = await runtime.conversations.get(choice.conversationId);
  return conversation?.conversationType === 'channel'
    ? { kind: 'chosen', choice, conversation }
    : { kind: 'not-installed', choice };
}

/** Every team channel the app is installed in (what Samordning chooses among), by name. */
export async function channelCandidates(
  runtime: Pick<TeamChannelRuntime, 'conversations'>,
): Promise<StoredConversation[]> {
  const channels = (await runtime.conversations.list()).filter(
    (c) => c.conversationType === 'channel',
  );
  const swedish = new Intl.Collator('sv');
  return channels.sort(
    (a, b) =>
      swedish.compare(a.teamName ?? '', b.teamName ?? '') ||
      swedish.compare(a.channelName ?? '', b.channelName ?? '') ||
      swedish.compare(a.conversationId, b.conversationId),
  );
}

/** What a channel is called: its team and channel names as Teams gave them, or null when unknown. */
export function channelNames(conversation: StoredConversation): {
  readonly team: string | null;
  readonly channel: string | null;
  /** True for the team's General channel (its id is the team's; Teams gives it no name). */
  readonly general: boolean;
} {
  return {
    team: conversation.teamName ?? null,
    channel: conversation.channelName ?? null,
    general:
      conversation.teamId !== undefined &&
      conversation.teamId !== null &&
      conversation.teamId === conversation.conversationId,
  };
}

export type ChooseResult = 'chosen' | 'unknown-channel';

/**
 * Records Samordning's choice of `conversationId`, which must be a team channel the app is
 * installed in. Whether the actor is Samordning is the caller's check (the tab: the validated
 * token; the bot: the store's member record of the sender).
 */
export async function chooseTeamChannel(
  runtime: TeamChannelRuntime,
  actorId: string,
  conversationId: string,
  now: Date,
): Promise<ChooseResult> {
  const conversation = await runtime.conversations.get(conversationId);
  if (conversation?.conversationType !== 'channel') return 'unknown-channel';
  await runtime.teamChannel.set({
    conversationId,
    chosenByUserId: actorId,
    chosenAt: now.toISOString(),
  });
  return 'chosen';
}
