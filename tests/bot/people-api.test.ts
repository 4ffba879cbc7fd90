/**
 * "Personer" through the real server in production mode with Teams SSO (each request can be
 * anyone) and the Graph directory on the Graph fake: who may read and change what (from the
 * validated identity, never the body), the rules (no self-elevation, not the last Samordning,
 * stand-in dates), what non-Samordning callers see (no object ids), directory search and its
 * failures, and the log.
 */
import { GraphDirectory } from '../../bot/src/store/directory/graph-directory';
import { GraphFake, WRITER, type GraphFakeClient } from '../fakes/graph-fake';
import { fakeHttp } from '../helpers/sharepoint';
import { startSsoRig, type SsoRig } from '../helpers/sso';

const OMAR = 'aaaaaaaa-0000-4000-8000-00000000000a'; // Samordning in the list
const SARA = 'aaaaaaaa-0000-4000-8000-00000000000b'; // samordnare, Fritid
const EVA = 'aaaaaaaa-0000-4000-8000-00000000000c'; // HR
const IT_BOOTSTRAP = 'aaaaaaaa-0000-4000-8000-00000000000d'; // Samordning by app role only
const LISA = 'aaaaaaaa-0000-4000-8000-00000000000e'; // in the directory only
const EMPLOYEE = 'aaaaaaaa-0000-4000-8000-00000000000f'; // nobody
const FRITID = 'fritidsforvaltningen';

const permissions = ['User.ReadBasic.All'];
const READER: GraphFakeClient = { ...WRITER, permissions };

let fake: GraphFake;
let rig: SsoRig;

type Call = { status: number; body: Record<string, unknown> };
const as = async (
  oid: string,
  path: string,
  init: { method?: string; body?: unknown; roles?: string[] } = {},
): Promise<Call> =>
  rig.call(path, await rig.token(oid, { claims: { roles: init.roles ?? [] } }), init);
const codes = (call: Call): string[] =>
  ((call.body['problems'] ?? []) as { code: string }[]).map((p) => p.code);

beforeAll(async () => {
  fake = await GraphFake.start({ clients: [READER] });
  fake.users.setUsers([
    { id: LISA, displayName: 'Lisa Nordström', userPrincipalName: 'lisa@malmo.example' },
    { id: SARA, displayName: 'Sara Lind', userPrincipalName: 'sara@malmo.example' },
  ]);
  rig = await startSsoRig({}, undefined, {
    directory: new GraphDirectory(
      fakeHttp(fake, READER, { maxAttempts: 1, maxTotalMs: 1000, baseDelayMs: 1 }),
    ),
  });
  const { store } = rig.server;
  await store.members.upsert({
    userId: OMAR,
    name: 'Omar Haddad',
    organisationId: null,
    roles: ['samordning'],
  });
  await store.members.upsert({
    userId: SARA,
    name: 'Sara Lind',
    organisationId: FRITID,
    roles: ['samordnare'],
  });
  await store.members.upsert({
    userId: EVA,
    name: 'Eva Berg',
    organisationId: 'stadskontoret',
    roles: ['hr'],
  });
}, 30_000);

afterAll(async () => {
  await rig?.stop();
  await fake?.close();
});

