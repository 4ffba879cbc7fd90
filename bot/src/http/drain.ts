import type { Next, Request, Response, Server } from 'restify';
import { sendJson } from './send-json';
import { apiError } from './errors';

/** Tracks requests in flight so shutdown can wait for them; refuses new ones while draining. */
export interface Drain {
  /** restify `pre` handler: counts the request, or answers 503 when the server is stopping. */
  readonly track: (req: Request, res: Response, next: Next) => void;
  /** Requests currently being answered. */
  inFlight(): number;
  /**
   * Stops accepting connections, waits until in-flight requests are answered (at most
   * `timeoutMs`), then closes every connection. Resolves true if nothing was cut off.
   */
  close(timeoutMs: number): Promise<boolean>;
}

export function createDrain(server: Server): Drain {
  let inFlight = 0;
  let draining = false;
  let settled: (() => void) | null = null;
  const http = server.server;

  const track = (_req: Request, res: Response, next: Next): void => {
    if (draining) {
      res.setHeader('Connection', 'close');
      res.setHeader('Retry-After', '1');
      sendJson(
        res,
        503,
        apiError(
          'stopping',
          'Tjänsten startar om. Försök igen om en stund.',
          'The service is restarting. Please try again shortly.',
        ),
      );
      return;
    }
    inFlight++;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      inFlight--;
      if (inFlight === 0 && settled !== null) settled();
    };
    res.once('finish', finish);
    res.once('close', finish);
    next();
  };

  const close = async (timeoutMs: number): Promise<boolean> => {
    draining = true;
    const closed = new Promise<void>((resolve) => http.close(() => resolve()));
    http.closeIdleConnections();
    const idle = new Promise<boolean>((resolve) => {
      if (inFlight === 0) return resolve(true);
      const timer = setTimeout(() => resolve(false), timeoutMs);
      settled = () => {
        clearTimeout(timer);
        resolve(true);
      };
    });
    const clean = await idle;
    http.closeAllConnections();
    await closed;
    return clean;
  };

  return { track, inFlight: () => inFlight, close };
}
