import type { Request, Response } from 'restify';
import type { z } from 'zod';
import { isSamordning } from '../domain/roles';
import type { Member } from '../domain/types';
import type { Authenticated, RouteHandler } from './authenticated';
import { forbidden, sendShapeError } from './replies';

/** A route handler that gets the caller and the body already checked against its schema. */
export type ParsedHandler<T> = (
  req: Request,
  res: Response,
  user: Member,
  body: T,
) => Promise<void>;

/**
 * A JSON route only Samordning may call (the role from the validated identity, never from the
 * body): anyone else gets 403, a body without `schema`'s shape 400; neither reaches `handler`.
 */
export function samordningJson<S extends z.ZodTypeAny>(
  authenticated: Authenticated,
  schema: S,
  handler: ParsedHandler<z.output<S>>,
): RouteHandler {
  return authenticated.json(async (req, res, user) => {
    if (!isSamordning(user)) return forbidden(res);
    const parsed = schema.safeParse(req.body);
    if (!parsed.success) return sendShapeError(res);
    await handler(req, res, user, parsed.data);
  });
}
