import type { TurnContext } from 'botbuilder';
import { samordningMember } from '../../domain/meetings/meeting-service';
import type { StoredConversation } from '../../domain/ports/runtime-state.port';
import type { Translate } from '../../i18n';
import { chooseTeamChannel, channelNames } from '../../meetings/team-channel';
import type { TeamsDeps } from '../deps';
import { turnInfo } from '../turn';
import { rememberConversation } from './install';

/** "Allmänt i Samordningsgruppen", or as much of it as Teams told us. */
export function channelLabel(t: Translate, conversation: StoredConversation): string {
  const names = channelNames(conversation);
  const channel = names.channel ?? (names.general ? t('teamChannel.general') : null);
  if (channel !== null && names.team !== null)
    return t('teamChannel.label', { channel, team: names.team });
  return channel ?? names.team ?? t('teamChannel.unnamed');
}

/**
 * "använd den här kanalen" / "use this channel", written to the bot in a team channel: the
 * samordningsgrupp's summaries and HR's announcements go to this channel from now on. Only a
 * member of Samordning (the store's record of the sender) may choose; anywhere else than a
 * channel the command only says where to write it.
 */
export async function handleUseChannel(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'store' | 'runtime' | 'clock' | 'logger'>,
): Promise<void> {
  const { t, conversationType, userId } = turnInfo(context);
  if (conversationType !== 'channel') {
    await context.sendActivity(t('teamChannel.onlyInChannel'));
    return;
  }
  if (userId === null || (await samordningMember(deps.store, userId)) === null) {
    await context.sendActivity(t('teamChannel.forbidden'));
    return;
  }
  const channel = await rememberConversation(context, deps);
  await chooseTeamChannel(deps.runtime, userId, channel.conversationId, deps.clock.now());
  deps.logger.info(
    { event: 'team-channel-chosen', via: 'bot', conversationId: channel.conversationId, userId },
    'Samordning chose the team channel',
  );
  await context.sendActivity(t('teamChannel.chosen', { channel: channelLabel(t, channel) }));
}
