import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { auditAction } from '../domain/people/people-types';
import type { PeopleProblem } from '../domain/people/people-rules';
import {
  DIRECTORY_QUERY_MAX,
  DirectoryAccessError,
  type DirectoryPort,
} from '../domain/ports/directory.port';
import {
  addStandIn,
  endStandIn,
  peopleLog,
  removeMember,
  saveMember,
  type PeopleDeps,
  type PeopleResult,
} from '../domain/services/people-service';
import { loadPeople } from '../domain/services/people-view';
import { readsFollowUp } from '../domain/roles';
import { ROLES, type Member } from '../domain/types';
import { bilingual } from '../i18n/bilingual';
import { authenticatedFor } from './authenticated';
import { sendJson } from './send-json';
import { forbidden, queryParam, sendError, sendShapeError } from './replies';
import type { TabApiDeps } from './tab-api-deps';

/*
 * "Personer" under /api/v1/people (decision 0022). Everyone signed in reads what the tab needs
 * (object ids only for Samordning); Samordning adds, changes and removes members and reads the
 * log; a samordnare names and ends her own stand-ins. Who may do what comes from the validated
 * identity (token roles and the member list), never from the body.
 */

/** An Entra object id (a GUID; the demo users' too). */
const objectId = z
  .string()
  .trim()
  .regex(/^[0-9a-fA-F-]{8,64}$/);
const name = z.string().max(200);
const memberBody = z.object({
  name,
  organisationId: z.string().trim().min(1).max(200).nullable(),
  roles: z.array(z.enum(ROLES)).max(ROLES.length),
});
const standInBody = z.object({
  organisationId: z.string().trim().min(1).max(200),
  /** Absent: the caller herself. */
  absentUserId: objectId.optional(),
  standInUserId: objectId,
  standInName: name,
  from: z.string().max(10),
  to: z.string().max(10),
});

function sendProblems(res: Response, problems: readonly PeopleProblem[]): void {
  sendError(
    res,
    400,
    'invalid',
    'Ändringen kunde inte sparas. Se vad som behöver rättas.',
    'The change could not be saved. See what needs correcting.',
    {
      problems: problems.map((code) => ({
        code,
        ...bilingual((t) => t(`people.problem.${code}`)),
      })),
    },
  );
}

function sendPeopleResult<T>(res: Response, result: PeopleResult<T>, created: boolean): void {
  switch (result.kind) {
    case 'saved':
      sendJson(res, created && !result.unchanged ? 201 : 200, {
        value: result.value,
        unchanged: result.unchanged,
      });
      return;
    case 'forbidden':
      forbidden(res, {
        sv: 'Det här kan bara Samordning göra (en samordnare kan utse ersättare för sig själv).',
        en: 'Only Samordning can do this (a samordnare can name a stand-in for herself).',
      });
      return;
    case 'not-found':
      sendError(
        res,
        404,
        'not-found',
        'Personen eller ersättaren finns inte.',
        'No such person or stand-in.',
      );
      return;
    case 'invalid':
      sendProblems(res, result.problems);
  }
}

const DIRECTORY_MESSAGES = {
  permission: [
    'Samordna har inte behörighet att söka i katalogen. Be IT ge appen behörigheten User.ReadBasic.All (se driftguiden).',
    'Samordna may not search the directory. Ask IT to grant the app User.ReadBasic.All (see the deployment guide).',
  ],
  unavailable: [
    'Katalogen svarar inte just nu. Försök igen om en stund.',
    'The directory does not answer right now. Try again in a while.',
  ],
  off: [
    'Sökning i katalogen är inte påslagen på den här servern.',
    'Directory search is not turned on on this server.',
  ],
} as const;

export function registerPeopleApi(
  server: Server,
  deps: TabApiDeps & { readonly directory?: DirectoryPort | null },
): void {
  const authenticated = authenticatedFor(deps);
  const people: PeopleDeps = { store: deps.store, clock: deps.clock, newId: randomUUID };
  const param = (req: Request, key: string): string =>
    String((req.params as Record<string, unknown>)[key] ?? '');

  server.get(
    '/api/v1/people',
    authenticated(async (_req, res, user) => {
      sendJson(res, 200, await loadPeople(deps.store, deps.clock, user));
    }),
  );

  server.get(
    '/api/v1/people/search',
    authenticated(async (req, res, user) => {
      // Samordning adds people; a samordnare looks up her stand-in.
      if (!readsFollowUp(user)) return forbidden(res);
      const q = (queryParam(req, 'q') ?? '').slice(0, DIRECTORY_QUERY_MAX);
      const directory = deps.directory ?? null;
      try {
        if (directory === null) throw new DirectoryAccessError('off', 'no directory configured');
        sendJson(res, 200, { users: await directory.search(q, 10) });
      } catch (error) {
        if (!(error instanceof DirectoryAccessError)) throw error;
        deps.logger.error(
          { event: `directory-${error.reason}`, detail: error.detail },
          error.reason === 'permission'
            ? 'directory search refused: grant User.ReadBasic.All (application) to the Graph identity'
            : 'directory search failed',
        );
        const [message, messageEn] = DIRECTORY_MESSAGES[error.reason];
        sendError(res, 503, `directory-${error.reason}`, message, messageEn);
      }
    }),
  );

  const memberRoute = (mode: 'add' | 'change') =>
    authenticated.json(async (req, res, user) => {
      const body = memberBody.safeParse(req.body);
      const userId = objectId.safeParse(
        mode === 'add' ? (req.body as { userId?: unknown } | null)?.userId : param(req, 'userId'),
      );
      if (!body.success || !userId.success) return sendShapeError(res);
      const result = await saveMember(people, user, { ...body.data, userId: userId.data }, mode);
      sendPeopleResult(res, result, mode === 'add');
    });
  server.post('/api/v1/people/members', memberRoute('add'));
  server.put('/api/v1/people/members/:userId', memberRoute('change'));

  // Removing a member and ending a stand-in: the id from the path, answered as any change.
  const removal = (
    remove: (deps: PeopleDeps, user: Member, id: string) => Promise<PeopleResult<unknown>>,
    key: string,
  ) =>
    authenticated(async (req, res, user) => {
      sendPeopleResult(res, await remove(people, user, param(req, key)), false);
    });
  server.del('/api/v1/people/members/:userId', removal(removeMember, 'userId'));
  server.del('/api/v1/people/stand-ins/:id', removal(endStandIn, 'id'));

  server.post(
    '/api/v1/people/stand-ins',
    authenticated.json(async (req, res, user) => {
      const body = standInBody.safeParse(req.body);
      if (!body.success) return sendShapeError(res);
      const { absentUserId, ...rest } = body.data;
      const result = await addStandIn(people, user, {
        ...rest,
        absentUserId: absentUserId ?? user.userId,
      });
      sendPeopleResult(res, result, true);
    }),
  );

  server.get(
    '/api/v1/people/audit',
    authenticated(async (req, res, user) => {
      const limit = Math.min(Math.max(Number(queryParam(req, 'limit') ?? 100) || 100, 1), 500);
      const log = await peopleLog(deps.store, user, limit);
      if (!Array.isArray(log)) return forbidden(res);
      sendJson(res, 200, { entries: log.map((e) => ({ ...e, action: auditAction(e.change) })) });
    }),
  );
}
