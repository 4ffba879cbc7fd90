import type { Request, Response } from 'restify';
import type { Member } from '../domain/types';
import { readJsonBody, type Body } from './body';
import { apiError } from './errors';
import { addressKey, clientAddress } from './client-address';
import { sendTooManyRequests, type RateLimiter } from './rate-limit';
import { sendJson } from './send-json';
import type { TabIdentityResolver } from './tab-identity';

/**
 * Answers a refused body (body.ts) with its status and Swedish error, closing the connection
 * afterwards when what is left of the body is not to be read. A client that went away gets nothing.
 */
export function answerRefusedBody(
  res: Response,
  refusal: Exclude<Body<unknown>, { ok: true }>,
): void {
  if (refusal.error === null) return;
  if (refusal.close) res.setHeader('Connection', 'close');
  sendJson(res, refusal.status, refusal.error);
}

/** A route handler that runs only for a signed-in caller. */
export type AuthenticatedHandler = (req: Request, res: Response, user: Member) => Promise<void>;

/** A route handler as restify calls it. */
export type RouteHandler = (req: Request, res: Response) => Promise<void>;

/** Wraps a handler to run for signed-in callers only; `.json` also reads a JSON body first. */
export interface Authenticated {
  (handler: AuthenticatedHandler): RouteHandler;
  /**
   * The same, and then the request's JSON body is read into `req.body` (415 for another
   * content type, 413 past 256 KB, 400 when it is not JSON; the handler is not called then).
   * Bodies are read only here, after the caller is known and within budget.
   */
  json(handler: AuthenticatedHandler): RouteHandler;
}

/** `authenticatedBy` with the tab API's shared per-user budget: every /api/v1 route uses this. */
export function authenticatedFor(deps: {
  readonly identify: TabIdentityResolver;
  readonly rateLimiter?: RateLimiter;
}): Authenticated {
  return authenticatedBy(deps.identify, deps.rateLimiter);
}

/**
 * Wraps route handlers so that each resolves the caller with `identify` first: nobody
 * signed in gets 401, and the handler is not called. With a `limiter`, each signed-in user
 * (and each address, for calls nobody signed in to) gets a request budget per minute;
 * beyond it the answer is 429 with Retry-After and the handler is not called.
 */
export function authenticatedBy(
  identify: TabIdentityResolver,
  limiter?: RateLimiter,
): Authenticated {
  const wrap =
    (handler: AuthenticatedHandler, withJson: boolean): RouteHandler =>
    async (req, res) => {
      const user = await identify(req);
      const decision = limiter?.take(
        user === null ? addressKey(clientAddress(req)) : `user:${user.userId}`,
      ) ?? { allowed: true };
      if (!decision.allowed) {
        sendTooManyRequests(res, decision.retryAfterSeconds);
        return;
      }
      if (user === null) {
        sendJson(
          res,
          401,
          apiError('unauthenticated', 'Du är inte inloggad.', 'You are not signed in.'),
        );
        return;
      }
      if (withJson) {
        const body = await readJsonBody(req);
        if (!body.ok) return answerRefusedBody(res, body);
        req.body = body.value;
      }
      await handler(req, res, user);
    };
  return Object.assign((handler: AuthenticatedHandler) => wrap(handler, false), {
    json: (handler: AuthenticatedHandler) => wrap(handler, true),
  });
}
