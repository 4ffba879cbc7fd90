import { MessageFactory, TurnContext } from 'botbuilder';
import type { StoredConversation } from '../../domain/ports/runtime-state.port';
import { buildGreetingCard } from '../cards/greeting-card';
import { cardAttachment } from '../cards/render';
import type { TeamsDeps } from '../deps';
import { translator } from '../../i18n';

/** Remembers where the bot can write later (proactive reminders). */
export async function rememberConversation(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'runtime' | 'clock'>,
): Promise<void> {
  const activity = context.activity;
  const reference = TurnContext.getConversationReference(activity);
  const conversationType = activity.conversation?.conversationType ?? 'personal';
  const stored: StoredConversation = {
    conversationId: activity.conversation.id,
    conversationType,
    userId: conversationType === 'personal' ? (activity.from?.aadObjectId ?? null) : null,
    tenantId: activity.conversation.tenantId ?? null,
    serviceUrl: activity.serviceUrl,
    reference: JSON.stringify(reference),
    updatedAt: deps.clock.now().toISOString(),
  };
  await deps.runtime.conversations.save(stored);
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

/** installationUpdate: store the reference on add (the greeting comes with membersAdded), forget it on remove. */
export async function handleInstallationUpdate(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'runtime' | 'clock'>,
): Promise<void> {
  const action = context.activity.action ?? '';
  if (action.startsWith('remove')) {
    await deps.runtime.conversations.remove(context.activity.conversation.id);
    return;
  }
  await rememberConversation(context, deps);
}
