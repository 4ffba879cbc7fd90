import { MessageFactory, type ConversationReference } from 'botbuilder';
import type { StoredConversation } from '../../domain/ports/runtime-state.port';
import { translator } from '../../i18n';
import { cardAttachment } from '../cards/render';
import { buildSupportAnnouncementCard } from '../cards/support-entries-card';
import { buildSupportMessageCard } from '../cards/support-message-card';
import type { TeamsDeps } from '../deps';
import type { ActionResult } from './invoke-response';
import type { ActionContext } from './status-actions';
import { editorEntries, supportAdminList, supportRefusal } from './support-admin-actions';
import { supportEntryData } from './verbs';

/** The samordningsgrupp's channel: the most recently updated channel the app was added to. */
async function coordinationChannel(deps: TeamsDeps): Promise<StoredConversation | undefined> {
  const channels = (await deps.runtime.conversations.list()).filter(
    (c) => c.conversationType === 'channel',
  );
  return channels.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

/**
 * "Meddela samordningsgruppen": HR posts a card about a published entry to the
 * samordningsgrupp's channel (always in Swedish: everyone in the channel sees it). The card
 * carries the entry only; nothing about who reads it is stored.
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
  const channel = await coordinationChannel(deps);
  if (channel === undefined) {
    return {
      kind: 'card',
      card: buildSupportMessageCard({
        t,
        title: t('supportAdmin.title'),
        text: t('supportAnnounce.noChannel'),
        back: 'admin',
      }),
    };
  }
  const stored = JSON.parse(channel.reference) as Partial<ConversationReference>;
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
