import { MessageFactory, TurnContext } from 'botbuilder';
import type { StoredConversation } from '../../domain/ports/runtime-state.port';
import { buildGreetingCard } from '../cards/greeting-card';
import { cardAttachment } from '../cards/render';
import type { TeamsDeps } from '../deps';
import { cleanLine } from '../../domain/text/clean-text';
import { translator } from '../../i18n';

/** What Teams says about the team and channel of an activity (channelData), all optional. */
interface TeamsChannelData {
  readonly team?: { readonly id?: unknown; readonly name?: unknown };
  readonly channel?: { readonly id?: unknown; readonly name?: unknown };
}

/** A name from Teams as stored: cleaned one-line text (anyone can name a team), or null. */
const text = (value: unknown): string | null => {
  const cleaned = typeof value === 'string' ? cleanLine(value) : '';
  return cleaned === '' ? null : cleaned;
};

/** An id from Teams as it is (ids are keys: never rewritten), or null. */
const id = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/**
 * The conversation an activity came from; in a channel the channel itself (Teams' channel id,
 * without the `;messageid=…` of the thread a message came in), so posts start a new thread.
 */
function conversationIdOf(activity: TurnContext['activity']): string {
  if (activity.conversation?.conversationType !== 'channel') return activity.conversation.id;
  const data = (activity.channelData ?? {}) as TeamsChannelData;
  return id(data.channel?.id) ?? activity.conversation.id.split(';')[0] ?? activity.conversation.id;
}

/**
 * The conversation to remember for an activity (see conversationIdOf); a channel with the
 * team's and channel's names (cleaned: anyone can name a team) when Teams gives them, else
 * those remembered before.
 */
function conversationOf(
  activity: TurnContext['activity'],
  previous: StoredConversation | undefined,
  updatedAt: string,
): StoredConversation {
  const reference = TurnContext.getConversationReference(activity);
  const conversationType = activity.conversation?.conversationType ?? 'personal';
  const stored = {
    conversationType,
    userId: conversationType === 'personal' ? (activity.from?.aadObjectId ?? null) : null,
    tenantId: activity.conversation.tenantId ?? null,
    serviceUrl: activity.serviceUrl,
    updatedAt,
  };
  if (conversationType !== 'channel') {
    return {
      conversationId: activity.conversation.id,
      ...stored,
      reference: JSON.stringify(reference),
    };
  }
  const data = (activity.channelData ?? {}) as TeamsChannelData;
  const conversationId = conversationIdOf(activity);
  return {
    conversationId,
    ...stored,
    reference: JSON.stringify({
      ...reference,
      conversation: { ...reference.conversation, id: conversationId },
    }),
    teamId: id(data.team?.id) ?? previous?.teamId ?? null,
    teamName: text(data.team?.name) ?? previous?.teamName ?? null,
    channelName:
      text(data.channel?.name) ?? text(activity.conversation.name) ?? previous?.channelName ?? null,
  };
}

/**
 * Remembers where the bot can write later (proactive reminders, the team channel's posts) and
 * returns the conversation as stored. Remembering never chooses the team channel.
 */
export async function rememberConversation(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'runtime' | 'clock'>,
): Promise<StoredConversation> {
  const activity = context.activity;
  const isChannel = activity.conversation?.conversationType === 'channel';
  const previous = isChannel
    ? await deps.runtime.conversations.get(conversationIdOf(activity))
    : undefined;
  const stored = conversationOf(activity, previous, deps.clock.now().toISOString());
  await deps.runtime.conversations.save(stored);
  return stored;
}

/** True when this conversationUpdate adds the bot itself (the app was installed here). */
export function botWasAdded(context: TurnContext): boolean {
  const botId = context.activity.recipient?.id;
  return (context.activity.membersAdded ?? []).some((member) => member.id === botId);
}

/** conversationUpdate membersAdded: when the bot is added, store the reference and greet in Swedish. */
export async function handleMembersAdded(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'runtime' | 'clock' | 'logger'>,
): Promise<void> {
  if (!botWasAdded(context)) return;
  await rememberConversation(context, deps);
  deps.logger.info(
    {
      event: 'installed',
      conversationType: context.activity.conversation?.conversationType ?? 'personal',
    },
    'app installed in a conversation',
  );
  // Always Swedish (PRODUCT.md): the greeting is seen by everyone in a chat or channel,
  // whatever the locale of the client that installed the app.
  await context.sendActivity(
    MessageFactory.attachment(cardAttachment(buildGreetingCard(translator('sv')))),
  );
}

/**
 * installationUpdate: store the reference on add (the greeting comes with membersAdded), forget
 * it on remove — for a team, every channel of that team, so a chosen channel whose team removed
 * the app shows as "not installed" instead of failing at send time.
 */
export async function handleInstallationUpdate(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'runtime' | 'clock'>,
): Promise<void> {
  const action = context.activity.action ?? '';
  if (!action.startsWith('remove')) {
    await rememberConversation(context, deps);
    return;
  }
  const removed = conversationIdOf(context.activity);
  const teamId = id(((context.activity.channelData ?? {}) as TeamsChannelData).team?.id);
  const teamChannels =
    teamId === null
      ? []
      : (await deps.runtime.conversations.list()).filter(
          (c) => c.conversationType === 'channel' && c.teamId === teamId,
        );
  for (const id of new Set([removed, ...teamChannels.map((c) => c.conversationId)])) {
    await deps.runtime.conversations.remove(id);
  }
}
