import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { stampLanguage } from '../cards/stamp-language';
import type { TeamsDeps } from '../deps';
import { turnInfo } from '../turn';
import type { ActionContext } from './action-context';
import { onEditActivity, onNewActivity, onSaveActivity } from './activity-actions';
import { sendInvokeResponse, type ActionResult } from './invoke-response';
import {
  onAllUnchangedAsk,
  onAllUnchangedConfirm,
  onDone,
  onList,
  onNext,
  onOpen,
  onSubmit,
  onUnchanged,
} from './status-actions';
import { onSupportAsk, onSupportShow, personalOnly } from './support-actions';
import {
  onSupportAdmin,
  onSupportEdit,
  onSupportNew,
  onSupportPreview,
  onSupportSave,
  onSupportStatus,
} from './support-admin-actions';
import { onSupportAnnounce } from './support-announce';
import { onMeetingList, onMeetingSave, onNewMeeting, onRemindNow } from './meeting-actions';
import {
  MEETING_VERBS,
  SUPPORT_VERBS,
  VERBS,
  type MeetingVerb,
  type SupportVerb,
  type Verb,
} from './verbs';

type Handler = (deps: TeamsDeps, ctx: ActionContext) => Promise<ActionResult>;

type AnyVerb = Verb | SupportVerb | MeetingVerb;

const HANDLERS: Readonly<Record<AnyVerb, Handler>> = {
  [VERBS.list]: onList,
  [VERBS.refresh]: onList,
  [VERBS.open]: onOpen,
  [VERBS.next]: onNext,
  [VERBS.submit]: onSubmit,
  [VERBS.unchanged]: onUnchanged,
  [VERBS.allUnchangedAsk]: onAllUnchangedAsk,
  [VERBS.allUnchangedConfirm]: onAllUnchangedConfirm,
  [VERBS.done]: onDone,
  [VERBS.newActivity]: onNewActivity,
  [VERBS.editActivity]: onEditActivity,
  [VERBS.saveActivity]: onSaveActivity,
  // Support: personal chat only; nothing about the sender is logged or stored.
  [SUPPORT_VERBS.ask]: personalOnly(onSupportAsk),
  [SUPPORT_VERBS.show]: personalOnly(onSupportShow),
  [SUPPORT_VERBS.admin]: personalOnly(onSupportAdmin),
  [SUPPORT_VERBS.newEntry]: personalOnly(onSupportNew),
  [SUPPORT_VERBS.edit]: personalOnly(onSupportEdit),
  [SUPPORT_VERBS.preview]: personalOnly(onSupportPreview),
  [SUPPORT_VERBS.save]: personalOnly(onSupportSave),
  [SUPPORT_VERBS.status]: personalOnly(onSupportStatus),
  [SUPPORT_VERBS.announce]: personalOnly(onSupportAnnounce),
  // Meetings: the role comes from the store's member record of the sender.
  [MEETING_VERBS.list]: onMeetingList,
  [MEETING_VERBS.newMeeting]: onNewMeeting,
  [MEETING_VERBS.save]: onMeetingSave,
  [MEETING_VERBS.remindNow]: onRemindNow,
};

const isSupportVerb = (verb: string): boolean => verb.startsWith('support.');

const invokeValue = z.object({
  action: z.object({
    type: z.literal('Action.Execute'),
    verb: z.string().max(100),
    data: z.unknown().optional(),
  }),
});

export function isCardAction(context: TurnContext): boolean {
  return context.activity.type === 'invoke' && context.activity.name === 'adaptiveCard/action';
}

/**
 * Universal Actions (`adaptiveCard/action` invokes): parse, dispatch by verb, answer with a
 * documented invoke response. Unknown verbs and malformed payloads get an error response
 * with a Swedish message; nothing is stored.
 */
export async function handleCardAction(context: TurnContext, deps: TeamsDeps): Promise<void> {
  const turn = turnInfo(context);
  const parsed = invokeValue.safeParse(context.activity.value);
  const verb = parsed.success ? parsed.data.action.verb : '';
  const handler = Object.hasOwn(HANDLERS, verb) ? HANDLERS[verb as AnyVerb] : undefined;
  if (!parsed.success || handler === undefined) {
    deps.logger.warn(
      { event: 'card-action-rejected', correlationId: turn.correlationId },
      'unknown or malformed card action',
    );
    await sendInvokeResponse(context, {
      kind: 'error',
      statusCode: 400,
      code: 'BadRequest',
      message: turn.t('status.problem.invalid'),
    });
    return;
  }
  let result: ActionResult;
  try {
    result = await handler(deps, {
      turn,
      senderId: context.activity.from?.id ?? null,
      data: parsed.data.action.data ?? {},
      botId: context.activity.recipient?.id ?? null,
    });
  } catch (error) {
    // The edge of the invoke: the user gets a Swedish message and a code, the log gets the detail.
    // Support verbs log the correlation id only (never who asked, never what).
    if (isSupportVerb(verb)) {
      deps.logger.error(
        {
          correlationId: turn.correlationId,
          errorType: error instanceof Error ? error.name : typeof error,
        },
        'support card action failed',
      );
    } else {
      deps.logger.error(
        { err: error, correlationId: turn.correlationId, verb },
        'card action failed',
      );
    }
    result = {
      kind: 'error',
      statusCode: 500,
      code: 'InternalError',
      message: turn.t('error.generic', { correlationId: turn.correlationId }),
    };
  }
  await sendInvokeResponse(
    context,
    result.kind === 'card'
      ? { kind: 'card', card: stampLanguage(result.card, turn.language) }
      : result,
  );
}
