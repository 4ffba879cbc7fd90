import { randomUUID } from 'node:crypto';
import type { Request, Server } from 'restify';
import { z } from 'zod';
import { STATUS_KEYS } from '../domain/dashboard/types';
import { saveActivity } from '../domain/services/activity-service';
import {
  findActivities,
  loadActivityDetail,
  loadDashboard,
} from '../domain/services/dashboard-service';
import { dismissRefusedEdit } from '../domain/services/refused-edit-service';
import { authenticatedFor } from './authenticated';
import { sendJson, sendJsonText } from './send-json';
import { VersionedCache } from './versioned-cache';
import { apiError } from './errors';
import { forbidden, planNotFound, queryOf, sendError } from './replies';
import type { TabApiDeps } from './tab-api-deps';

/*
 * The dashboard, activity search and activity detail under /api/v1. Every signed-in user may
 * read the aggregates; who reported is limited in the domain; editing an activity is for
 * Samordning and the samordnare of the activity's own organisation (403 otherwise).
 */

const id = z.string().regex(/^[\w.-]{1,100}$/);
const optionalId = id.optional();

const dashboardQuery = z.object({
  plan: optionalId,
  round: optionalId,
  organisation: optionalId,
  heading: optionalId,
});

const activitiesQuery = z.object({
  plan: optionalId,
  q: z.string().max(200).optional(),
  organisation: optionalId,
  goal: z.coerce.number().int().min(1).max(99).optional(),
  heading: optionalId,
  own: z.enum(['1']).optional(),
  status: z.enum(STATUS_KEYS).optional(),
  focusArea: optionalId,
  perspective: optionalId,
  targetGroup: optionalId,
  untagged: z.enum(['1']).optional(),
});

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();

const activityUpdate = z.object({
  version: z.number().int().min(1),
  title: z.string().trim().min(1).max(300),
  description: z.string().max(5000),
  goal: z.number().int().min(1).max(99),
  strategyId: z.string().max(100),
  heading: id,
  partners: z.array(z.string().max(200)).max(50),
  focusAreaIds: z.array(id).max(50),
  perspectiveIds: z.array(id).max(50),
  targetGroupIds: z.array(id).max(50),
  preventionLevel: id.nullable(),
  direction: z.enum(['intern', 'malmobor']),
  owner: z.string().max(300),
  startDate: localDate,
  endDate: localDate,
});

const badFilter = apiError(
  'bad-filter',
  'Filtret kunde inte tolkas. Välj bland alternativen och försök igen.',
  'The filter could not be understood. Choose from the options and try again.',
);
const activityNotFound = () =>
  apiError('not-found', 'Aktiviteten finns inte.', 'The activity does not exist.');

const NOT_OWN_ORGANISATION = {
  sv: 'Du kan bara ändra din egen förvaltnings aktiviteter.',
  en: 'You can only edit your own organisation’s activities.',
};

function activityIdOf(req: Request): string | null {
  const parsed = id.safeParse((req.params as Record<string, unknown> | undefined)?.['id']);
  return parsed.success ? parsed.data : null;
}

