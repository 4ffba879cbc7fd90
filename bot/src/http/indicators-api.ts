import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import {
  enterIndicatorValue,
  isIndicatorRefusal,
  loadIndicators,
  type IndicatorRefusal,
} from '../domain/services/indicator-service';
import { authenticatedFor } from './authenticated';
import { apiError } from './errors';
import { forbidden, planNotFound, queryParam, sendShapeError } from './replies';
import { sendJson } from './send-json';
import type { TabApiDeps } from './tab-api-deps';

/*
 * Indicators (mått) under /api/v1/indicators (decision 0026): everyone signed in reads them
 * with their values, trend and source; Samordning, or a samordnare of the indicator's owning
 * organisation (role from the validated identity), enters a value for a round. Bad input: a
 * Swedish message, nothing stored.
 */

const valueSchema = z.object({
  roundId: z.string().min(1).max(200),
  value: z.union([z.number(), z.string().max(50), z.null()]),
});

function refused(res: Response, refusal: IndicatorRefusal): void {
  switch (refusal.kind) {
    case 'forbidden':
      return forbidden(res, {
        sv: 'Bara samordningen och den ansvariga organisationens samordnare kan föra in värden för måttet.',
        en: 'Only Samordning and the owning organisation’s samordnare can enter values for this indicator.',
      });
    case 'plan-not-found':
      return sendJson(res, 404, planNotFound(refusal.requested));
    case 'not-found':
      return sendJson(
        res,
        404,
        refusal.what === 'indicator'
          ? apiError('not-found', 'Måttet finns inte i planen.', 'The plan has no such indicator.')
          : apiError('not-found', 'Omgången finns inte.', 'The round does not exist.'),
      );
    case 'kolada-indicator':
      return sendJson(
        res,
        409,
        apiError(
          'kolada-indicator',
          'Måttet hämtas från Kolada; dess värden förs inte in för hand.',
          'The indicator comes from Kolada; its values are not entered by hand.',
        ),
      );
    case 'invalid':
      return sendJson(res, 400, apiError('invalid', refusal.message, refusal.messageEn));
  }
}

export function registerIndicatorsApi(server: Server, deps: TabApiDeps): void {
  const authenticated = authenticatedFor(deps);
  const id = (req: Request): string => String((req.params as Record<string, unknown>)['id'] ?? '');

  server.get(
    '/api/v1/indicators',
    authenticated(async (req, res, user) => {
      const indicatorDeps = deps.indicators;
      if (indicatorDeps === undefined || indicatorDeps === null) {
        return sendJson(res, 200, { plan: null, rounds: [], indicators: [] });
      }
      const loaded = await loadIndicators(indicatorDeps, user, queryParam(req, 'plan'));
      if (isIndicatorRefusal(loaded)) return refused(res, loaded);
      sendJson(res, 200, {
        plan: { id: loaded.plan.id, title: loaded.plan.title },
        rounds: [...loaded.rounds]
          .sort((a, b) => (a.opensAt < b.opensAt ? -1 : a.opensAt > b.opensAt ? 1 : 0))
          .map((r) => ({ id: r.id, title: r.title, opensAt: r.opensAt })),
        indicators: loaded.indicators,
      });
    }),
  );

  server.post(
    '/api/v1/indicators/:id/values',
    authenticated.json(async (req, res, user) => {
      const indicatorDeps = deps.indicators;
      if (indicatorDeps === undefined || indicatorDeps === null) {
        return refused(res, { kind: 'not-found', what: 'indicator' });
      }
      const parsed = valueSchema.safeParse(req.body);
      if (!parsed.success) return sendShapeError(res);
      const result = await enterIndicatorValue(
        indicatorDeps,
        user,
        { indicatorId: id(req), roundId: parsed.data.roundId, value: parsed.data.value },
        deps.clock.now(),
      );
      if (isIndicatorRefusal(result)) return refused(res, result);
      sendJson(res, 201, { value: result });
    }),
  );
}
