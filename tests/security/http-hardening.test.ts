/**
 * HTTP hardening on the real server: security headers, body size limit, rate limit on the
 * tab API, no stack traces or error messages to clients, correlation ids in error bodies
 * and logs, graceful shutdown that finishes in-flight work before closing the stores.
 */
import { request } from 'node:http';
import { message, postActivity } from '../helpers/activities';
import { startTestServer, type TestServer } from '../helpers/server';
import { FRAME_ANCESTORS } from '../../bot/src/http/security-headers';
import { MAX_BODY_BYTES } from '../../bot/src/http/body';

interface ErrorBody {
  error: { code: string; message: string; messageEn: string; correlationId: string };
}

describe('HTTP hardening', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ SAMORDNA_TAB_API_RATE_LIMIT: '5' });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('limits framing to Teams and Microsoft 365 hosts and sets the other security headers', async () => {
    const response = await fetch(`${server.url}/healthz`);
    const csp = response.headers.get('content-security-policy') ?? '';
    const ancestors = /frame-ancestors ([^;]+)/.exec(csp)?.[1]?.split(' ') ?? [];
    expect(ancestors).toEqual(FRAME_ANCESTORS);
    for (const source of ancestors.filter((s) => s !== "'self'")) {
      expect(source).toMatch(
        /^https:\/\/(\*\.)?(teams\.microsoft\.com|teams\.cloud\.microsoft|cloud\.microsoft|office\.com|microsoft365\.com|skype\.com)$/,
      );
    }
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('x-correlation-id')).toMatch(/^[\w-]+$/);
  });

  it('refuses a body over the limit with 413 and a short Swedish error', async () => {
    const big = JSON.stringify({ type: 'message', text: 'x'.repeat(MAX_BODY_BYTES + 10) });
    const response = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-correlation-id': 'big-body-1' },
      body: big,
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as ErrorBody;
    expect(body.error).toEqual({
      code: 'too-large',
      message: 'Förfrågan är för stor.',
      messageEn: 'The request is too large.',
      correlationId: 'big-body-1',
    });
  });

  it('answers malformed JSON with 400 and no library text', async () => {
    const response = await fetch(`${server.url}/api/v1/support`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"title": ',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toMatch(/SyntaxError|Unexpected|JSON\.parse|\bat .+\(/);
    expect((JSON.parse(text) as ErrorBody).error.correlationId).toBe(
      response.headers.get('x-correlation-id'),
    );
  });

  it('rate-limits the tab API per user: 429 with Retry-After and a Swedish message', async () => {
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 7; i++) {
      const response = await fetch(`${server.url}/api/v1/me`);
      statuses.push(response.status);
      if (response.status === 429) refused = response;
      else await response.text();
    }
    // The malformed-JSON request above counted too: bodies are read after the rate limit.
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429, 429]);
    const retryAfter = Number(refused?.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await refused?.json()) as ErrorBody;
    expect(body.error.code).toBe('rate-limited');
    expect(body.error.message).toBe(
      `För många förfrågningar. Vänta ${retryAfter} sekunder och försök igen.`,
    );
    // The bot endpoint and the health check are not part of the tab API budget.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});

describe('errors reach clients without detail', () => {
  it('answers an internal failure with 500, the correlation id and no stack or message', async () => {
    const server = await startTestServer({ SAMORDNA_TAB_API_RATE_LIMIT: '1000' });
    try {
      // Break the store under the running server: the next query throws inside a handler.
      await server.store.close();
      const response = await fetch(`${server.url}/api/v1/dashboard`, {
        headers: { 'x-correlation-id': 'quote-me-42' },
      });
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        error: {
          code: 'internal',
          message: 'Något gick fel. Försök igen om en stund.',
          messageEn: 'Something went wrong. Please try again.',
          correlationId: 'quote-me-42',
        },
      });
      expect(text).not.toMatch(/database|sqlite|\bat .+\(/i);
      const logged = server.logs.filter((line) => line['correlationId'] === 'quote-me-42');
      expect(logged.map((line) => line['level'])).toContain(50);
      expect(JSON.stringify(logged)).toMatch(/database/i); // the detail is in the log
    } finally {
      await server.stop();
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes in-flight turns, refuses new connections, runs close hooks, then closes the stores', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let entered: () => void = () => undefined;
    const inTurn = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const server = await startTestServer({}, undefined, {
      onTurn: async () => {
        entered();
        await gate;
      },
    });
    const order: string[] = [];
    server.onClose(async () => {
      // Leases are released while the stores are still open.
      await server.store.organisations.list();
      order.push('hook');
    });

    const reply = postActivity(server.url, message('hjälp'));
    await inTurn;
    let closed = false;
    const closing = server.close().then(() => {
      closed = true;
      order.push('closed');
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(false); // still waiting for the turn in flight

    const refused = await new Promise<string>((resolve) => {
      const req = request(`${server.url}/healthz`, (res) => resolve(String(res.statusCode)));
      req.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
      req.end();
    });
    expect(refused).toBe('ECONNREFUSED');

    release();
    const replies = await reply;
    expect(replies.length).toBeGreaterThan(0); // the in-flight turn was answered in full
    await closing;
    expect(order).toEqual(['hook', 'closed']);
    expect(server.logs.some((line) => line['event'] === 'drained' && line['clean'] === true)).toBe(
      true,
    );
  });
});
