import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import {
  definitionChoices,
  isDefinitionRefusal,
  removeDefinition,
  saveDefinition,
  type DefinitionDeps,
  type DefinitionRefusal,
} from '../domain/services/indicator-definition-service';
import type { IndicatorDefinition } from '../domain/indicators/indicator-definition';
import { authenticatedFor } from './authenticated';
import { apiError } from './errors';
import { forbidden, planNotFound, queryParam, sendShapeError } from './replies';
import { sendJson } from './send-json';
import type { TabApiDeps } from './tab-api-deps';

/*
 * Indicators Samordning defines in the tab, under /api/v1/indicator-definitions (decision
 * 0032): GET the form's choices (everyone signed in; only Samordning gets `canDefine` and the
 * plan's activities), POST a new one, PUT a change, DELETE to remove. Samordning only, by role
 * from the validated identity. Bad input: 400 with every problem in Swedish, nothing stored.
 * The indicators themselves, with values and trend, stay under /api/v1/indicators.
 */

const typed = z.union([z.string().max(4000), z.number(), z.null()]).optional();
const bodySchema = z.object({
  name: typed,
  nameEn: typed,
  description: typed,
  unit: typed,
  direction: typed,
  baselineValue: typed,
  baselineYear: typed,
  targetValue: typed,
  targetYear: typed,
  source: typed,
  koladaKpi: typed,
  goal: typed,
  activityId: typed,
  organisation: typed,
});

const GONE = apiError(
  'not-found',
  'Måttet finns inte (längre). Ladda om sidan.',
  'The indicator does not exist (any more). Reload the page.',
);

function refused(res: Response, refusal: DefinitionRefusal): void {
  switch (refusal.kind) {
    case 'not-found':
      return sendJson(res, 404, { error: { ...GONE.error, correlationId: randomUUID() } });
    case 'forbidden':
      return forbidden(res);
    case 'plan-not-found':
      return sendJson(res, 404, planNotFound(refusal.requested));
    case 'plan-file':
      return sendJson(
        res,
        409,
        apiError(
          'plan-file',
          `”${refusal.name}” kommer från planfilen och ändras där.`,
          `“${refusal.name}” comes from the plan file and is changed there.`,
        ),
      );
    case 'clash':
      return sendJson(
        res,
        409,
        apiError(
          'clash',
          refusal.planFile
            ? `Planfilen har redan måttet ”${refusal.name}” (${refusal.id}). Ge det nya måttet ett annat namn.`
            : `Det finns redan ett mått som heter ”${refusal.name}”. Ge det nya måttet ett annat namn.`,
          refusal.planFile
            ? `The plan file already has the indicator “${refusal.name}” (${refusal.id}). Give the new one another name.`
            : `There already is an indicator called “${refusal.name}”. Give the new one another name.`,
        ),
      );
    case 'invalid': {
      const [first] = refusal.problems;
      return sendJson(res, 400, {
        ...apiError(
          'invalid',
          first?.message ?? 'Måttet kunde inte sparas.',
          first?.messageEn ?? 'The indicator could not be saved.',
        ),
        problems: refusal.problems,
      });
    }
  }
}

function answer(
  res: Response,
  status: number,
  result: IndicatorDefinition | DefinitionRefusal,
): void {
  if (isDefinitionRefusal(result)) return refused(res, result);
  sendJson(res, status, { indicator: result });
}

export function registerIndicatorDefinitionsApi(server: Server, deps: TabApiDeps): void {
  const authenticated = authenticatedFor(deps);
  const id = (req: Request): string => String((req.params as Record<string, unknown>)['id'] ?? '');
  const plan = (req: Request): string | undefined => queryParam(req, 'plan');
  const definitionDeps = (): DefinitionDeps | null =>
    deps.indicators === undefined || deps.indicators === null
      ? null
      : { store: deps.store, indicators: deps.indicators.indicators };

  server.get(
    '/api/v1/indicator-definitions',
    authenticated(async (req, res, user) => {
      const own = definitionDeps();
      if (own === null) {
        return sendJson(res, 200, {
          canDefine: false,
          goals: [],
          organisations: [],
          activities: [],
          defined: [],
        });
      }
      const choices = await definitionChoices(own, user, plan(req));
      if (isDefinitionRefusal(choices)) return refused(res, choices);
      sendJson(res, 200, choices);
    }),
  );

  /** Create (201, no id) or change (200, the id in the path): Samordning only. */
  const save = (status: number, idOf: (req: Request) => string | null) =>
    authenticated.json(async (req, res, user) => {
      const own = definitionDeps();
      if (own === null) return refused(res, { kind: 'plan-not-found', requested: null });
      const body = bodySchema.safeParse(req.body);
      if (!body.success) return sendShapeError(res);
      const now = deps.clock.now();
      answer(res, status, await saveDefinition(own, user, idOf(req), body.data, now, plan(req)));
    });
  server.post(
    '/api/v1/indicator-definitions',
    save(201, () => null),
  );
  server.put('/api/v1/indicator-definitions/:id', save(200, id));

  server.del(
    '/api/v1/indicator-definitions/:id',
    authenticated(async (req, res, user) => {
      const own = definitionDeps();
      if (own === null) return refused(res, { kind: 'not-found' });
      answer(res, 200, await removeDefinition(own, user, id(req), deps.clock.now(), plan(req)));
    }),
  );
}
