import type { Server } from 'restify';
import { z } from 'zod';
import { isSamordning } from '../domain/roles';
import { createFollowUpRound, listRounds } from '../domain/services/round-service';
import type { PlanNotFound } from '../domain/services/resolve-plan';
import { roundPeriod } from '../domain/follow-up-round';
import type { Member, ReportingRound } from '../domain/types';
import { authenticatedFor } from './authenticated';
import { apiError } from './errors';
import { forbidden, NOT_ALLOWED, queryParam, sendShapeError } from './replies';
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

const canRead = (user: Member) => isSamordning(user) || user.roles.includes('samordnare');

const planNotFound = (outcome: PlanNotFound) =>
  apiError(
    'plan-not-found',
    outcome.requested === null ? 'Det finns ingen plan.' : 'Planen finns inte.',
    outcome.requested === null ? 'There is no plan.' : 'The plan does not exist.',
  );

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
      if (!canRead(user)) return forbidden(res, NOT_ALLOWED);
      const listed = await listRounds(deps.store, queryParam(req, 'plan'));
      if ('kind' in listed) return sendJson(res, 404, planNotFound(listed));
      sendJson(res, 200, {
        plan: { id: listed.plan.id, title: listed.plan.title },
        rounds: listed.rounds.map(({ round }) => roundOf(round)),
        canCreate: isSamordning(user),
      });
    }),
  );

  server.post(
    '/api/v1/rounds',
    authenticated.json(async (req, res, user) => {
      if (!isSamordning(user)) return forbidden(res);
      const body = roundBody.safeParse(req.body);
      if (!body.success) return sendShapeError(res);
      const { plan, ...input } = body.data;
      const outcome = await createFollowUpRound(deps.store, input, plan);
      if (outcome.kind === 'plan-not-found') return sendJson(res, 404, planNotFound(outcome));
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
