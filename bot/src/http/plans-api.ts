import type { Response, Server } from 'restify';
import { z } from 'zod';
import { carriedActivityId, carryProblemText, type CarryProblem } from '../domain/carry/carry-plan';
import { formatPlanProblem, type LocatedPlanProblem } from '../domain/plan-file/plan-problem';
import type { PlanDocument } from '../domain/plan-file/plan-document';
import { planFromDocument } from '../domain/plan-file/to-plan';
import { carryActivities, carrySuggestion } from '../domain/services/carry-service';
import { importPlan } from '../domain/services/plan-import';
import type { PlanNotFound } from '../domain/services/resolve-plan';
import { isSamordning } from '../domain/roles';
import type { Plan } from '../domain/types';
import { readPlanYaml } from '../files/plan-yaml';
import { authenticatedFor } from './authenticated';
import { apiError } from './errors';
import { forbidden, planNotFound, queryParam, sendShapeError } from './replies';
import { samordningJson } from './samordning-json';
import { sendJson } from './send-json';
import type { TabApiDeps } from './tab-api-deps';

/*
 * Starting the next plan period in the tab (issue 15 item 4, decisions 0028 and 0031), all
 * Samordning's: check a plan file's text (every problem with its line, as `npm run plan -- check`),
 * import it (idempotent; a changed plan with reports is refused), make a plan current, and carry
 * chosen activities into the next plan under a goal mapping a person confirmed — the same domain
 * services as `npm run plan`. The role comes from the validated identity, never from the body;
 * a refusal stores nothing.
 */

/** A plan file as text; the JSON body limit (256 KB) is the outer bound. */
const planText = z.object({ text: z.string().min(1).max(200_000) });
const planId = z.string().regex(/^[\w.-]{1,100}$/);
const carryBody = z.object({
  from: planId,
  to: planId,
  goals: z
    .array(z.object({ from: z.number().int().min(1).max(99), to: z.number().int().min(1).max(99) }))
    .max(99),
  activityIds: z.array(z.string().min(1).max(300)).max(5000),
});

function problemsOf(problems: readonly LocatedPlanProblem[]) {
  return problems.map((p) => ({
    line: p.line,
    column: p.column,
    message: p.sv,
    messageEn: p.en,
    text: formatPlanProblem(p),
    textEn: formatPlanProblem(p, 'en'),
  }));
}

/** What the tab shows of a checked or imported plan. */
function planSummary(plan: Pick<Plan, 'id' | 'title' | 'periodStart' | 'periodEnd'>) {
  return {
    id: plan.id,
    title: plan.title,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
  };
}

function documentSummary(doc: PlanDocument) {
  return {
    // The title as the store and the plan picker write it (with the subtitle).
    ...planSummary(planFromDocument(doc)),
    goals: doc.goals.length,
    organisations: doc.organisations.length,
  };
}

/** A carry problem in the tab's words (the CLI's says how to type the mapping). */
function carryProblem(problem: CarryProblem): { code: string; message: string } {
  return {
    code: problem.kind,
    message:
      problem.kind === 'goal-unmapped'
        ? `Inriktningsmål ${String(problem.goal)} i den gamla planen har inget mål i den nya. Välj ett mål för det eller välj bort dess aktiviteter.`
        : carryProblemText(problem),
  };
}

/** The plan file read from its text, or the answer already sent (400 with every problem). */
function checkedPlan(text: string, res: Response): PlanDocument | null {
  const result = readPlanYaml(text);
  if (result.ok) return result.plan;
  sendJson(res, 400, {
    ...apiError(
      'invalid-plan-file',
      `Planfilen har ${String(result.problems.length)} problem. Rätta raderna och kontrollera igen – inget har sparats.`,
      `The plan file has ${String(result.problems.length)} problems. Correct the lines and check again; nothing was saved.`,
    ),
    problems: problemsOf(result.problems),
  });
  return null;
}

function sendPlanNotFound(res: Response, outcome: Pick<PlanNotFound, 'requested'>): void {
  sendJson(res, 404, planNotFound(outcome.requested));
}

