import { MessageFactory, type TurnContext } from 'botbuilder';
import type { Meeting } from '../../domain/meetings/meeting';
import { concerns, meetingReader } from '../../meetings/meeting-reader';
import { buildNextMeetingCard } from '../cards/next-meeting-card';
import { cardAttachment } from '../cards/render';
import type { TeamsDeps } from '../deps';
import { turnInfo } from '../turn';

/**
 * The next planned meeting that has not started at `now` and that the reader attends: a
 * samordningsgrupp meeting or her organisation's dialogue meeting (decision 0033), or null. Pure.
 */
export function nextMeeting(
  meetings: readonly Meeting[],
  now: Date,
  organisationId: string | null,
): Meeting | null {
  const at = now.toISOString();
  return (
    meetings
      .filter((m) => m.status === 'planned' && m.startsAt > at && concerns(organisationId, m))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0] ?? null
  );
}

/**
 * "När är nästa möte?" / "När ska jag rapportera senast?": the next meeting, its theme and the
 * deadline (when its reporting round closes).
 */
export async function handleNextMeeting(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'store' | 'clock' | 'rhythm'>,
): Promise<void> {
  const { t, language, userId } = turnInfo(context);
  const now = deps.clock.now();
  const { organisationId } = await meetingReader(deps.store, userId);
  const meeting = nextMeeting(await deps.rhythm.meetings.listMeetings(), now, organisationId);
  if (meeting === null) {
    await context.sendActivity(t('chat.next.none'));
    return;
  }
  const round = (await deps.store.rounds.get(meeting.roundId)) ?? null;
  const card = buildNextMeetingCard({ t, language, meeting, round, now });
  await context.sendActivity(MessageFactory.attachment(cardAttachment(card)));
}
