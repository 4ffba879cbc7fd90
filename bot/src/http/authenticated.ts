import type { Request, Response } from 'restify';
import type { Member } from '../domain/types';
import { apiError } from './errors';
import type { TabIdentityResolver } from './tab-identity';

/** Answers with `body` as JSON, never cached. */
export function sendJson(res: Response, status: number, body: unknown): void {
  res.status(status);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(JSON.stringify(body));
}

/** A route handler that runs only for a signed-in caller. */
export type AuthenticatedHandler = (req: Request, res: Response, user: Member) => Promise<void>;

/**
 * Wraps route handlers so that each resolves the caller with `identify` first: nobody
 * signed in gets 401, and the handler is not called.
 */
export function authenticatedBy(identify: TabIdentityResolver) {
  return (handler: AuthenticatedHandler) =>
    async (req: Request, res: Response): Promise<void> => {
      const user = await identify(req);
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
