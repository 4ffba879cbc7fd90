import './http-parser-binding'; // before restify: lets it load on Node 24
import restify, { type Next, type Request, type Response, type Server } from 'restify';
import type { TrustedProxy } from '../config/http';
import type { Logger } from '../logging';
import { registerBotEndpoint, type BotEndpointDeps } from '../teams/bot-endpoint';
import { addressKey, clientAddress, resolveClientAddresses } from './client-address';
import { createDrain, type Drain } from './drain';
import { apiError } from './errors';
import { sendTooManyRequests, tooManyRequestsError, type RateLimiter } from './rate-limit';
import { correlationIdOf, correlationIds, logRequests } from './request-context';
import { securityHeaders } from './security-headers';
import { createTabHandler } from './static-tab';
import { registerTabApi } from './tab-api';
import type { TabApiDeps } from './tab-api-deps';

export interface HttpDeps extends TabApiDeps, BotEndpointDeps {
  readonly logger: Logger;
  readonly tabDir: string;
  /**
   * Budget per client address and minute for everything outside the tab API (which has its
   * own per-user budget): the bot endpoint, /healthz, the tab's files, unknown paths.
   */
  readonly publicRateLimiter?: RateLimiter;
  /** Whose X-Forwarded-For to believe (SAMORDNA_TRUSTED_PROXY); nobody's by default. */
  readonly trustedProxy?: TrustedProxy;
}

const TAB_API = '/api/v1/';

function pathOf(req: Request): string {
  return new URL(req.url ?? '/', 'http://localhost').pathname;
}

export interface HttpServer {
  readonly server: Server;
  readonly drain: Drain;
}

/**
 * The restify server: bot endpoint, health, the tab and its API. No business logic here.
 * No body parser runs here: each route that wants a body reads it itself (body.ts), after
 * authentication and the rate limit, in the one content type it accepts.
 */
export function createHttpServer(deps: HttpDeps): HttpServer {
  const server = restify.createServer({ name: 'samordna', handleUncaughtExceptions: false });
  const drain = createDrain(server);
  /** Counts the request against its address's budget: null when within, else the seconds to wait. */
  const overBudget = (req: Request): number | null => {
    const decision = deps.publicRateLimiter?.take(`public:${addressKey(clientAddress(req))}`);
    return decision === undefined || decision.allowed ? null : decision.retryAfterSeconds;
  };
  server.pre(correlationIds);
  server.pre(drain.track);
  server.pre(securityHeaders);
  server.pre(resolveClientAddresses(deps.trustedProxy ?? { kind: 'none' }));
  // Everything but the tab API (limited per user, or per address when nobody signed in) is
  // limited per address before anything else runs; the tab API's unknown paths are counted below.
  server.pre((req: Request, res: Response, next: Next) => {
    const wait = pathOf(req).startsWith(TAB_API) ? null : overBudget(req);
    if (wait === null) return next();
    res.setHeader('Connection', 'close');
    sendTooManyRequests(res, wait);
    return next(false);
  });
  server.use(restify.plugins.queryParser());
  logRequests(server, deps.logger);

  registerBotEndpoint(server, deps);

  server.get('/healthz', async (_req: Request, res: Response) => {
    res.status(200);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(JSON.stringify({ status: 'ok' }));
  });

  const tab = createTabHandler(deps.tabDir);
  server.get('/tab', async (_req: Request, res: Response) => {
    res.redirect(301, '/tab/', () => undefined);
  });
  server.get('/tab/*', tab);

  registerTabApi(server, deps);

  server.on(
    'restifyError',
    (req: Request, res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
      const status = typeof err.statusCode === 'number' ? err.statusCode : 500;
      const correlationId = correlationIdOf(res);
      const wait = status === 404 && pathOf(req).startsWith(TAB_API) ? overBudget(req) : null;
      if (wait !== null && !res.headersSent) {
        res.setHeader('Retry-After', String(wait));
        res.setHeader('Cache-Control', 'no-store');
        res.send(429, tooManyRequestsError(wait, correlationId));
        return callback();
      }
      if (status >= 500) {
        // restify wraps a rejection that is not an Error (e.g. from another realm) in an
        // AsyncError and keeps the original in its info: log that too.
        const cause = (err as { jse_info?: { cause?: unknown } }).jse_info?.cause;
        deps.logger.error(
          { err, ...(cause === undefined ? {} : { cause: String(cause) }), correlationId },
          'request failed',
        );
      }
      const body =
        status === 404
          ? apiError('not-found', 'Sidan finns inte.', 'Not found.', correlationId)
          : status === 413
            ? apiError(
                'too-large',
                'Förfrågan är för stor.',
                'The request is too large.',
                correlationId,
              )
            : status < 500
              ? apiError(
                  'bad-request',
                  'Förfrågan kunde inte tolkas.',
                  'The request could not be understood.',
                  correlationId,
                )
              : apiError(
                  'internal',
                  'Något gick fel. Försök igen om en stund.',
                  'Something went wrong. Please try again.',
                  correlationId,
                );
      // Never send error.message or a stack to a client.
      // Answer here (restify then skips its own error body, which could carry err.message).
      if (!res.headersSent) {
        res.setHeader('Cache-Control', 'no-store');
        res.send(status, body);
      }
      callback();
    },
  );
  return { server, drain };
}