describe('people API: reading', () => {
  it('shows Samordning everyone with object ids; a samordnare her own organisation, names only', async () => {
    const all = await as(OMAR, '/api/v1/people');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ canManage: true, registered: true });
    const fritid = (all.body['organisations'] as { id: string; samordnare: unknown[] }[]).find(
      (o) => o.id === FRITID,
    );
    expect(fritid?.samordnare).toEqual([
      { userId: SARA, name: 'Sara Lind', organisationId: FRITID, roles: ['samordnare'] },
    ]);
    expect(all.body['hr']).toEqual([
      { userId: EVA, name: 'Eva Berg', organisationId: 'stadskontoret', roles: ['hr'] },
    ]);

    const own = await as(SARA, '/api/v1/people');
    expect(own.body).toMatchObject({ canManage: false, ownOrganisationId: FRITID, hr: [] });
    expect((own.body['organisations'] as { id: string }[]).map((o) => o.id)).toEqual([FRITID]);
    expect(own.body['samordning']).toEqual([
      { name: 'Omar Haddad', organisationId: null, roles: ['samordning'] },
    ]);
    for (const id of [OMAR, SARA, EVA]) expect(JSON.stringify(own.body)).not.toContain(id);

    const nobody = await as(EMPLOYEE, '/api/v1/people');
    expect(nobody.body).toMatchObject({ canManage: false, registered: false, organisations: [] });
    const me = await as(EMPLOYEE, '/api/v1/me');
    expect(me.body['notRegistered']).toEqual({ askSamordning: ['Omar Haddad'] });
    expect((await as(SARA, '/api/v1/me')).body['notRegistered']).toBeNull();
  });

  it('lets Samordning and samordnare search the directory, nobody else', async () => {
    const found = await as(OMAR, '/api/v1/people/search?q=lisa');
    expect(found.status).toBe(200);
    expect(found.body['users']).toEqual([
      {
        id: LISA,
        displayName: 'Lisa Nordström',
        mail: null,
        userPrincipalName: 'lisa@malmo.example',
      },
    ]);
    expect(fake.users.consistencyLevels.at(-1)).toBe('eventual');
    expect((await as(SARA, '/api/v1/people/search?q=lisa')).status).toBe(200);
    expect((await as(EMPLOYEE, '/api/v1/people/search?q=lisa')).status).toBe(403);
    expect((await as(EVA, '/api/v1/people/search?q=lisa')).status).toBe(403);
  });

  it('says what IT must grant when the directory refuses, and logs it', async () => {
    permissions.length = 0;
    try {
      const refused = await as(OMAR, '/api/v1/people/search?q=lisa');
      expect(refused.status).toBe(503);
      expect(refused.body['error']).toMatchObject({ code: 'directory-permission' });
      expect(JSON.stringify(refused.body)).toContain('User.ReadBasic.All');
      expect(JSON.stringify(refused.body)).not.toContain('Authorization_RequestDenied');
      expect(rig.server.logs.some((l) => l['event'] === 'directory-permission')).toBe(true);
    } finally {
      permissions.push('User.ReadBasic.All');
    }
  });
});

