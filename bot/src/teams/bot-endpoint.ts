import type { Request, Response, Server } from 'restify';
import type { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../logging';
import { answerRefusedBody } from '../http/authenticated';
import { sendJson } from '../http/send-json';
import { readJsonBody } from '../http/body';
import { apiError, type ApiError } from '../http/errors';
import { acceptableId, CORRELATION_HEADER } from '../http/request-context';
import { activityRefusal } from './activity-checks';

export interface BotEndpointDeps {
  readonly adapter: TeamsAdapter;
  readonly app: Application<TurnState>;
  readonly logger: Logger;
  /**
   * The bot's Entra ID tenant (production): every activity must come from it. Null in local
   * mode (the Playground), where there is no tenant to compare with.
   */
  readonly botTenantId?: string | null;
  /** Called for every turn that passed authentication, before the app runs (tests count them). */
  readonly onTurn?: (context: TurnContext) => void | Promise<void>;
}

/**
 * The response handed to botbuilder. botbuilder answers a refused or failed activity with
 * its error message as the body; this keeps the status and replaces such bodies with the
 * usual short Swedish error and the correlation id. Successful bodies pass unchanged.
 */
function guardedResponse(res: Response, logger: Logger, correlationId: string): Response {
  let status = 200;
  const errorBody = (): ApiError => {
    const body =
      status === 401 || status === 403
        ? apiError('unauthorized', 'Åtkomst nekad.', 'Access denied.', correlationId)
        : status >= 500
          ? apiError(
              'internal',
              'Något gick fel. Försök igen om en stund.',
              'Something went wrong. Please try again.',
              correlationId,
            )
          : apiError(
              'bad-request',
              'Förfrågan kunde inte tolkas.',
              'The request could not be understood.',
              correlationId,
            );
    return body;
  };
  return new Proxy(res, {
    get(target, property, receiver) {
      if (property === 'status')
        return (code: number) => {
          status = code;
          return target.status(code);
        };
      if (property === 'send')
        return (body?: unknown) => {
          if (status < 400) return target.send(body);
          logger.warn(
            { event: 'bot-request-refused', correlationId, status, reason: String(body) },
            'bot request refused',
          );
          target.setHeader('Content-Type', 'application/json; charset=utf-8');
          return target.send(errorBody());
        };
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * POST /api/messages: Bot Framework activities. Before botbuilder sees one (the per-address
 * rate limit has run already, server.ts): the body must be JSON of at most 256 KB (415/413/400
 * otherwise, never a 500), an activity with a type and a serviceUrl (400 otherwise: without a
 * serviceUrl botbuilder would skip the token's serviceurl claim check), and in production from
 * the bot's own tenant (403 otherwise). Then botbuilder validates the JWT (production).
 */
export function registerBotEndpoint(server: Server, deps: BotEndpointDeps): void {
  server.post('/api/messages', async (req: Request, res: Response) => {
    const body = await readJsonBody(req);
    if (!body.ok) return answerRefusedBody(res, body);
    const activityId: unknown = (body.value as { id?: unknown } | null)?.id;
    const correlationId = acceptableId(activityId)
      ? activityId
      : String(res.getHeader(CORRELATION_HEADER));
    res.setHeader(CORRELATION_HEADER, correlationId);
    const refusal = activityRefusal(body.value, deps.botTenantId ?? null);
    if (refusal !== null) {
      deps.logger.warn(
        {
          event: 'bot-request-refused',
          correlationId,
          status: refusal.status,
          reason: refusal.reason,
        },
        'bot request refused',
      );
      sendJson(
        res,
        refusal.status,
        refusal.status === 403
          ? apiError('unauthorized', 'Åtkomst nekad.', 'Access denied.', correlationId)
          : apiError(
              'bad-request',
              'Förfrågan kunde inte tolkas.',
              'The request could not be understood.',
              correlationId,
            ),
      );
      return;
    }
    req.body = body.value;
    await deps.adapter.process(
      req,
      guardedResponse(res, deps.logger, correlationId),
      async (context) => {
        await deps.onTurn?.(context);
        await deps.app.run(context);
      },
    );
  });
}
