import type { Response, Server } from 'restify';
import { z } from 'zod';
import type { DialogueProblem } from '../domain/meetings/dialogue';
import { dialoguesByRound } from '../domain/meetings/dialogue-service';
import type { Meeting } from '../domain/meetings/meeting';
import type { MeetingDeps } from '../domain/meetings/meeting-service';
import { isSamordning, readsFollowUp } from '../domain/roles';
import {
  addDialogues,
  createFollowUpRoundWithDialogues,
  listRounds,
} from '../domain/services/round-service';
import { roundPeriod } from '../domain/follow-up-round';
import type { Plan, ReportingRound } from '../domain/types';
import { bilingual } from '../i18n/bilingual';
import { describeDialogueProblem } from '../meetings/meeting-messages';
import { authenticatedFor } from './authenticated';
import { dialoguesShape, dialogueView, slotsOf } from './dialogue-views';
import { organisationValidity, planOf } from './plan-views';
import { forbidden, NOT_ALLOWED, planNotFound, queryParam, sendError } from './replies';
import { samordningJson } from './samordning-json';
import { sendJson } from './send-json';
import type { TabApiDeps } from './tab-api-deps';

/*
 * Follow-up rounds that are not meetings under /api/v1/rounds (issue 15 item 7, decisions 0031
 * and 0033): Samordning creates one for any period, also in the past ("Halvtidsuppföljning
 * 2024"), in the chosen plan (the current one by default) — the same domain service as
 * `npm run round -- create` — optionally with a dialogue meeting per organisation, and adds
 * dialogues to a follow-up round later. A round and its dialogues are stored together or not at
 * all. The samordningsgrupp reads a plan's rounds with their periods and dialogues. Roles come
 * from the identity.
 */

const planId = z.string().regex(/^[\w.-]{1,100}$/);
const roundBody = z.object({
  // Checked in the domain (Swedish messages); the shape only bounds the size.
  title: z.string().max(1000),
  from: z.string().max(40),
  to: z.string().max(40),
  plan: planId.optional(),
  dialogues: dialoguesShape.optional(),
});
const dialoguesBody = z.object({ dialogues: dialoguesShape.min(1), plan: planId.optional() });

const NOT_SAVED = {
  round: {
    sv: 'Omgången skapades inte – inget har sparats. Se vad som behöver rättas.',
    en: 'The round was not created; nothing was saved. See what needs correcting.',
  },
  dialogues: {
    sv: 'Dialogmötena sparades inte – inget har sparats. Se vad som behöver rättas.',
    en: 'The dialogue meetings were not saved; nothing was saved. See what needs correcting.',
  },
} as const;

const roundOf = (round: ReportingRound) => ({
  id: round.id,
  title: round.title,
  kind: round.kind,
  ...roundPeriod(round),
});

/** 400: one line per problem, each naming its organisation (Swedish first). */
function sendDialogueProblems(
  res: Response,
  text: { sv: string; en: string },
  problems: readonly DialogueProblem[],
): void {
  sendError(res, 400, 'invalid', text.sv, text.en, {
    problems: problems.map((p) => ({
      organisation: p.organisationId,
      code: p.code,
      ...bilingual((t) => describeDialogueProblem(t, p)),
    })),
  });
}

export function registerRoundsApi(server: Server, deps: TabApiDeps): void {
  const authenticated = authenticatedFor(deps);
  const meetingDeps: MeetingDeps = { store: deps.store, clock: deps.clock, ...deps.rhythm };
  const { timeZone } = deps.rhythm.settings;
  const dialoguesOf = async (meetings: readonly Meeting[]) => {
    const organisations = await deps.store.organisations.list();
    return meetings.map((m) => dialogueView(m, organisations, timeZone));
  };
  const logDialogues = (plan: Plan, round: ReportingRound, created: number) => {
    if (created > 0)
      deps.logger.info(
        { event: 'dialogues-planned', plan: plan.id, round: round.id, created },
        'dialogue meetings planned',
      );
  };

  server.get(
    '/api/v1/rounds',
    authenticated(async (req, res, user) => {
      if (!readsFollowUp(user)) return forbidden(res, NOT_ALLOWED);
      const listed = await listRounds(deps.store, queryParam(req, 'plan'));
      if ('kind' in listed) return sendJson(res, 404, planNotFound(listed.requested));
      const [dialogues, organisations] = await Promise.all([
        dialoguesByRound(deps.rhythm.meetings, listed.plan.id),
        deps.store.organisations.list(),
      ]);
      sendJson(res, 200, {
        plan: planOf(listed.plan),
        rounds: listed.rounds.map(({ round }) => ({
          ...roundOf(round),
          dialogues: (dialogues.get(round.id) ?? []).map((m) =>
            dialogueView(m, organisations, timeZone),
          ),
        })),
        // Every organisation with its validity: the tab offers those that exist in the period.
        organisations: organisations.map(organisationValidity),
        canCreate: isSamordning(user),
      });
    }),
  );

  server.post(
    '/api/v1/rounds',
    samordningJson(authenticated, roundBody, async (_req, res, _user, body) => {
      const { plan, dialogues = [], ...input } = body;
      const outcome = await createFollowUpRoundWithDialogues(
        meetingDeps,
        input,
        slotsOf(dialogues),
        plan,
      );
      if (outcome.kind === 'plan-not-found')
        return sendJson(res, 404, planNotFound(outcome.requested));
      if (outcome.kind === 'refused')
        return sendError(res, 400, 'invalid', NOT_SAVED.round.sv, NOT_SAVED.round.en, {
          problems: outcome.problems.map((message) => ({ message })),
        });
      if (outcome.kind === 'dialogues-refused')
        return sendDialogueProblems(res, NOT_SAVED.round, outcome.problems);
      if (outcome.kind === 'created')
        deps.logger.info(
          { event: 'round-created', plan: outcome.plan.id, round: outcome.round.id },
          'follow-up round created',
        );
      logDialogues(outcome.plan, outcome.round, outcome.createdDialogues);
      sendJson(res, outcome.kind === 'created' ? 201 : 200, {
        outcome: outcome.kind,
        plan: planOf(outcome.plan),
        round: roundOf(outcome.round),
        dialogues: await dialoguesOf(outcome.dialogues),
      });
    }),
  );

  server.post(
    '/api/v1/rounds/:id/dialogues',
    samordningJson(authenticated, dialoguesBody, async (req, res, _user, body) => {
      const roundId = String((req.params as Record<string, unknown>)['id'] ?? '');
      const outcome = await addDialogues(meetingDeps, roundId, slotsOf(body.dialogues), body.plan);
      if (outcome.kind === 'plan-not-found')
        return sendJson(res, 404, planNotFound(outcome.requested));
      if (outcome.kind === 'round-not-found')
        return sendError(
          res,
          404,
          'not-found',
          'Omgången finns inte i planen.',
          'The round does not exist in the plan.',
        );
      if (outcome.kind === 'not-follow-up')
        return sendError(
          res,
          400,
          'not-follow-up',
          'Omgången hör till ett möte och kan inte få dialogmöten.',
          'The round belongs to a meeting and cannot have dialogue meetings.',
        );
      if (outcome.kind === 'refused')
        return sendDialogueProblems(res, NOT_SAVED.dialogues, outcome.problems);
      logDialogues(outcome.plan, outcome.round, outcome.created);
      sendJson(res, outcome.created > 0 ? 201 : 200, {
        plan: planOf(outcome.plan),
        round: roundOf(outcome.round),
        created: outcome.created,
        dialogues: await dialoguesOf(outcome.meetings),
      });
    }),
  );
}
