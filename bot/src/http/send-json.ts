import type { Response } from 'restify';
import { CORRELATION_HEADER } from './request-context';

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
