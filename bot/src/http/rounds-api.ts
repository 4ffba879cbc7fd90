import type { Server } from 'restify';
import { z } from 'zod';
import { isSamordning, readsFollowUp } from '../domain/roles';
import { createFollowUpRound, listRounds } from '../domain/services/round-service';
import { roundPeriod } from '../domain/follow-up-round';
import type { ReportingRound } from '../domain/types';
import { authenticatedFor } from './authenticated';
import { apiError } from './errors';
import { forbidden, NOT_ALLOWED, planNotFound, queryParam } from './replies';
import { samordningJson } from './samordning-json';
import { sendJson } from './send-json';
import type { TabApiDeps } from './tab-api-deps';

/*
 * Follow-up rounds that are not meetings under /api/v1/rounds (issue 15 item 7, decision 0031):
 * Samordning creates one for any period, also in the past ("Halvtidsuppföljning 2024"), in the
 * chosen plan (the current one by default) — the same domain service as `npm run round -- create`.
 * The samordningsgrupp reads a plan's rounds with their periods. Roles come from the identity.
 */

const planId = z.string().regex(/^[\w.-]{1,100}$/);
const roundBody = z.object({
  // Checked in the domain (Swedish messages); the shape only bounds the size.
  title: z.string().max(1000),
  from: z.string().max(40),
  to: z.string().max(40),
  plan: planId.optional(),
});

const roundOf = (round: ReportingRound) => ({
  id: round.id,
  title: round.title,
  kind: round.kind,
  ...roundPeriod(round),
});

export function registerRoundsApi(server: Server, deps: TabApiDeps): void {
  const authenticated = authenticatedFor(deps);

  server.get(
    '/api/v1/rounds',
    authenticated(async (req, res, user) => {
      if (!readsFollowUp(user)) return forbidden(res, NOT_ALLOWED);
      const listed = await listRounds(deps.store, queryParam(req, 'plan'));
      if ('kind' in listed) return sendJson(res, 404, planNotFound(listed.requested));
      sendJson(res, 200, {
        plan: { id: listed.plan.id, title: listed.plan.title },
        rounds: listed.rounds.map(({ round }) => roundOf(round)),
        canCreate: isSamordning(user),
      });
    }),
  );

  server.post(
    '/api/v1/rounds',
    samordningJson(authenticated, roundBody, async (_req, res, _user, body) => {
      const { plan, ...input } = body;
      const outcome = await createFollowUpRound(deps.store, input, plan);
      if (outcome.kind === 'plan-not-found')
        return sendJson(res, 404, planNotFound(outcome.requested));
      if (outcome.kind === 'refused')
        return sendJson(res, 400, {
          ...apiError(
            'invalid',
            'Omgången skapades inte – inget har sparats. Se vad som behöver rättas.',
            'The round was not created; nothing was saved. See what needs correcting.',
          ),
          problems: outcome.problems.map((message) => ({ message })),
        });
      if (outcome.kind === 'created')
        deps.logger.info(
          { event: 'round-created', plan: outcome.plan.id, round: outcome.round.id },
          'follow-up round created',
        );
      sendJson(res, outcome.kind === 'created' ? 201 : 200, {
        outcome: outcome.kind,
        plan: { id: outcome.plan.id, title: outcome.plan.title },
        round: roundOf(outcome.round),
      });
    }),
  );
}
