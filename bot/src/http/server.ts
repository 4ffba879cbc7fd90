import { randomUUID } from 'node:crypto';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { Logger } from '../logging';
import { apiError } from './errors';
import { securityHeaders } from './security-headers';
import { createTabHandler } from './static-tab';
import { registerTabApi, type TabApiDeps } from './tab-api';

export interface HttpDeps extends TabApiDeps {
  readonly adapter: TeamsAdapter;
  readonly app: Application<TurnState>;
  readonly logger: Logger;
  readonly tabDir: string;
}

/** Bot Framework activities are small; a card submit is a few KB. */
const MAX_BODY_BYTES = 256 * 1024;

/** The restify server: bot endpoint, health, the tab and its API. No business logic here. */
export function createHttpServer(deps: HttpDeps): Server {
  const server = restify.createServer({ name: 'samordna', handleUncaughtExceptions: false });
  server.use(securityHeaders);
  server.use(restify.plugins.queryParser());
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));
  server.use((req: Request, res: Response, next: restify.Next) => {
    const incoming = req.header('x-correlation-id');
    const correlationId = /^[\w-]{1,64}$/.test(incoming ?? '')
      ? (incoming as string)
      : randomUUID();
    res.setHeader('X-Correlation-Id', correlationId);
    next();
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    await deps.adapter.process(req, res, async (context) => {
      await deps.app.run(context);
    });
  });

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
      const status = err.statusCode ?? 500;
      const correlationId = String(res.getHeader('X-Correlation-Id') ?? randomUUID());
      if (status >= 500)
        deps.logger.error({ err, correlationId, path: req.path() }, 'request failed');
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
      (err as Error & { toJSON?: () => unknown }).toJSON = () => body;
      callback();
    },
  );
  return server;
}
