import { MessageFactory, type TurnContext } from 'botbuilder';
import { listMyActivities } from '../../domain/services/my-activities';
import { buildMyActivitiesCard } from '../cards/my-activities-card';
import { cardAttachment } from '../cards/render';
import type { TeamsDeps } from '../deps';
import { notRegisteredText } from '../not-registered';
import { turnInfo } from '../turn';

/** "mina aktiviteter": the sender's organisation's activities with their latest status. */
export async function handleMyActivities(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'store' | 'clock'>,
): Promise<void> {
  const { t, language, userId } = turnInfo(context);
  const result =
    userId === null
      ? ({ kind: 'unknown-user', askSamordning: [] } as const)
      : await listMyActivities(deps.store, userId, deps.clock.now());
  switch (result.kind) {
    case 'unknown-user':
    case 'no-organisation':
      await context.sendActivity(notRegisteredText(t, result.askSamordning));
      return;
    case 'ok': {
      const demo = result.groups.some((g) => g.items.some((i) => i.activity.demo));
      const card = buildMyActivitiesCard({
        t,
        language,
        organisationName: result.organisation.name,
        groups: result.groups,
        total: result.total,
        demo,
        round: result.round,
      });
      await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
    }
  }
}
