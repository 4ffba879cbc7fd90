import { MessageFactory, type TurnContext } from 'botbuilder';
import { samordningMember } from '../../domain/meetings/meeting-service';
import { loadDashboard } from '../../domain/services/dashboard-service';
import { buildNotReportedCard } from '../cards/not-reported-card';
import { buildOrganisationStatusCard } from '../cards/organisation-status-card';
import { cardAttachment, type AdaptiveCardJson } from '../cards/render';
import { buildRoundSummaryCard } from '../cards/round-summary-card';
import { stampLanguage } from '../cards/stamp-language';
import type { TeamsDeps } from '../deps';
import type { OrganisationName } from '../intents/organisation-slot';
import { turnInfo, type TurnInfo } from '../turn';

type RoundDeps = Pick<TeamsDeps, 'store' | 'clock' | 'tabUrl'>;

async function send(context: TurnContext, turn: TurnInfo, card: AdaptiveCardJson): Promise<void> {
  await context.sendActivity(
    MessageFactory.attachment(cardAttachment(stampLanguage(card, turn.language))),
  );
}

/**
 * "Vilka har inte rapporterat?": the organisations with activities left in the current round,
 * as Översikt counts them; Samordning (by the member record) also gets "Påminn nu".
 */
export async function handleNotReported(context: TurnContext, deps: RoundDeps): Promise<void> {
  const turn = turnInfo(context);
  const dashboard = await loadDashboard(deps.store, deps.clock, undefined, {});
  if (dashboard === undefined || dashboard.round === null) {
    await context.sendActivity(turn.t('chat.round.none'));
    return;
  }
  const canRemind = (await samordningMember(deps.store, turn.userId)) !== null;
  await send(
    context,
    turn,
    buildNotReportedCard({
      t: turn.t,
      round: dashboard.round,
      rows: dashboard.notReported,
      canRemind,
    }),
  );
}

/** The card `build` makes of the round's figures, or "no round" when there are none. */
async function sendFigures<D>(
  context: TurnContext,
  dashboard: D | undefined,
  build: (turn: TurnInfo, dashboard: D) => AdaptiveCardJson,
): Promise<void> {
  const turn = turnInfo(context);
  if (dashboard === undefined) {
    await context.sendActivity(turn.t('chat.round.none'));
    return;
  }
  await send(context, turn, build(turn, dashboard));
}

/** "Hur många har rapporterat?": the round in figures, the same as Översikt's. */
export async function handleSummary(context: TurnContext, deps: RoundDeps): Promise<void> {
  const dashboard = await loadDashboard(deps.store, deps.clock, undefined, {});
  const round = dashboard?.round ?? null;
  const current = dashboard === undefined || round === null ? undefined : { ...dashboard, round };
  await sendFigures(context, current, ({ t, language }, figures) =>
    buildRoundSummaryCard({ t, language, dashboard: figures, tabUrl: deps.tabUrl }),
  );
}

/** "Läget för fritid": one organisation's figures in the current round. */
export async function handleOrganisationStatus(
  context: TurnContext,
  deps: RoundDeps,
  organisation: OrganisationName,
): Promise<void> {
  const filter = { organisationId: organisation.id };
  const dashboard = await loadDashboard(deps.store, deps.clock, undefined, filter);
  await sendFigures(context, dashboard, ({ t }, figures) =>
    buildOrganisationStatusCard({
      t,
      organisationName: organisation.name,
      dashboard: figures,
      tabUrl: deps.tabUrl,
    }),
  );
}