/** Registers the dashboard and activity routes; called from registerTabApi. */
export function registerDashboardApi(server: Server, deps: TabApiDeps): void {
  const { store, clock } = deps;
  const refused = deps.refusedEdits ?? null;
  const maxAgeMs = deps.dashboardMaxAgeMs ?? 0;
  const storeVersion = maxAgeMs > 0 ? deps.storeVersion : undefined;
  const authenticated = authenticatedFor(deps);
  // The dashboard is the same for every reader (who reported is not in it): one computation
  // per filter and store version serves everyone who opens Översikt at once.
  // Kept serialized: a burst then costs one JSON.stringify, not one per reader.
  const dashboards = new VersionedCache<string | null>({
    maxAgeMs,
    now: () => clock.now().getTime(),
  });

  server.get(
    '/api/v1/dashboard',
    authenticated(async (req, res) => {
      const query = dashboardQuery.safeParse(queryOf(req));
      if (!query.success) return sendJson(res, 400, badFilter);
      const { plan, round, organisation, heading } = query.data;
      const compute = async () => {
        const dashboard = await loadDashboard(store, clock, plan, {
          ...(round === undefined ? {} : { roundId: round }),
          ...(organisation === undefined ? {} : { organisationId: organisation }),
          ...(heading === undefined ? {} : { heading }),
        });
        return dashboard === undefined ? null : JSON.stringify(dashboard);
      };
      const json =
        storeVersion === undefined
          ? await compute()
          : await dashboards.get(
              JSON.stringify([plan, round, organisation, heading]),
              storeVersion(),
              compute,
            );
      if (json === null) return sendJson(res, 404, planNotFound());
      sendJsonText(res, 200, json);
    }),
  );

  server.get(
    '/api/v1/activities',
    authenticated(async (req, res) => {
      const query = activitiesQuery.safeParse(queryOf(req));
      if (!query.success) return sendJson(res, 400, badFilter);
      const { plan, q, organisation, own, focusArea, perspective, targetGroup, untagged, ...same } =
        query.data;
      const result = await findActivities(store, clock, plan, {
        ...same, // goal, heading, status: named as the filter names them
        text: q,
        organisationId: organisation,
        ownOnly: own === '1',
        focusAreaId: focusArea,
        perspectiveId: perspective,
        targetGroupId: targetGroup,
        untaggedOnly: untagged === '1',
      });
      if (result === undefined) return sendJson(res, 404, planNotFound());
      sendJson(res, 200, result);
    }),
  );

  server.get(
    '/api/v1/activities/:id',
    authenticated(async (req, res, user) => {
      const activityId = activityIdOf(req);
      if (activityId === null) return sendJson(res, 404, activityNotFound());
      const detail = await loadActivityDetail(store, user, activityId, refused);
      if (detail === undefined) return sendJson(res, 404, activityNotFound());
      sendJson(res, 200, detail);
    }),
  );

  server.del(
    '/api/v1/activities/:id/refused-edits/:editId',
    authenticated(async (req, res, user) => {
      const activityId = activityIdOf(req);
      const editId = id.safeParse((req.params as Record<string, unknown> | undefined)?.['editId']);
      const result =
        activityId === null || !editId.success
          ? 'not-found'
          : await dismissRefusedEdit(store, refused, user, activityId, editId.data);
      if (result === 'dismissed') return sendJson(res, 200, { dismissed: true });
      if (result === 'forbidden') return forbidden(res, NOT_OWN_ORGANISATION);
      sendError(
        res,
        404,
        'not-found',
        'Meddelandet finns inte längre. Ladda om sidan.',
        'The message no longer exists. Reload the page.',
      );
    }),
  );

  server.put(
    '/api/v1/activities/:id',
    authenticated.json(async (req, res, user) => {
      const activityId = activityIdOf(req);
      if (activityId === null) return sendJson(res, 404, activityNotFound());
      const input = activityUpdate.safeParse(req.body);
      if (!input.success) {
        return sendJson(
          res,
          400,
          apiError(
            'invalid',
            'Några uppgifter har fel format. Rätta fälten och försök igen.',
            'Some fields have the wrong format. Correct them and try again.',
          ),
        );
      }
      const result = await saveActivity(store, clock, user, {
        ...input.data,
        activityId,
        submissionId: randomUUID(),
      });
      switch (result.kind) {
        case 'saved':
          return sendJson(res, 200, { activity: result.activity });
        case 'conflict':
          return sendJson(res, 409, {
            ...apiError(
              'conflict',
              'Någon annan har ändrat aktiviteten sedan du öppnade den. Se den senaste versionen och försök igen.',
              'Someone else changed this activity after you opened it. Review the latest version and try again.',
            ),
            current: result.current,
          });
        case 'invalid':
          return sendJson(res, 400, {
            ...apiError(
              'invalid',
              'Aktiviteten stämmer inte med planen. Kontrollera mål, strategi, taggar och datum.',
              'The activity does not match the plan. Check goal, strategy, tags and dates.',
            ),
            problems: result.problems,
          });
        case 'not-found':
          return sendJson(res, 404, activityNotFound());
        default:
          // unknown-user, no-organisation, forbidden: the caller may read but not edit this.
          return forbidden(res, NOT_OWN_ORGANISATION);
      }
    }),
  );
}