describe('people API: changes', () => {
  it('lets only Samordning add, change and remove people; the log says who and when', async () => {
    const lisa = {
      userId: LISA,
      name: 'Lisa Nordström',
      organisationId: FRITID,
      roles: ['samordnare'],
    };
    for (const who of [SARA, EVA, EMPLOYEE]) {
      expect((await as(who, '/api/v1/people/members', { method: 'POST', body: lisa })).status).toBe(
        403,
      );
      expect((await as(who, `/api/v1/people/members/${SARA}`, { method: 'DELETE' })).status).toBe(
        403,
      );
      expect((await as(who, '/api/v1/people/audit')).status).toBe(403);
    }
    // A role in the body of someone else's request is data about the person, not the caller's.
    const forged = await as(SARA, '/api/v1/people/members', {
      method: 'POST',
      body: { ...lisa, roles: ['samordning'] },
    });
    expect(forged.status).toBe(403);
    expect(await rig.server.store.members.get(LISA)).toBeUndefined();

    expect((await as(OMAR, '/api/v1/people/members', { method: 'POST', body: lisa })).status).toBe(
      201,
    );
    expect(codes(await as(OMAR, '/api/v1/people/members', { method: 'POST', body: lisa }))).toEqual(
      ['already-member'],
    );
    const moved = await as(OMAR, `/api/v1/people/members/${LISA}`, {
      method: 'PUT',
      body: {
        name: 'Lisa Nordström',
        organisationId: 'kulturforvaltningen',
        roles: ['samordnare', 'hr'],
      },
    });
    expect(moved.status).toBe(200);
    expect(await rig.server.store.members.get(LISA)).toMatchObject({
      organisationId: 'kulturforvaltningen',
      roles: ['samordnare', 'hr'],
    });
    expect((await as(OMAR, `/api/v1/people/members/${LISA}`, { method: 'DELETE' })).status).toBe(
      200,
    );
    expect((await as(OMAR, `/api/v1/people/members/${LISA}`, { method: 'DELETE' })).status).toBe(
      404,
    );

    const log = await as(OMAR, '/api/v1/people/audit');
    const entries = log.body['entries'] as {
      action: string;
      actorName: string;
      at: string;
      change: {
        before: { organisationId: string } | null;
        after: { organisationId: string } | null;
      };
    }[];
    expect(entries.slice(0, 3).map((e) => e.action)).toEqual([
      'member-removed',
      'member-changed',
      'member-added',
    ]);
    expect(entries[1]).toMatchObject({
      actorName: 'Test Person',
      change: {
        before: { organisationId: FRITID },
        after: { organisationId: 'kulturforvaltningen' },
      },
    });
    expect(Number.isNaN(Date.parse(entries[0]?.at ?? ''))).toBe(false);
  });

  it('refuses self-elevation, one’s own Samordning and the last Samordning, in Swedish', async () => {
    const self = await as(OMAR, `/api/v1/people/members/${OMAR}`, {
      method: 'PUT',
      body: { name: 'Omar Haddad', organisationId: null, roles: ['samordning', 'hr'] },
    });
    expect(codes(self)).toEqual(['self-elevation']);
    expect(JSON.stringify(self.body)).toContain('Du kan inte ge dig själv en roll');
    expect(codes(await as(OMAR, `/api/v1/people/members/${OMAR}`, { method: 'DELETE' }))).toEqual([
      'own-samordning',
      'last-samordning',
    ]);
    // Samordning by app role (IT's bootstrap) records herself with the role her token carries …
    const bootstrap = await as(IT_BOOTSTRAP, '/api/v1/people/members', {
      method: 'POST',
      roles: ['Samordning'],
      body: {
        userId: IT_BOOTSTRAP,
        name: 'It Bootstrap',
        organisationId: null,
        roles: ['samordning'],
      },
    });
    expect(bootstrap.status).toBe(201);
    // … but not with one it does not.
    const more = await as(IT_BOOTSTRAP, `/api/v1/people/members/${IT_BOOTSTRAP}`, {
      method: 'PUT',
      roles: ['Samordning'],
      body: { name: 'It Bootstrap', organisationId: null, roles: ['samordning', 'hr'] },
    });
    expect(codes(more)).toEqual(['self-elevation']);
    // Now Omar is not the last: another member of Samordning may remove him, he may not.
    expect(
      (
        await as(IT_BOOTSTRAP, `/api/v1/people/members/${OMAR}`, {
          method: 'DELETE',
          roles: ['Samordning'],
        })
      ).status,
    ).toBe(200);
    expect(
      codes(
        await as(IT_BOOTSTRAP, `/api/v1/people/members/${IT_BOOTSTRAP}`, {
          method: 'DELETE',
          roles: ['Samordning'],
        }),
      ),
    ).toEqual(['own-samordning', 'last-samordning']);
  });

  it('checks the body: shape, organisation, a samordnare’s organisation', async () => {
    const post = (body: unknown) =>
      as(IT_BOOTSTRAP, '/api/v1/people/members', { method: 'POST', roles: ['Samordning'], body });
    expect(
      (await post({ userId: 'not an id', name: 'X', organisationId: null, roles: ['hr'] })).status,
    ).toBe(400);
    expect(
      (await post({ userId: LISA, name: 'X', organisationId: null, roles: ['chef'] })).status,
    ).toBe(400);
    expect(
      codes(await post({ userId: LISA, name: 'X', organisationId: 'nope', roles: ['hr'] })),
    ).toEqual(['unknown-organisation']);
    expect(codes(await post({ userId: LISA, name: ' ', organisationId: null, roles: [] }))).toEqual(
      ['name-required', 'no-roles'],
    );
    expect(
      codes(
        await post({ userId: LISA, name: 'Lisa', organisationId: null, roles: ['samordnare'] }),
      ),
    ).toEqual(['samordnare-needs-organisation']);
    expect(await rig.server.store.members.get(LISA)).toBeUndefined();
  });

  it('offers only organisations that exist today and refuses placing someone in an ended one', async () => {
    // Merged into Fritid long ago (decision 0030): history, no longer a choice.
    await rig.server.store.organisations.upsert({
      id: 'nedlagd-forvaltning',
      name: 'Nedlagda förvaltningen',
      kind: 'forvaltning',
      validTo: '2020-12-31',
    });
    const samordning = { roles: ['Samordning'] };
    const view = await as(IT_BOOTSTRAP, '/api/v1/people', samordning);
    const ids = (key: string) => (view.body[key] as { id: string }[]).map((o) => o.id);
    expect(ids('organisationChoices')).toContain(FRITID);
    expect(ids('organisationChoices')).not.toContain('nedlagd-forvaltning');
    // Nobody is left in it, so it is not listed either; the log still knows its name.
    expect(ids('organisations')).not.toContain('nedlagd-forvaltning');
    expect(ids('organisationNames')).toContain('nedlagd-forvaltning');

    const refused = await as(IT_BOOTSTRAP, '/api/v1/people/members', {
      ...samordning,
      method: 'POST',
      body: {
        userId: LISA,
        name: 'Lisa',
        organisationId: 'nedlagd-forvaltning',
        roles: ['samordnare'],
      },
    });
    expect(refused.status).toBe(400);
    expect(refused.body['problems']).toEqual([
      {
        code: 'organisation-ended',
        message: 'Organisationen har upphört. Välj den organisation som tog över.',
        messageEn: 'The organisation has ended. Choose the organisation that took over.',
      },
    ]);
    expect(await rig.server.store.members.get(LISA)).toBeUndefined();
  });
});

