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
import { turnInfo } from '../turn';

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

/** "möten" / "meetings": the year's meetings, the rhythm warning and the nudge list. */
export async function handleMeetings(context: TurnContext, deps: MeetingActionDeps): Promise<void> {
  const turn = turnInfo(context);
  await reply(context, await meetingsList(deps, turn), turn.language);
}

/** "nytt möte" / "new meeting": the form (Samordning only). */
export async function handleNewMeeting(
  context: TurnContext,
  deps: MeetingActionDeps,
): Promise<void> {
  const turn = turnInfo(context);
  await reply(context, await newMeetingForm(deps, turn), turn.language);
}

/** "påminn nu" / "remind now": the current round's reminder at once (Samordning only). */
export async function handleRemindNow(
  context: TurnContext,
  deps: MeetingActionDeps,
): Promise<void> {
  const turn = turnInfo(context);
  await context.sendActivity(await remindNowText(deps, turn));
}
