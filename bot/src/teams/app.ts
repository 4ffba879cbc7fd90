import { Application, TurnState, type TeamsAdapter } from '@microsoft/teams-ai';
import { ActivityTypes } from 'botbuilder';
import type { TeamsDeps } from './deps';
import { handleMessage } from './routes/dispatch';
import { handleInstallationUpdate, handleMembersAdded } from './routes/install';
import { handleCardAction, isCardAction } from './actions/router';
import { turnInfo } from './turn';

/**
 * The Teams AI Application: routes only. Each handler parses, makes one call into
 * the domain and formats the answer. No per-conversation state is kept (no storage):
 * everything durable goes through the ports in `deps`.
 */
export function createTeamsApp(
  adapter: TeamsAdapter,
  baseDeps: Omit<TeamsDeps, 'adapter' | 'botAppId'>,
  botAppId?: string,
): Application<TurnState> {
  // The adapter and app id also serve proactive messages; tabUrl stays a live getter.
  const deps: TeamsDeps = {
    store: baseDeps.store,
    runtime: baseDeps.runtime,
    rhythm: baseDeps.rhythm,
    clock: baseDeps.clock,
    logger: baseDeps.logger,
    get tabUrl() {
      return baseDeps.tabUrl;
    },
    adapter,
    botAppId: botAppId ?? '',
    indicators: baseDeps.indicators ?? null,
  };
  const app = new Application<TurnState>({
    adapter,
    ...(botAppId === undefined ? {} : { botAppId }),
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  app.conversationUpdate('membersAdded', (context) => handleMembersAdded(context, deps));
  app.activity(ActivityTypes.InstallationUpdate, (context) =>
    handleInstallationUpdate(context, deps),
  );

  // Universal Actions (Action.Execute) from every card: one router, documented invoke responses.
  app.addRoute(
    async (context) => isCardAction(context),
    (context) => handleCardAction(context, deps),
    true,
  );
  // Every message: a disclosure first, then exact commands, then free text (routes/dispatch.ts).
  app.activity(ActivityTypes.Message, (context) => handleMessage(context, deps));

  app.error(async (context, error) => {
    const { t, correlationId } = turnInfo(context);
    deps.logger.error(
      { err: error, correlationId, activityType: context.activity.type },
      'unhandled error in a bot turn',
    );
    await context.sendActivity(t('error.generic', { correlationId }));
  });
  return app;
}