export function registerPlansApi(server: Server, deps: TabApiDeps): void {
  const authenticated = authenticatedFor(deps);
  const { store } = deps;

  // Check only: 200 with the plan's summary, or 400 with every problem and its line.
  server.post(
    '/api/v1/plans/check',
    samordningJson(authenticated, planText, async (_req, res, _user, { text }) => {
      const doc = checkedPlan(text, res);
      if (doc === null) return;
      const existing = await store.plans.get(doc.id);
      sendJson(res, 200, { plan: documentSummary(doc), exists: existing !== undefined });
    }),
  );

  server.post(
    '/api/v1/plans/import',
    samordningJson(authenticated, planText, async (_req, res, _user, { text }) => {
      const doc = checkedPlan(text, res);
      if (doc === null) return;
      const outcome = await importPlan(store, doc);
      if (outcome.kind === 'frozen')
        return sendJson(
          res,
          409,
          apiError(
            'plan-frozen',
            `Planen "${outcome.plan.title}" har redan ${String(outcome.reports)} rapporter och är låst: uppföljningen gjordes mot den. Ge den nya versionen ett eget id. Inget har sparats.`,
            `The plan "${outcome.plan.title}" already has ${String(outcome.reports)} reports and is frozen. Give the new version its own id. Nothing was saved.`,
          ),
        );
      deps.logger.info(
        { event: 'plan-import', plan: outcome.plan.id, kind: outcome.kind },
        'plan imported',
      );
      const current = await store.plans.current();
      sendJson(res, outcome.kind === 'created' ? 201 : 200, {
        outcome: outcome.kind,
        plan: { ...planSummary(outcome.plan), current: current?.id === outcome.plan.id },
      });
    }),
  );

  server.post(
    '/api/v1/plans/:id/current',
    authenticated(async (req, res, user) => {
      if (!isSamordning(user)) return forbidden(res);
      const id = planId.safeParse((req.params as Record<string, unknown>)['id']);
      const plan = id.success ? await store.plans.get(id.data) : undefined;
      if (plan === undefined)
        return sendPlanNotFound(res, { requested: id.success ? id.data : '' });
      await store.plans.makeCurrent(plan.id);
      deps.logger.info({ event: 'plan-current', plan: plan.id }, 'current plan changed');
      sendJson(res, 200, { currentPlanId: plan.id, plan: planSummary(plan) });
    }),
  );

  // The suggestion: each old goal with the new goal where the texts match, and the activities.
  server.get(
    '/api/v1/plans/carry',
    authenticated(async (req, res, user) => {
      if (!isSamordning(user)) return forbidden(res);
      const from = planId.optional().safeParse(queryParam(req, 'from'));
      const to = planId.safeParse(queryParam(req, 'to'));
      if (!from.success || !to.success) return sendShapeError(res);
      // Without `from`: from the current plan.
      const fromId = from.data ?? (await store.plans.current())?.id;
      if (fromId === undefined) return sendPlanNotFound(res, { requested: null });
      const suggestion = await carrySuggestion(store, fromId, to.data);
      if ('kind' in suggestion) return sendPlanNotFound(res, suggestion);
      const [organisations, carried] = await Promise.all([
        store.organisations.list(),
        store.activities.list({ planId: suggestion.to.id }),
      ]);
      const orgName = new Map(organisations.map((o) => [o.id, o.name]));
      const carriedIds = new Set(carried.map((a) => a.id));
      const goals = (plan: Plan) => plan.goals.map((g) => ({ number: g.number, title: g.title }));
      sendJson(res, 200, {
        from: { ...planSummary(suggestion.from), goals: goals(suggestion.from) },
        to: { ...planSummary(suggestion.to), goals: goals(suggestion.to) },
        goals: suggestion.goals,
        activities: suggestion.activities.map((a) => ({
          id: a.id,
          title: a.title,
          goal: a.goal,
          organisationId: a.organisationId,
          organisationName: orgName.get(a.organisationId) ?? a.organisationId,
          carried: carriedIds.has(carriedActivityId(a.id, suggestion.to.id)),
        })),
      });
    }),
  );

  server.post(
    '/api/v1/plans/carry',
    samordningJson(authenticated, carryBody, async (_req, res, _user, body) => {
      const { from, to, activityIds } = body;
      const goals = new Map(body.goals.map((g) => [g.from, g.to]));
      const outcome = await carryActivities(store, deps.clock, from, to, {
        activityIds,
        goals,
      });
      if (outcome.kind === 'plan-not-found') return sendPlanNotFound(res, outcome);
      if (outcome.kind === 'refused')
        return sendJson(res, 400, {
          ...apiError(
            'carry-refused',
            'Aktiviteterna fördes inte över – inget har sparats. Se vad som behöver rättas.',
            'The activities were not carried over; nothing was saved. See what needs correcting.',
          ),
          problems: outcome.problems.map(carryProblem),
        });
      deps.logger.info(
        {
          event: 'plan-carry',
          from: outcome.from.id,
          to: outcome.to.id,
          created: outcome.created.length,
          existing: outcome.existing,
        },
        'activities carried',
      );
      sendJson(res, 200, {
        from: planSummary(outcome.from),
        to: planSummary(outcome.to),
        created: outcome.created.map((a) => ({ id: a.id, title: a.title })),
        existing: outcome.existing,
      });
    }),
  );
}
