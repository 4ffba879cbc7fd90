/**
 * Issue 14, item 1: no body is parsed before authentication and the rate limit, and none as
 * multipart. 1,000 unauthenticated multipart uploads (100 KB each) to every route that takes a
 * body, and to unknown paths, leave the server's temp folder (its own TMPDIR) as it was, get a
 * 4xx each (never a 500), and cost no error log line. Then the other wrong bodies: a JSON route
 * sent text, broken JSON, a JSON array, 300 KB.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { productionEnv } from '../helpers/production-bot-server';
import { spawnServer, type SpawnedServer } from '../helpers/spawned-server';

const FILE = Buffer.alloc(100 * 1024, 0x41);
const BOUNDARY = '----samordna-probe';
const MULTIPART = Buffer.concat([
  Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="f"; filename="100k.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  ),
  FILE,
  Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
]);

const TARGETS: readonly { method: string; path: string }[] = [
  { method: 'POST', path: '/api/messages' },
  { method: 'POST', path: '/api/v1/support' },
  { method: 'PUT', path: '/api/v1/support/x' },
  { method: 'POST', path: '/api/v1/data/import/confirm' },
  { method: 'POST', path: '/api/v1/meetings' },
  { method: 'PUT', path: '/api/v1/activities/x' },
  { method: 'POST', path: '/api/v1/nothing-here' },
  { method: 'POST', path: '/tab/upload' },
];

/** One request; the status, or 'reset' when the server closed before answering. */
function send(
  url: string,
  method: string,
  path: string,
  body: Buffer,
  contentType: string,
): Promise<number | 'reset'> {
  return new Promise((resolve) => {
    const req = request(
      `${url}${path}`,
      {
        method,
        headers: { 'Content-Type': contentType, 'Content-Length': String(body.length) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve('reset'));
    req.end(body);
  });
}

/**
 * Files anywhere below `dir`, but for tsx's compile cache (`tsx-<uid>/`): the test runs the
 * server's TypeScript through tsx, which caches what it compiles in TMPDIR; the production
 * bundle has no such loader.
 */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter(
      (path) =>
        !path
          .slice(dir.length)
          .split('/')
          .some((part) => /^tsx-\d+$/.test(part)),
    );
}

describe.each([
  ['local mode (the dev identity: tab API routes reach their handler)', {}],
  [
    'production mode (nobody signed in)',
    productionEnv({ SAMORDNA_SSO_JWKS_URL: 'http://127.0.0.1:9/keys' }),
  ],
])('bodies on %s', (_name, env: Record<string, string>) => {
  let server: SpawnedServer;
  let tmp: string;
  let dataDir: string;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'samordna-tmpdir-'));
    dataDir = mkdtempSync(join(tmpdir(), 'samordna-data-'));
    server = await spawnServer({ ...env, TMPDIR: tmp }, dataDir);
  }, 90_000);

  afterAll(async () => {
    await server.stop();
    rmSync(tmp, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('1,000 multipart uploads: no temp file, no 500, no error logged', async () => {
    expect(filesIn(tmp)).toEqual([]);
    const statuses = new Map<string, number>();
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < 1000) {
        const target = TARGETS[next % TARGETS.length] ?? TARGETS[0];
        next += 1;
        if (target === undefined) return;
        const status = await send(
          server.url,
          target.method,
          target.path,
          MULTIPART,
          `multipart/form-data; boundary=${BOUNDARY}`,
        );
        const key = `${target.method} ${target.path} ${String(status)}`;
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: 20 }, worker));
    const all = [...statuses.entries()];
    expect(all.reduce((sum, [, count]) => sum + count, 0)).toBe(1000);
    const failed = all.filter(([key]) => !/ (40[0-5]|41[35]|429)$/.test(key));
    expect({ failed }).toEqual({ failed: [] });
    // The bot endpoint refuses a multipart body as such (415), before any token check.
    expect(all.some(([key]) => key === 'POST /api/messages 415')).toBe(true);
    expect(filesIn(tmp)).toEqual([]);
    expect(server.logs.filter((line) => Number(line['level']) >= 50)).toEqual([]);
  }, 120_000);

  it('other wrong bodies get 415, 400 or 413 with a Swedish message, never a 500', async () => {
    const json = 'application/json';
    const cases: [string, Buffer, string, number][] = [
      ['/api/messages', Buffer.from('type=message'), 'text/plain', 415],
      ['/api/messages', Buffer.from('{"type": '), json, 400],
      ['/api/messages', Buffer.from('[1,2,3]'), json, 400],
      ['/api/messages', Buffer.from('"text"'), json, 400],
      ['/api/messages', Buffer.from([0xff, 0xfe, 0x7b, 0x7d]), json, 400],
      ['/api/messages', Buffer.alloc(300 * 1024, 0x20), json, 413],
    ];
    for (const [path, body, type, expected] of cases) {
      expect({ path, type, status: await send(server.url, 'POST', path, body, type) }).toEqual({
        path,
        type,
        status: expected,
      });
    }
    const answer = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'x',
    });
    const error = ((await answer.json()) as { error: { message: string; correlationId: string } })
      .error;
    expect(error.message).toBe('Skicka innehållet som JSON (Content-Type: application/json).');
    expect(error.correlationId).toBe(answer.headers.get('x-correlation-id'));
    expect(filesIn(tmp)).toEqual([]);
  }, 60_000);
});
