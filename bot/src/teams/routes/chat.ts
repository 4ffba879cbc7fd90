import { MessageFactory, type TurnContext } from 'botbuilder';
import type { Member } from '../../domain/types';
import type { TeamsDeps } from '../deps';
import type { IntentId } from '../intents/intent-data';
import { turnInfo } from '../turn';
import { suggestionButtons, suggestionsFor } from './suggestions';

/** The sender's member record (roles and name), or undefined for someone Samordna does not know. */
export async function senderMember(
  deps: Pick<TeamsDeps, 'store'>,
  userId: string | null,
): Promise<Member | undefined> {
  return userId === null ? undefined : deps.store.members.get(userId);
}

/** "Sara Lind (demo)" → "Sara". */
function firstName(name: string | undefined): string {
  return (name ?? '').trim().split(/\s+/)[0] ?? '';
}

/** "hej": a short, personal greeting and the three things the sender's role most needs. */
export async function handleGreeting(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'store'>,
): Promise<void> {
  const { t, language, userId } = turnInfo(context);
  const member = await senderMember(deps, userId);
  const name = firstName(member?.name ?? context.activity.from?.name);
  const reply = MessageFactory.text(
    name === '' ? t('chat.greeting.anonymous') : t('chat.greeting.named', { name }),
  );
  reply.suggestedActions = suggestionButtons(
    t,
    language,
    suggestionsFor(member, null),
    context.activity.from?.id,
  );
  await context.sendActivity(reply);
}

/** "tack": a short "you're welcome". */
export async function handleThanks(context: TurnContext): Promise<void> {
  await context.sendActivity(turnInfo(context).t('chat.thanks'));
}

/**
 * Anything not understood: one language only, what came close ("Menade du …?") and buttons
 * for the three things the sender's role most needs. Never an error.
 */
export async function handleUnknown(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'store'>,
  nearest: IntentId | null,
): Promise<void> {
  const { t, language, userId } = turnInfo(context);
  const member = await senderMember(deps, userId);
  const suggestions = suggestionsFor(member, nearest);
  const offer =
    nearest !== null && suggestions[0] === nearest
      ? t('chat.fallback.didYouMean', { label: t(`chat.intent.${nearest}`) })
      : '';
  const reply = MessageFactory.text(
    [t('chat.fallback'), offer, t('chat.fallback.choose')].filter((s) => s !== '').join(' '),
  );
  reply.suggestedActions = suggestionButtons(t, language, suggestions, context.activity.from?.id);
  await context.sendActivity(reply);
}
