import { MessageFactory, type TurnContext } from 'botbuilder';
import { supportAdminList } from '../actions/support-admin-actions';
import { cardAttachment } from '../cards/render';
import { stampLanguage } from '../cards/stamp-language';
import { buildSupportQuestionCard } from '../cards/support-question-card';
import type { TeamsDeps } from '../deps';
import { turnInfo, type TurnInfo } from '../turn';

/**
 * "stöd" / "support". PRIVACY: nothing about the asker is logged or stored, no
 * conversation reference is kept and the bot keeps no copy of what it sent. In personal
 * chat: "Vem gäller det?". In a group chat or channel only a neutral line offering the
 * information in personal chat — never the information, never an echo of the request.
 */
export async function handleSupport(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'logger'>,
): Promise<void> {
  const turn = turnInfo(context);
  await withPrivateErrors(context, deps, turn, async () => {
    if (turn.conversationType !== 'personal') {
      await context.sendActivity(turn.t('support.personalOnly'));
      return;
    }
    const card = stampLanguage(buildSupportQuestionCard(turn.t), turn.language);
    await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
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
    if (result.kind === 'card') {
      await context.sendActivity(
        MessageFactory.attachment(cardAttachment(stampLanguage(result.card, turn.language))),
      );
    } else if (result.kind === 'message') {
      await context.sendActivity(result.text);
    }
  });
}
