import { MessageFactory, type TurnContext } from 'botbuilder';
import { listPublishedSupport } from '../../domain/services/support-service';
import { supportAdminList } from '../actions/support-admin-actions';
import { buildPrivateChatCard } from '../cards/private-chat-card';
import { cardAttachment, type AdaptiveCardJson } from '../cards/render';
import { stampLanguage } from '../cards/stamp-language';
import { buildSupportEntriesCard } from '../cards/support-entries-card';
import { buildSupportQuestionCard } from '../cards/support-question-card';
import type { TeamsDeps } from '../deps';
import type { Disclosure } from '../intents/disclosure';
import { turnInfo, type TurnInfo } from '../turn';

/*
 * PRIVACY, for everything in this file: nothing about the asker is logged or stored, no
 * conversation reference is kept, the message text is never echoed, and the bot keeps no copy
 * of what it sent. In a group chat or channel only a neutral line and a button that opens the
 * personal chat with the bot — never the information, never an echo of the request.
 */

const send = (context: TurnContext, turn: TurnInfo, card: AdaptiveCardJson) =>
  context.sendActivity(
    MessageFactory.attachment(cardAttachment(stampLanguage(card, turn.language))),
  );

/** The neutral card for a group chat or channel: `line` and a button to the personal chat. */
function privateChatCard(context: TurnContext, turn: TurnInfo, line: string): AdaptiveCardJson {
  return buildPrivateChatCard(turn.t, line, context.activity.recipient?.id ?? '');
}

/** "stöd" / "support": in personal chat "Vem gäller det?"; elsewhere the way to the personal chat. */
export async function handleSupport(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'logger'>,
): Promise<void> {
  const turn = turnInfo(context);
  await withPrivateErrors(context, deps, turn, async () => {
    const card =
      turn.conversationType === 'personal'
        ? buildSupportQuestionCard(turn.t)
        : privateChatCard(context, turn, turn.t('support.personalOnly'));
    await send(context, turn, card);
  });
}

/**
 * Someone disclosing violence, or asking for help for themselves or a colleague: in personal
 * chat at once a caring line and the published support entries for them (emergency first);
 * in a group chat or channel a neutral line that does not mention violence, and the button.
 */
export async function handleDisclosure(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'logger' | 'store' | 'clock'>,
  disclosure: Disclosure,
): Promise<void> {
  const turn = turnInfo(context);
  await withPrivateErrors(context, deps, turn, async () => {
    if (turn.conversationType !== 'personal') {
      await send(context, turn, privateChatCard(context, turn, turn.t('chat.private.text')));
      return;
    }
    const audience = disclosure.about === 'self' ? 'medarbetare' : 'kollega';
    const entries = await listPublishedSupport(deps.store, deps.clock, audience);
    await context.sendActivity(
      turn.t(disclosure.about === 'self' ? 'chat.disclosure.self' : 'chat.disclosure.other'),
    );
    await send(context, turn, buildSupportEntriesCard({ t: turn.t, audience, entries }));
  });
}

/** A failure is logged with its correlation id only (not the error, which could carry the turn). */
async function withPrivateErrors(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'logger'>,
  turn: TurnInfo,
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    deps.logger.error(
      {
        correlationId: turn.correlationId,
        errorType: error instanceof Error ? error.name : typeof error,
      },
      'support turn failed',
    );
    await context.sendActivity(turn.t('error.generic', { correlationId: turn.correlationId }));
  }
}

/** "stöd admin" / "support admin": HR's list of entries in personal chat; others are refused politely. */
export async function handleSupportAdmin(context: TurnContext, deps: TeamsDeps): Promise<void> {
  const turn = turnInfo(context);
  await withPrivateErrors(context, deps, turn, async () => {
    if (turn.conversationType !== 'personal') {
      await context.sendActivity(turn.t('supportAdmin.personalOnly'));
      return;
    }
    const result = await supportAdminList(deps, turn);
    if (result.kind === 'card') await send(context, turn, result.card);
    else if (result.kind === 'message') await context.sendActivity(result.text);
  });
}
