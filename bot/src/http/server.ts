import './http-parser-binding'; // before restify: lets it load on Node 24
import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from '../logging';
import { registerBotEndpoint, type BotEndpointDeps } from '../teams/bot-endpoint';
import { createDrain, type Drain } from './drain';
import { apiError } from './errors';
import { correlationIdOf, correlationIds, logRequests } from './request-context';
import { securityHeaders } from './security-headers';
import { createTabHandler } from './static-tab';
import { registerTabApi, type TabApiDeps } from './tab-api';

export interface HttpDeps extends TabApiDeps, BotEndpointDeps {
  readonly logger: Logger;
  readonly tabDir: string;
}

/**
 * Bot Framework activities are small; a card submit is a few KB, the largest card form
 * (support information) stays far below this. Larger bodies are refused with 413 before parsing.
 */
export const MAX_BODY_BYTES = 256 * 1024;

export interface HttpServer {
  readonly server: Server;
  readonly drain: Drain;
}

/** The restify server: bot endpoint, health, the tab and its API. No business logic here. */
export function createHttpServer(deps: HttpDeps): HttpServer {
  const server = restify.createServer({ name: 'samordna', handleUncaughtExceptions: false });
  const drain = createDrain(server);
  server.pre(correlationIds);
  server.pre(drain.track);
  server.use(securityHeaders);
  server.use(restify.plugins.queryParser());
  server.use(
    restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false }),
  );
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
