import { MessageFactory, type ConversationReference } from 'botbuilder';
import { translator } from '../../i18n';
import { teamChannelState } from '../../meetings/team-channel';
import { cardAttachment } from '../cards/render';
import { buildSupportAnnouncementCard } from '../cards/support-entries-card';
import { buildSupportMessageCard } from '../cards/support-message-card';
import type { TeamsDeps } from '../deps';
import type { ActionResult } from './invoke-response';
import type { ActionContext } from './action-context';
import { editorEntries, supportAdminList, supportRefusal } from './support-admin-actions';
import { supportEntryData } from './verbs';

/**
 * "Meddela samordningsgruppen": HR posts a card about a published entry to the
 * samordningsgrupp's channel — the one Samordning chose, never simply the last channel the app
 * was installed in — (always in Swedish: everyone in the channel sees it). The card carries
 * the entry only; nothing about who reads it is stored.
 */
export async function onSupportAnnounce(
  deps: TeamsDeps,
  ctx: ActionContext,
): Promise<ActionResult> {
  const entries = await editorEntries(deps, ctx.turn);
  if (!Array.isArray(entries)) return entries;
  const { t } = ctx.turn;
  const parsed = supportEntryData.safeParse(ctx.data);
  const entry = parsed.success
    ? entries.find((e) => e.entry.id === parsed.data.entryId)?.entry
    : undefined;
  if (entry === undefined) return supportRefusal(ctx.turn, { kind: 'not-found' });
  if (entry.status !== 'publicerad') {
    return supportAdminList(deps, ctx.turn, {
      text: t('supportAnnounce.notPublished'),
      kind: 'attention',
    });
  }
  const channel = await teamChannelState(deps.runtime);
  if (channel.kind !== 'chosen') {
    return {
      kind: 'card',
      card: buildSupportMessageCard({
        t,
        title: t('supportAdmin.title'),
        text: t(
          channel.kind === 'none' ? 'supportAnnounce.noChannel' : 'supportAnnounce.channelGone',
        ),
        back: 'admin',
      }),
    };
  }
  const stored = JSON.parse(channel.conversation.reference) as Partial<ConversationReference>;
  // A new post in the channel, not a reply to the activity the reference was taken from.
  const { activityId: _activityId, ...reference } = stored;
  const card = buildSupportAnnouncementCard(translator('sv'), entry);
  await deps.adapter.continueConversationAsync(deps.botAppId, reference, async (context) => {
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
  });
  return supportAdminList(deps, ctx.turn, {
    text: t('supportAnnounce.sent', { title: entry.title }),
    kind: 'good',
  });
}
