import { listPublishedSupport } from '../../domain/services/support-service';
import { buildPrivateChatCard } from '../cards/private-chat-card';
import { buildSupportEntriesCard } from '../cards/support-entries-card';
import { buildSupportQuestionCard } from '../cards/support-question-card';
import type { TeamsDeps } from '../deps';
import type { ActionResult } from './invoke-response';
import type { ActionContext } from './action-context';
import { supportShowData } from './verbs';

/**
 * The reader's side of the support information ("stöd"). PRIVACY: these handlers take
 * nothing from the sender but the language, log nothing, store nothing and keep no state;
 * the domain call takes no user id at all. The answer is an invoke response replacing the
 * card in place, so no copy of it is kept by the bot.
 */

type SupportHandler = (deps: TeamsDeps, ctx: ActionContext) => Promise<ActionResult>;

/**
 * Support cards belong in a personal chat only: an invoke response in a group chat or
 * channel could show the answer to others, so there the neutral line is all that comes back,
 * with the button that opens the personal chat with the bot when the bot's id is known (the
 * same card as the typed "stöd" gets there).
 */
export function personalOnly(handler: SupportHandler): SupportHandler {
  return async (deps, ctx) => {
    if (ctx.turn.conversationType !== 'personal') {
      const line = ctx.turn.t('support.personalOnly');
      const botId = ctx.botId ?? '';
      return botId === ''
        ? { kind: 'message', text: line }
        : { kind: 'card', card: buildPrivateChatCard(ctx.turn.t, line, botId) };
    }
    return handler(deps, ctx);
  };
}

/** "Välj någon annan": back to "Vem gäller det?". */
export async function onSupportAsk(_deps: TeamsDeps, ctx: ActionContext): Promise<ActionResult> {
  return { kind: 'card', card: buildSupportQuestionCard(ctx.turn.t) };
}

/** "Mig själv" / "En kollega" / "Som chef": the published entries for that audience, emergency first. */
export async function onSupportShow(deps: TeamsDeps, ctx: ActionContext): Promise<ActionResult> {
  const parsed = supportShowData.safeParse(ctx.data);
  if (!parsed.success) return onSupportAsk(deps, ctx);
  const entries = await listPublishedSupport(deps.store, deps.clock, parsed.data.audience);
  return {
    kind: 'card',
    card: buildSupportEntriesCard({ t: ctx.turn.t, audience: parsed.data.audience, entries }),
  };
}
