import { randomUUID } from 'node:crypto';
import type { Next, Request, Response, Server } from 'restify';
import type { Logger } from '../logging';

export const CORRELATION_HEADER = 'X-Correlation-Id';
const VALID_ID = /^[\w.:-]{1,100}$/;

/** The correlation id of the request being answered: set by `correlationIds`, read from the response. */
export function correlationIdOf(res: Response): string {
  const value = res.getHeader(CORRELATION_HEADER);
  return typeof value === 'string' ? value : randomUUID();
}

/** An id is echoed only when it is short and harmless; anything else gets a fresh UUID. */
export function acceptableId(value: unknown): value is string {
  return typeof value === 'string' && VALID_ID.test(value);
}

/**
 * Gives every request a correlation id: the caller's `x-correlation-id` if harmless, else a
 * new UUID (the bot endpoint switches to the activity id once the body is parsed). The id is
 * returned in the `X-Correlation-Id` header and in every error body, and is on every log line.
 */
export function correlationIds(req: Request, res: Response, next: Next): void {
  const incoming = req.header('x-correlation-id');
  res.setHeader(CORRELATION_HEADER, acceptableId(incoming) ? incoming : randomUUID());
  next();
}

/**
 * One structured log line per answered request: method, route (not the raw URL, which may
 * carry query values), status, duration and correlation id. Successful requests log at
 * debug, client errors (and 501 for unhandled invokes) at info, server errors at error.
 */
export function logRequests(server: Server, logger: Logger): void {
  server.on('after', (req: Request, res: Response) => {
    const status = res.statusCode;
    const entry = {
      event: 'request',
      correlationId: correlationIdOf(res),
      method: req.method,
      route: req.getRoute()?.path ?? 'unmatched',
      status,
      ms: Date.now() - req.time(),
    };
    // 501 is the Bot Framework answer to an invoke the bot does not handle: not a fault.
    if (status >= 500 && status !== 501) logger.error(entry, 'request failed');
    else if (status >= 400) logger.info(entry, 'request refused');
    else logger.debug(entry, 'request');
  });
}
