/**
 * The support information API through the real server: HR edits, everyone reads, nobody
 * is recorded as a reader, and the role comes from the identity, never the body.
 */
import { demoSupportEntries } from '../../bot/src/domain/catalog';
import { SUPPORT_AUDIENCES, type SupportEntry } from '../../bot/src/domain/support/support-types';
import { startTestServer, type TestServer } from '../helpers/server';

const HR_USER = '00000000-0000-0000-0000-0000000000a3';
const SAMORDNARE_USER = '00000000-0000-0000-0000-0000000000a1';

interface ApiAnswer {
  status: number;
  cacheControl: string | null;
  body: Record<string, unknown>;
}

async function call(
  server: TestServer,
  method: string,
  path: string,
  body?: unknown,
): Promise<ApiAnswer> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

const input = {
  title: 'Stödsamtal via företagshälsovården',
  body: 'Boka ett **samtal**.<script>alert(1)</script>',
  audiences: ['medarbetare', 'chef'],
  category: 'foretagshalsovard',
  contacts: [{ name: 'Mottagningen', phone: '040-34 10 00', email: 'fhv@example.se', url: '' }],
  ownerOrganisationId: 'stadskontoret',
  validFrom: null,
  validTo: null,
  source: 'Testdata',
};

/** Every row of every store table, to prove a request wrote nothing. */
function snapshot(server: TestServer): Record<string, unknown[]> {
  const db = server.store.database;
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t}`).all()]));
}

describe('support API as HR', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ SAMORDNA_DEV_USER_ID: HR_USER });
  });

  afterAll(async () => {
    await server.stop();
  });

  it('serves the demo entries with 112 first for every audience, with no-store', async () => {
    for (const audience of [...SUPPORT_AUDIENCES, null]) {
      const answer = await call(
        server,
        'GET',
        audience === null ? '/api/v1/support' : `/api/v1/support?audience=${audience}`,
      );
      expect(answer.status).toBe(200);
      expect(answer.cacheControl).toBe('no-store');
      const entries = answer.body['entries'] as Record<string, unknown>[];
      expect(entries.length).toBeGreaterThan(3);
      expect(entries[0]).toMatchObject({ id: 'demo-stod-112', category: 'akut-hjalp' });
      expect(Object.keys(entries[0] ?? {}).sort()).toEqual(
        ['audiences', 'body', 'category', 'contacts', 'id', 'title', 'validTo'].sort(),
      );
      if (audience !== null)
        for (const e of entries) expect(e['audiences'] as string[]).toContain(audience);
    }
    const all = await call(server, 'GET', '/api/v1/support');
    const ids = (all.body['entries'] as { id: string }[]).map((e) => e.id).sort();
    expect(ids).toEqual(demoSupportEntries.map((e) => e.id).sort());
  });

  it('refuses an unknown audience in Swedish', async () => {
    const answer = await call(server, 'GET', '/api/v1/support?audience=alla');
    expect(answer.status).toBe(400);
    expect(answer.cacheControl).toBe('no-store');
    expect(answer.body['error']).toMatchObject({ code: 'bad-audience' });
    expect(String((answer.body['error'] as { message: string }).message)).toMatch(/målgrupp/);
  });

  it('creates, publishes and then shows the entry to readers', async () => {
    const created = await call(server, 'POST', '/api/v1/support', {
      ...input,
      status: 'publicerad',
      roles: ['hr'],
    });
    expect(created.status).toBe(201);
    expect(created.cacheControl).toBe('no-store');
    const entry = created.body['entry'] as SupportEntry;
    expect(entry).toMatchObject({
      status: 'utkast',
      version: 1,
      body: 'Boka ett **samtal**.',
      updatedByName: 'Eva Berg (demo)',
    });

    const hidden = await call(server, 'GET', '/api/v1/support?audience=chef');
    expect((hidden.body['entries'] as { id: string }[]).map((e) => e.id)).not.toContain(entry.id);

    const published = await call(server, 'POST', `/api/v1/support/${entry.id}/status`, {
      version: 1,
      action: 'publish',
    });
    expect(published.status).toBe(200);
    expect(published.body['entry']).toMatchObject({ status: 'publicerad', version: 2 });

    const visible = await call(server, 'GET', '/api/v1/support?audience=chef');
    const entries = visible.body['entries'] as { id: string }[];
    expect(entries.map((e) => e.id)).toContain(entry.id);
    expect(entries[0]?.id).toBe('demo-stod-112');

    const again = await call(server, 'POST', `/api/v1/support/${entry.id}/status`, {
      version: 2,
      action: 'publish',
    });
    expect(again.status).toBe(400);
    expect(again.body['error']).toMatchObject({ code: 'invalid-transition' });

    const versions = await call(server, 'GET', `/api/v1/support/${entry.id}/versions`);
    expect(versions.status).toBe(200);
    expect(versions.cacheControl).toBe('no-store');
    expect(
      (versions.body['versions'] as Record<string, unknown>[]).map((v) => [
        v['action'],
        v['changedByUserId'],
        v['changedByName'],
      ]),
    ).toEqual([
      ['skapad', HR_USER, 'Eva Berg (demo)'],
      ['publicerad', HR_USER, 'Eva Berg (demo)'],
    ]);
  });

  it('edits with the version, answers 409 on a stale version and 404 for a missing entry', async () => {
    const created = await call(server, 'POST', '/api/v1/support', input);
    const entry = created.body['entry'] as SupportEntry;
    const edited = await call(server, 'PUT', `/api/v1/support/${entry.id}`, {
      ...input,
      title: 'Nytt namn',
      version: 1,
    });
    expect(edited.status).toBe(200);
    expect(edited.body['entry']).toMatchObject({ title: 'Nytt namn', version: 2 });

    const stale = await call(server, 'PUT', `/api/v1/support/${entry.id}`, {
      ...input,
      title: 'För sent',
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body['current']).toMatchObject({ title: 'Nytt namn', version: 2 });
    expect(stale.body['error']).toMatchObject({ code: 'conflict' });

    const missing = await call(server, 'PUT', '/api/v1/support/finns-inte', {
      ...input,
      version: 1,
    });
    expect(missing.status).toBe(404);
  });

  it('explains validation problems in Swedish and stores nothing', async () => {
    const before = snapshot(server);
    const answer = await call(server, 'POST', '/api/v1/support', {
      ...input,
      title: '',
      audiences: [],
      validFrom: '2026-06-01',
      validTo: '2026-05-01',
      contacts: [{ name: 'X', phone: 'ring oss', email: 'fel', url: 'http://example.se' }],
    });
    expect(answer.status).toBe(400);
    expect(answer.body['error']).toMatchObject({ code: 'invalid' });
    expect(answer.body['problems']).toEqual([
      { field: 'title', code: 'required', message: 'Fyll i rubriken' },
      {
        field: 'audiences',
        code: 'no-audience',
        message: 'Välj minst en målgrupp: chef, kollega eller medarbetare',
      },
      {
        field: 'validTo',
        code: 'dates-reversed',
        message: 'Giltig till kan inte vara före giltig från',
      },
      {
        field: 'contacts[0].phone',
        code: 'invalid-phone',
        message: 'Telefonnumret ser inte ut som ett svenskt nummer',
      },
      {
        field: 'contacts[0].email',
        code: 'invalid-email',
        message: 'E-postadressen ser inte ut som en e-postadress',
      },
      { field: 'contacts[0].url', code: 'invalid-url', message: 'Länken måste börja med https://' },
    ]);

    const badDate = await call(server, 'POST', '/api/v1/support', {
      ...input,
      validFrom: '2026-02-30',
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body['problems']).toEqual([
      { field: 'validFrom', code: 'invalid-format', message: 'Skriv datumet som ÅÅÅÅ-MM-DD' },
    ]);
    expect(snapshot(server)).toEqual(before);
  });

  it('lists every entry for HR with its review flag', async () => {
    const answer = await call(server, 'GET', '/api/v1/support/editor');
    expect(answer.status).toBe(200);
    expect(answer.cacheControl).toBe('no-store');
    const entries = answer.body['entries'] as { entry: SupportEntry; needsReview: boolean }[];
    expect(entries.some((e) => e.entry.status === 'utkast')).toBe(true);
    expect(entries.every((e) => typeof e.needsReview === 'boolean')).toBe(true);
    expect(entries.find((e) => e.entry.id === 'demo-stod-112')?.entry.source).toMatch(
      /^https:\/\/www\.sosalarm\.se/,
    );
  });
});

describe('support API as a samordnare (not HR)', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ SAMORDNA_DEV_USER_ID: SAMORDNARE_USER });
  });

  afterAll(async () => {
    await server.stop();
  });

  const expectForbidden = (answer: ApiAnswer): void => {
    expect(answer.status).toBe(403);
    expect(answer.cacheControl).toBe('no-store');
    expect(answer.body['error']).toMatchObject({ code: 'forbidden' });
    const error = answer.body['error'] as Record<string, string>;
    expect(error['message']).toMatch(/HR/);
    expect(error['messageEn']).toMatch(/HR/);
    expect(error['correlationId']).toEqual(expect.any(String));
  };

  it('may read, but cannot create, edit, change status, list for editing or see history', async () => {
    const read = await call(server, 'GET', '/api/v1/support?audience=kollega');
    expect(read.status).toBe(200);
    expect((read.body['entries'] as { id: string }[])[0]?.id).toBe('demo-stod-112');

    const before = snapshot(server);
    expectForbidden(
      await call(server, 'POST', '/api/v1/support', { ...input, roles: ['hr'], role: 'hr' }),
    );
    expectForbidden(
      await call(server, 'PUT', '/api/v1/support/demo-stod-112', {
        ...input,
        title: 'Kapad',
        version: 1,
      }),
    );
    expectForbidden(
      await call(server, 'POST', '/api/v1/support/demo-stod-112/status', {
        version: 1,
        action: 'archive',
      }),
    );
    expectForbidden(await call(server, 'GET', '/api/v1/support/editor'));
    expectForbidden(await call(server, 'GET', '/api/v1/support/demo-stod-112/versions'));
    expect(snapshot(server)).toEqual(before);
  });

  it('records nothing about who read the support information', async () => {
    const before = snapshot(server);
    const logsBefore = server.logs.length;
    await call(server, 'GET', '/api/v1/support');
    await call(server, 'GET', '/api/v1/support?audience=medarbetare');
    await call(server, 'GET', '/api/v1/support?audience=chef');
    expect(snapshot(server)).toEqual(before);
    const newLogs = JSON.stringify(server.logs.slice(logsBefore));
    expect(newLogs).not.toContain(SAMORDNARE_USER);
    expect(newLogs).not.toContain('Sara Lind');
    expect(newLogs).not.toMatch(/support/i);
  });
});
