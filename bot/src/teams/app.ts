import { Application, TurnState, type TeamsAdapter } from '@microsoft/teams-ai';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import { parseCommand, type CommandId } from './commands';
import type { TeamsDeps } from './deps';
import { handleUseChannel } from './routes/channel';
import { handleUnknown } from './routes/fallback';
import { handleHelp } from './routes/help';
import { handleInstallationUpdate, handleMembersAdded } from './routes/install';
import { handleMeetings, handleNewMeeting, handleRemindNow } from './routes/meetings';
import { handleMyActivities } from './routes/my-activities';
import { handleStatus } from './routes/status';
import { handleSupport, handleSupportAdmin } from './routes/support';
import { handleCardAction, isCardAction } from './actions/router';
import { turnInfo } from './turn';

function isCommand(id: CommandId) {
  return async (context: TurnContext): Promise<boolean> =>
    context.activity.type === ActivityTypes.Message &&
    parseCommand(context.activity.text)?.id === id;
}

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

  app.message(isCommand('help'), (context) => handleHelp(context, deps));
  app.message(isCommand('my-activities'), (context) => handleMyActivities(context, deps));
  app.message(isCommand('status'), (context) => handleStatus(context, deps));
  app.message(isCommand('meetings'), (context) => handleMeetings(context, deps));
  app.message(isCommand('new-meeting'), (context) => handleNewMeeting(context, deps));
  app.message(isCommand('remind-now'), (context) => handleRemindNow(context, deps));
  app.message(isCommand('use-channel'), (context) => handleUseChannel(context, deps));
  // Support information: nothing about the asker is logged or stored (routes/support.ts).
  app.message(isCommand('support'), (context) => handleSupport(context, deps));
  app.message(isCommand('support-admin'), (context) => handleSupportAdmin(context, deps));
  // Universal Actions (Action.Execute) from every card: one router, documented invoke responses.
  app.addRoute(
    async (context) => isCardAction(context),
    (context) => handleCardAction(context, deps),
    true,
  );
  // Registered last: every other message gets a friendly hint.
  app.activity(ActivityTypes.Message, (context) => handleUnknown(context));

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
