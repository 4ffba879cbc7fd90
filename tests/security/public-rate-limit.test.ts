/**
 * Issue 14, items 1 and 9: every path nobody signs in to is limited per client address — the
 * bot endpoint (before its body is read), /healthz, the tab's files, unknown paths (also under
 * /api/v1) — and the client address comes from X-Forwarded-For only behind a configured
 * trusted proxy (SAMORDNA_TRUSTED_PROXY), so a new header per request buys no new budget.
 */
import type { Request } from 'restify';
import { ConfigError, loadConfig } from '../../bot/src/config';
import { addressKey, clientAddressResolver, plainAddress } from '../../bot/src/http/client-address';
import { message } from '../helpers/activities';
import { startTestServer, type TestServer } from '../helpers/server';

const LIMIT = 12;

async function statuses(
  server: TestServer,
  count: number,
  make: (i: number) => { path: string; init?: RequestInit },
): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const { path, init } = make(i);
    const response = await fetch(`${server.url}${path}`, init);
    await response.arrayBuffer();
    out.push(response.status);
  }
  return out;
}

const spoofed = (i: number): RequestInit => ({
  headers: { 'X-Forwarded-For': `198.51.100.${String(i % 250)}` },
});

describe('the public budget per address', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer({ SAMORDNA_PUBLIC_RATE_LIMIT: String(LIMIT) });
  });
  afterEach(async () => {
    await server.stop();
  });

  it('covers /healthz, the tab, unknown paths and the bot endpoint together; 429 in Swedish', async () => {
    const paths = ['/healthz', '/tab/', '/nope', '/api/v1/nope'];
    const seen = await statuses(server, LIMIT, (i) => ({ path: paths[i % paths.length] ?? '/' }));
    expect(seen.filter((s) => s === 429)).toEqual([]);
    const refused = await fetch(`${server.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(message('hjälp')),
    });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /^För många förfrågningar\. Vänta \d+ sekunder och försök igen\.$/,
    );
    expect((await fetch(`${server.url}/api/v1/nope`)).status).toBe(429);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(429);
  });

  it('a new X-Forwarded-For per request buys no budget when no proxy is trusted', async () => {
    const seen = await statuses(server, LIMIT + 3, (i) => ({ path: '/healthz', init: spoofed(i) }));
    expect(seen.slice(LIMIT)).toEqual([429, 429, 429]);
  });

  it('the tab API keeps its own per-user budget (signed-in calls do not spend the public one)', async () => {
    const seen = await statuses(server, LIMIT + 3, () => ({ path: '/api/v1/me' }));
    expect(seen.every((s) => s === 200)).toBe(true);
  });
});

describe('behind a trusted proxy', () => {
  it.each([['app-service'], ['127.0.0.1/32, ::1']])(
    'SAMORDNA_TRUSTED_PROXY=%s: each forwarded client has its own budget',
    async (trust) => {
      const server = await startTestServer({
        SAMORDNA_PUBLIC_RATE_LIMIT: String(LIMIT),
        SAMORDNA_TRUSTED_PROXY: trust,
      });
      try {
        const seen = await statuses(server, LIMIT * 2, (i) => ({
          path: '/healthz',
          init: spoofed(i),
        }));
        expect(seen.every((s) => s === 200)).toBe(true);
        const one = await statuses(server, LIMIT + 1, () => ({
          path: '/healthz',
          init: { headers: { 'X-Forwarded-For': '203.0.113.9' } },
        }));
        expect(one.at(-1)).toBe(429);
      } finally {
        await server.stop();
      }
    },
  );

  it('a proxy list that does not name the peer is not believed', async () => {
    const server = await startTestServer({
      SAMORDNA_PUBLIC_RATE_LIMIT: String(LIMIT),
      SAMORDNA_TRUSTED_PROXY: '10.0.0.0/8',
    });
    try {
      const seen = await statuses(server, LIMIT + 1, (i) => ({
        path: '/healthz',
        init: spoofed(i),
      }));
      expect(seen.at(-1)).toBe(429);
    } finally {
      await server.stop();
    }
  });
});

describe('clientAddressResolver', () => {
  const req = (forwarded: string | undefined, remote = '10.0.0.9'): Request =>
    ({
      header: (name: string) => (name === 'x-forwarded-for' ? forwarded : undefined),
      socket: { remoteAddress: remote },
    }) as unknown as Request;

  it('off: the socket peer, whatever the header says', () => {
    const resolve = clientAddressResolver({ kind: 'none' });
    expect(resolve(req('203.0.113.7'))).toBe('10.0.0.9');
    expect(resolve(req(undefined, '::ffff:192.0.2.1'))).toBe('192.0.2.1');
  });

  it('app-service: the last entry (the one the front end adds) without its port', () => {
    const resolve = clientAddressResolver({ kind: 'app-service' });
    expect(resolve(req('1.2.3.4, 203.0.113.7:51234'))).toBe('203.0.113.7');
    expect(resolve(req('2001:db8::1'))).toBe('2001:db8::1');
    expect(resolve(req('[2001:db8::2]:443'))).toBe('2001:db8::2');
    expect(resolve(req(undefined))).toBe('10.0.0.9');
  });

  it('a proxy list: the right-most entry that is not a listed proxy, only when the peer is one', () => {
    const resolve = clientAddressResolver({ kind: 'addresses', ranges: ['10.0.0.0/8'] });
    expect(resolve(req('6.6.6.6, 203.0.113.7, 10.1.2.3'))).toBe('203.0.113.7');
    expect(resolve(req('6.6.6.6', '192.0.2.50'))).toBe('192.0.2.50');
    expect(resolve(req('10.2.2.2, 10.3.3.3'))).toBe('10.2.2.2');
  });

  it('keys IPv6 by its /64 (one subscriber holds a whole /64) and IPv4 by the address', () => {
    expect(addressKey('2001:db8:aa:bb:1:2:3:4')).toBe(addressKey('2001:db8:aa:bb::ffff'));
    expect(addressKey('2001:db8::1')).toBe('ip6:2001:db8:0:0::/64');
    expect(addressKey('2001:db8:aa:bc::1')).not.toBe(addressKey('2001:db8:aa:bb::1'));
    expect(addressKey('192.0.2.1')).toBe('ip:192.0.2.1');
    expect(plainAddress('192.0.2.1:8080')).toBe('192.0.2.1');
  });
});

describe('SAMORDNA_TRUSTED_PROXY', () => {
  it('is off by default and reads app-service or addresses and CIDR ranges', () => {
    expect(loadConfig({}).trustedProxy).toEqual({ kind: 'none' });
    expect(loadConfig({ SAMORDNA_TRUSTED_PROXY: 'app-service' }).trustedProxy).toEqual({
      kind: 'app-service',
    });
    expect(
      loadConfig({ SAMORDNA_TRUSTED_PROXY: '10.0.0.0/8, 192.0.2.7,fd00::/8' }).trustedProxy,
    ).toEqual({
      kind: 'addresses',
      ranges: ['10.0.0.0/8', '192.0.2.7', 'fd00::/8'],
    });
  });

  it.each(['*', 'true', '10.0.0.0/33', 'fd00::/129', 'proxy.example.org', '10.0.0.1/8/2'])(
    'refuses %s',
    (value) => {
      expect(() => loadConfig({ SAMORDNA_TRUSTED_PROXY: value })).toThrow(ConfigError);
    },
  );
});
