import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Refusal } from '../domain/services/status-service';
import {
  changeSupportStatus,
  listPublishedSupport,
  listSupportForEditor,
  saveSupportEntry,
  supportHistory,
  type SaveSupportResult,
} from '../domain/services/support-service';
import type { SupportEntryInput } from '../domain/support/support-rules';
import {
  SUPPORT_AUDIENCES,
  SUPPORT_CATEGORIES,
  type SupportEntry,
} from '../domain/support/support-types';
import { authenticatedFor } from './authenticated';
import { sendJson } from './send-json';
import { formatProblem, problemBody } from './support-messages';
import { forbidden, queryParam, sendError } from './replies';
import type { Member } from '../domain/types';
import type { TabApiDeps } from './tab-api-deps';

/*
 * HR's support information under /api/v1/support. Privacy: these routes never log, and
 * the reader's route never passes the caller to the domain — nothing records who looked.
 * The caller's role comes from the identity resolver only, never from the body.
 */

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isCalendarDate)
  .nullable();

/** Generous shape limits only; the domain's limits give the Swedish "too long" messages. */
const contactSchema = z.object({
  name: z.string().max(2000),
  phone: z.string().max(200).default(''),
  email: z.string().max(2000).default(''),
  url: z.string().max(8000).default(''),
});

export const supportEntryInputSchema = z.object({
  title: z.string().max(10_000),
  body: z.string().max(100_000),
  audiences: z.array(z.enum(SUPPORT_AUDIENCES)).max(SUPPORT_AUDIENCES.length),
  category: z.enum(SUPPORT_CATEGORIES),
  contacts: z.array(contactSchema).max(100),
  ownerOrganisationId: z.string().max(200),
  validFrom: localDate,
  validTo: localDate,
  source: z.string().max(20_000),
}) satisfies z.ZodType<SupportEntryInput, z.ZodTypeDef, unknown>;

export const supportEntryUpdateSchema = supportEntryInputSchema.extend({
  version: z.number().int().min(1),
});

export const supportStatusSchema = z.object({
  version: z.number().int().min(1),
  action: z.enum(['publish', 'archive', 'draft', 'review']),
});

const pathOf = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (text, key) =>
      typeof key === 'number'
        ? `${text}[${key}]`
        : text === ''
          ? String(key)
          : `${text}.${String(key)}`,
    '',
  );

function sendShapeError(res: Response, error: z.ZodError): void {
  const fields = [...new Set(error.issues.map((issue) => pathOf(issue.path)))];
  sendError(
    res,
    400,
    'invalid',
    'Några uppgifter har fel format. Rätta fälten och försök igen.',
    'Some fields have the wrong format. Correct them and try again.',
    { problems: fields.map(formatProblem) },
  );
}

function sendRefusal(res: Response, refusal: Refusal): void {
  if (refusal.kind === 'not-found') {
    return sendError(
      res,
      404,
      'not-found',
      'Stödinformationen finns inte.',
      'The support entry does not exist.',
    );
  }
  forbidden(res, { sv: 'Det här kan bara HR göra.', en: 'Only HR can do this.' });
}

function sendConflict(res: Response, current: SupportEntry): void {
  sendError(
    res,
    409,
    'conflict',
    'Någon annan har ändrat uppgiften sedan du öppnade den. Se den senaste versionen och försök igen.',
    'Someone else changed this entry after you opened it. Review the latest version and try again.',
    { current },
  );
}

/** What a reader gets: the content only (no source, editor or review data). */
function readerView(entry: SupportEntry) {
  return {
    id: entry.id,
    title: entry.title,
    body: entry.body,
    audiences: entry.audiences,
    category: entry.category,
    contacts: entry.contacts,
    validTo: entry.validTo,
  };
}

function entryIdOf(req: Request): string | null {
  const params = (req.params ?? {}) as Record<string, unknown>;
  const id = params['id'];
  return typeof id === 'string' && /^[\w-]{1,100}$/.test(id) ? id : null;
}

const audienceSchema = z.enum(SUPPORT_AUDIENCES).nullable();

