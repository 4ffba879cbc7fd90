import type { Request, Response } from 'restify';
import type { Member } from '../domain/types';
import { apiError } from './errors';
import { clientAddress, sendTooManyRequests, type RateLimiter } from './rate-limit';
import { CORRELATION_HEADER } from './request-context';
import type { TabIdentityResolver } from './tab-identity';

/**
 * Answers with `body` as JSON, never cached. An error body (`apiError`) carries the
 * request's correlation id, so a user can quote it and support can find the log lines.
 */
export function sendJson(res: Response, status: number, body: unknown): void {
  const correlationId = res.getHeader(CORRELATION_HEADER);
  const payload =
    typeof correlationId === 'string' &&
    typeof body === 'object' &&
    body !== null &&
    'error' in body &&
    typeof body.error === 'object' &&
    body.error !== null
      ? { ...body, error: { ...body.error, correlationId } }
      : body;
  sendJsonText(res, status, JSON.stringify(payload));
}

/** Answers with JSON already serialized (a cached answer), never cached by the client. */
export function sendJsonText(res: Response, status: number, json: string): void {
  res.status(status);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(json);
}

/** A route handler that runs only for a signed-in caller. */
export type AuthenticatedHandler = (req: Request, res: Response, user: Member) => Promise<void>;

/**
 * Wraps route handlers so that each resolves the caller with `identify` first: nobody
 * signed in gets 401, and the handler is not called. With a `limiter`, each signed-in user
 * (and each address, for calls nobody signed in to) gets a request budget per minute;
 * beyond it the answer is 429 with Retry-After and the handler is not called.
 */
/** `authenticatedBy` with the tab API's shared per-user budget: every /api/v1 route uses this. */
export function authenticatedFor(deps: {
  readonly identify: TabIdentityResolver;
  readonly rateLimiter?: RateLimiter;
}) {
  return authenticatedBy(deps.identify, deps.rateLimiter);
}

export function authenticatedBy(identify: TabIdentityResolver, limiter?: RateLimiter) {
  return (handler: AuthenticatedHandler) =>
    async (req: Request, res: Response): Promise<void> => {
      const user = await identify(req);
      const decision = limiter?.take(
        user === null ? `ip:${clientAddress(req)}` : `user:${user.userId}`,
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
      await handler(req, res, user);
    };
}
