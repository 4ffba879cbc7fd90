import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { Logger } from '../../logging';
import { stampLanguage } from '../cards/stamp-language';
import { turnInfo } from '../turn';
import { onEditActivity, onNewActivity, onSaveActivity } from './activity-actions';
import { sendInvokeResponse, type ActionResult } from './invoke-response';
import {
  onAllUnchangedAsk,
  onAllUnchangedConfirm,
  onDone,
  onList,
  onOpen,
  onSubmit,
  onUnchanged,
  type ActionContext,
  type StatusDeps,
} from './status-actions';
import { VERBS, type Verb } from './verbs';

type Handler = (deps: StatusDeps, ctx: ActionContext) => Promise<ActionResult>;

const HANDLERS: Readonly<Record<Verb, Handler>> = {
  [VERBS.list]: onList,
  [VERBS.refresh]: onList,
  [VERBS.open]: onOpen,
  [VERBS.submit]: onSubmit,
  [VERBS.unchanged]: onUnchanged,
  [VERBS.allUnchangedAsk]: onAllUnchangedAsk,
  [VERBS.allUnchangedConfirm]: onAllUnchangedConfirm,
  [VERBS.done]: onDone,
  [VERBS.newActivity]: onNewActivity,
  [VERBS.editActivity]: onEditActivity,
  [VERBS.saveActivity]: onSaveActivity,
};

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
export async function handleCardAction(
  context: TurnContext,
  deps: StatusDeps & { logger: Logger },
): Promise<void> {
  const turn = turnInfo(context);
  const parsed = invokeValue.safeParse(context.activity.value);
  const handler = parsed.success ? HANDLERS[parsed.data.action.verb as Verb] : undefined;
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
    });
  } catch (error) {
    // The edge of the invoke: the user gets a Swedish message and a code, the log gets the detail.
    deps.logger.error(
      { err: error, correlationId: turn.correlationId, verb: parsed.data.action.verb },
      'card action failed',
    );
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
