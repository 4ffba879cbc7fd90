import type { Response, Server } from 'restify';
import { z } from 'zod';
import type { StoredConversation } from '../domain/ports/runtime-state.port';
import type { Member } from '../domain/types';
import {
  channelCandidates,
  channelNames,
  chooseTeamChannel,
  teamChannelState,
} from '../meetings/team-channel';
import { authenticatedFor } from './authenticated';
import { sendJson } from './send-json';
import { sendError } from './replies';
import { isSamordning } from '../domain/roles';
import { samordningJson } from './samordning-json';
import type { TabApiDeps } from './tab-api-deps';

/*
 * "Kanal för sammanfattningar och meddelanden" under /api/v1: where the day-before summary and
 * HR's announcements are posted. Everyone signed in sees which channel (or why none); only
 * Samordning (the role from the validated identity) sees the candidates and who chose, and
 * chooses. Installing the app in a channel never chooses it (docs/decisions/0017).
 */

const chooseSchema = z.object({ conversationId: z.string().min(1).max(1000) }).strict();

const channelBody = (conversation: StoredConversation) => ({
  conversationId: conversation.conversationId,
  ...channelNames(conversation),
});

async function answer(res: Response, deps: TabApiDeps, user: Member, status = 200): Promise<void> {
  const runtime = deps.rhythm.channel;
  const state = await teamChannelState(runtime);
  const samordning = isSamordning(user);
  const base = {
    state: state.kind,
    channel: state.kind === 'chosen' ? channelBody(state.conversation) : null,
    canChoose: samordning,
  };
  if (!samordning) return sendJson(res, status, base);
  const choice = state.kind === 'none' ? null : state.choice;
  const chooser = choice === null ? undefined : await deps.store.members.get(choice.chosenByUserId);
  sendJson(res, status, {
    ...base,
    chosenAt: choice?.chosenAt ?? null,
    chosenByName: chooser?.name ?? null,
    candidates: (await channelCandidates(runtime)).map(channelBody),
  });
}

export function registerTeamChannelApi(server: Server, deps: TabApiDeps): void {
  const authenticated = authenticatedFor(deps);

  server.get(
    '/api/v1/team-channel',
    authenticated(async (_req, res, user) => answer(res, deps, user)),
  );

  server.put(
    '/api/v1/team-channel',
    samordningJson(authenticated, chooseSchema, async (_req, res, user, choice) => {
      const result = await chooseTeamChannel(
        deps.rhythm.channel,
        user.userId,
        choice.conversationId,
        deps.clock.now(),
      );
      if (result === 'unknown-channel') {
        return sendError(
          res,
          404,
          'unknown-channel',
          'Samordna finns inte i den kanalen. Välj en av kanalerna i listan, eller lägg först till Samordna i teamet.',
          'Samordna is not in that channel. Choose one of the channels in the list, or add Samordna to the team first.',
        );
      }
      deps.logger.info(
        {
          event: 'team-channel-chosen',
          via: 'tab',
          conversationId: choice.conversationId,
          userId: user.userId,
        },
        'Samordning chose the team channel',
      );
      await answer(res, deps, user);
    }),
  );
}
