import { MessageFactory, type TurnContext } from 'botbuilder';
import {
  meetingsList,
  newMeetingForm,
  remindNowText,
  type MeetingActionDeps,
} from '../actions/meeting-actions';
import type { ActionResult } from '../actions/invoke-response';
import { cardAttachment } from '../cards/render';
import { stampLanguage } from '../cards/stamp-language';
import { turnInfo, type TurnInfo } from '../turn';

async function reply(
  context: TurnContext,
  result: ActionResult,
  language: 'sv' | 'en',
): Promise<void> {
  if (result.kind === 'card') {
    await context.sendActivity(
      MessageFactory.attachment(cardAttachment(stampLanguage(result.card, language))),
    );
  } else if (result.kind === 'message') {
    await context.sendActivity(result.text);
  }
}

/** A meeting command: what `answer` gives for the turn, sent as a card or a message. */
function meetingCommand(
  answer: (deps: MeetingActionDeps, turn: TurnInfo) => Promise<ActionResult>,
): (context: TurnContext, deps: MeetingActionDeps) => Promise<void> {
  return async (context, deps) => {
    const turn = turnInfo(context);
    await reply(context, await answer(deps, turn), turn.language);
  };
}

/** "möten" / "meetings": the year's meetings, the rhythm warning and the nudge list. */
export const handleMeetings = meetingCommand((deps, turn) => meetingsList(deps, turn));

/** "nytt möte" / "new meeting": the form (Samordning only). */
export const handleNewMeeting = meetingCommand((deps, turn) => newMeetingForm(deps, turn));

/** "påminn nu" / "remind now": the current round's reminder at once (Samordning only). */
export async function handleRemindNow(
  context: TurnContext,
  deps: MeetingActionDeps,
): Promise<void> {
  const turn = turnInfo(context);
  await context.sendActivity(await remindNowText(deps, turn));
}