describe('people API: stand-ins', () => {
  const period = (from: string, to: string) => ({
    organisationId: FRITID,
    standInUserId: LISA,
    standInName: 'Lisa Nordström',
    from,
    to,
  });

  it('lets a samordnare name and end her own stand-in, not someone else’s', async () => {
    const named = await as(SARA, '/api/v1/people/stand-ins', {
      method: 'POST',
      body: period('2099-07-01', '2099-07-31'),
    });
    expect(named.status).toBe(201);
    const id = String((named.body['value'] as { id: string }).id);
    expect(await rig.server.store.standIns.get(id)).toMatchObject({
      absentUserId: SARA,
      absentName: 'Sara Lind',
      standInName: 'Lisa Nordström',
      createdByUserId: SARA,
    });
    const view = await as(SARA, '/api/v1/people');
    const fritid = (
      view.body['organisations'] as { standIns: { id: string; canEnd: boolean }[] }[]
    )[0];
    expect(fritid?.standIns).toEqual([
      expect.objectContaining({ id, canEnd: true, active: false }),
    ]);
    expect(JSON.stringify(view.body)).not.toContain(LISA);

    expect(
      codes(
        await as(SARA, '/api/v1/people/stand-ins', {
          method: 'POST',
          body: period('2099-07-15', '2099-08-15'),
        }),
      ),
    ).toEqual(['overlapping']);
    expect(
      (
        await as(SARA, '/api/v1/people/stand-ins', {
          method: 'POST',
          body: { ...period('2099-09-01', '2099-09-02'), absentUserId: EVA },
        })
      ).status,
    ).toBe(403);
    expect((await as(EVA, `/api/v1/people/stand-ins/${id}`, { method: 'DELETE' })).status).toBe(
      403,
    );
    const ended = await as(SARA, `/api/v1/people/stand-ins/${id}`, { method: 'DELETE' });
    expect(ended.body).toMatchObject({ unchanged: false, value: { endedByName: 'Test Person' } });
    expect(
      (await as(SARA, `/api/v1/people/stand-ins/${id}`, { method: 'DELETE' })).body,
    ).toMatchObject({
      unchanged: true,
    });
  });

  it('refuses wrong periods and the absent as her own stand-in', async () => {
    const post = (body: unknown) => as(SARA, '/api/v1/people/stand-ins', { method: 'POST', body });
    expect(codes(await post(period('2099-07-31', '2099-07-01')))).toEqual(['dates-reversed']);
    expect(codes(await post(period('2000-01-01', '2000-01-31')))).toEqual(['period-past']);
    expect(codes(await post(period('2099-01-01', '2100-06-01')))).toEqual(['period-too-long']);
    expect(codes(await post(period('2099-02-30', '2099-03-01')))).toEqual(['dates-invalid']);
    expect(
      codes(await post({ ...period('2099-10-01', '2099-10-02'), standInUserId: SARA })),
    ).toEqual(['stand-in-is-absent']);
  });
});
