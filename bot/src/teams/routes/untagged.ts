import { MessageFactory, type TurnContext } from 'botbuilder';
import { listUntagged } from '../../domain/services/untagged';
import { buildUntaggedCard } from '../cards/untagged-card';
import { cardAttachment } from '../cards/render';
import type { TeamsDeps } from '../deps';
import { notRegisteredText } from '../not-registered';
import { turnInfo } from '../turn';

/** "otaggade": the tagging worklist of the sender's organisation (Samordning: also per organisation). */
export async function handleUntagged(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'store' | 'clock'>,
): Promise<void> {
  const { t, userId } = turnInfo(context);
  const result =
    userId === null
      ? ({ kind: 'unknown-user', askSamordning: [] } as const)
      : await listUntagged(deps.store, userId, deps.clock.now());
  if (result.kind !== 'ok') {
    await context.sendActivity(notRegisteredText(t, result.askSamordning));
    return;
  }
  await context.sendActivity(
    MessageFactory.attachment(cardAttachment(buildUntaggedCard(t, result))),
  );
}