/** Registers the support routes; called from registerTabApi. */
export function registerSupportApi(server: Server, deps: TabApiDeps): void {
  const { store, clock } = deps;
  const authenticated = authenticatedFor(deps);
  const notFound = (res: Response): void => sendRefusal(res, { kind: 'not-found' });
  /** A JSON route on one entry: 404 for an id that cannot be one, 400 (naming the fields) for a body without `schema`'s shape. */
  const entryJson = <S extends z.ZodTypeAny>(
    schema: S,
    handler: (res: Response, user: Member, entryId: string, input: z.output<S>) => Promise<void>,
  ) =>
    authenticated.json(async (req, res, user) => {
      const entryId = entryIdOf(req);
      if (entryId === null) return notFound(res);
      const input = schema.safeParse(req.body);
      if (!input.success) return sendShapeError(res, input.error);
      await handler(res, user, entryId, input.data);
    });

  // Readers: any signed-in user. The user is deliberately not passed on.
  server.get(
    '/api/v1/support',
    authenticated(async (req, res) => {
      const audience = audienceSchema.safeParse(queryParam(req, 'audience') ?? null);
      if (!audience.success) {
        return sendError(
          res,
          400,
          'bad-audience',
          'Okänd målgrupp. Välj chef, kollega eller medarbetare.',
          'Unknown audience. Choose chef, kollega or medarbetare.',
        );
      }
      const entries = await listPublishedSupport(store, clock, audience.data);
      sendJson(res, 200, { entries: entries.map(readerView) });
    }),
  );

  server.get(
    '/api/v1/support/editor',
    authenticated(async (_req, res, user) => {
      const result = await listSupportForEditor(store, clock, user);
      if (result.kind !== 'ok') return sendRefusal(res, result);
      sendJson(res, 200, { entries: result.entries });
    }),
  );

  server.post(
    '/api/v1/support',
    authenticated.json(async (req, res, user) => {
      const input = supportEntryInputSchema.safeParse(req.body);
      if (!input.success) return sendShapeError(res, input.error);
      const result = await saveSupportEntry(
        store,
        clock,
        user,
        { ...input.data, entryId: '', version: 0 },
        randomUUID,
      );
      sendSaveResult(res, result, 201);
    }),
  );

  server.put(
    '/api/v1/support/:id',
    entryJson(supportEntryUpdateSchema, async (res, user, entryId, input) => {
      const result = await saveSupportEntry(store, clock, user, { ...input, entryId }, randomUUID);
      sendSaveResult(res, result, 200);
    }),
  );

  server.post(
    '/api/v1/support/:id/status',
    entryJson(supportStatusSchema, async (res, user, entryId, input) => {
      const result = await changeSupportStatus(
        store,
        clock,
        user,
        entryId,
        input.version,
        input.action,
        randomUUID,
      );
      if (result.kind === 'saved') return sendJson(res, 200, { entry: result.entry });
      if (result.kind === 'conflict') return sendConflict(res, result.current);
      if (result.kind === 'invalid-transition') {
        return sendError(
          res,
          400,
          'invalid-transition',
          'Det går inte att göra så med en uppgift i den här statusen.',
          'That action is not possible in the entry’s current status.',
        );
      }
      sendRefusal(res, result);
    }),
  );

  server.get(
    '/api/v1/support/:id/versions',
    authenticated(async (req, res, user) => {
      const entryId = entryIdOf(req);
      if (entryId === null) return notFound(res);
      const result = await supportHistory(store, user, entryId);
      if (result.kind !== 'ok') return sendRefusal(res, result);
      sendJson(res, 200, { versions: result.versions });
    }),
  );
}

/** The answer to a save: `savedStatus` with the entry, or why it was not saved. */
function sendSaveResult(res: Response, result: SaveSupportResult, savedStatus: number): void {
  if (result.kind === 'saved') return sendJson(res, savedStatus, { entry: result.entry });
  if (result.kind === 'invalid') return sendInvalid(res, result.problems);
  if (result.kind === 'conflict') return sendConflict(res, result.current);
  sendRefusal(res, result);
}

function sendInvalid(res: Response, problems: Parameters<typeof problemBody>[0][]): void {
  sendError(
    res,
    400,
    'invalid',
    'Några uppgifter behöver rättas innan du kan spara.',
    'Some fields need correcting before you can save.',
    { problems: problems.map(problemBody) },
  );
}
