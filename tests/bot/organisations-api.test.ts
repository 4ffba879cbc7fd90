/**
 * Organisations that change, through the real server (issue 15 item 5, decisions 0030 and 0031):
 * Samordning renames, merges and splits an organisation from a date in the tab's API, the same
 * domain service and words as `npm run plan -- rename|merge|split`. A round before the day counts
 * the organisations as they were; a round after, as they are. Refused changes answer in Swedish
 * and store nothing; a samordnare reads but may change nothing, whatever the request says.
 */
import type { Clock } from '../../bot/src/domain/ports/clock.port';
import type { Activity, Organisation } from '../../bot/src/domain/types';
import type { Bilingual } from '../../bot/src/i18n/bilingual';
import { dumpDatabase } from '../helpers/db-dump';
import { expectOnlySamordning } from '../helpers/only-samordning';
import { callApi, startTestServer, type TestServer } from '../helpers/server';

/*
 * A fixed day: the demo's meeting rounds (with reports) lie in the weeks before it, so a change
 * must come after them and inside the plan's period (to 2026).
 */
const clock: Clock = { now: () => new Date('2025-09-01T08:00:00.000Z') };

const SAMORDNING_USER = '00000000-0000-0000-0000-0000000000a2';
const SAMORDNARE_USER = '00000000-0000-0000-0000-0000000000a1';
const KARIN = '00000000-0000-0000-0000-0000000000a5';
const DEMO_ROUND = 'demo-halvtidsuppfoljning-2024';
const FRITID = 'fritidsforvaltningen';
const KULTUR = 'kulturforvaltningen';
const GRUNDSKOLA = 'grundskoleforvaltningen';
const NEW_NAME = 'Fritids- och idrottsförvaltningen';
const DAY = '2025-10-01';

/** Grundskoleförvaltningen split in two from DAY, its activities placed as `activities` says. */
const splitGrundskola = (activities: Record<string, string>) => ({
  kind: 'split',
  organisation: GRUNDSKOLA,
  from: DAY,
  parts: [
    { id: 'grundskola-norr', name: 'Grundskoleförvaltningen norr' },
    { id: 'grundskola-soder', name: 'Grundskoleförvaltningen söder' },
  ],
  activities,
});

/** An organisation as the API lists it: its history always there, open days null. */
type Listed = Required<Omit<Organisation, 'validFrom' | 'validTo'>> &
  Record<'validFrom' | 'validTo', string | null> & {
    activities?: Pick<Activity, 'id' | 'title'>[];
  };
type Problem = Bilingual & { code: string };

/** A test server on the fixed day as `user`, for the tests of one describe. */
function serverAs(user: string): () => TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer({ SAMORDNA_DEV_USER_ID: user }, clock);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (server === undefined) throw new Error('the server has not started');
    return server;
  };
}

describe('organisations API as Samordning', () => {
  const serverOf = serverAs(SAMORDNING_USER);

  const dump = () => dumpDatabase(serverOf().store.database);
  const change = (body: Record<string, unknown>) =>
    callApi(serverOf(), 'POST', '/api/v1/organisations/changes', body);
  const listed = async (): Promise<Listed[]> => {
    const answer = await callApi(serverOf(), 'GET', '/api/v1/organisations');
    expect(answer.status).toBe(200);
    return answer.body['organisations'] as Listed[];
  };
  const organisation = async (id: string): Promise<Listed> => {
    const found = (await listed()).find((o) => o.id === id);
    if (found === undefined) throw new Error(`no organisation ${id}`);
    return found;
  };
  const planActivities = async () =>
    (await serverOf().store.activities.list({ planId: 'fri-fran-vald-2022-2026' }))
      .map((a) => `${a.id}:${a.organisationId}`)
      .sort();
  const dashboard = async (round: string) =>
    (await fetch(`${serverOf().url}/api/v1/dashboard?round=${round}`)).text();

  it('lists every organisation with its kind, validity, history and activities', async () => {
    const answer = await callApi(serverOf(), 'GET', '/api/v1/organisations');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      plan: { id: 'fri-fran-vald-2022-2026' },
      canChange: true,
    });
    const fritid = await organisation(FRITID);
    expect(fritid).toMatchObject({
      name: 'Fritidsförvaltningen',
      kind: 'forvaltning',
      validFrom: null,
      validTo: null,
      formerNames: [],
      handovers: [],
    });
    const own = (await serverOf().store.activities.list({})).filter(
      (a) => a.organisationId === FRITID,
    );
    expect(fritid.activities?.map((a) => a.id).sort()).toEqual(own.map((a) => a.id).sort());
    expect(fritid.activities?.length).toBeGreaterThan(0);
    const unknownPlan = await callApi(serverOf(), 'GET', '/api/v1/organisations?plan=finns-inte');
    expect([unknownPlan.status, unknownPlan.body['error']]).toEqual([
      404,
      expect.objectContaining({ code: 'plan-not-found', message: 'Planen finns inte.' }),
    ]);
  });

  it('refuses in Swedish and changes nothing', async () => {
    const before = dump();
    const organisationsBefore = await listed();
    const activitiesBefore = await planActivities();
    const grundskola = await organisation(GRUNDSKOLA);
    const [first, ...rest] = grundskola.activities ?? [];
    expect(rest.length).toBeGreaterThan(0);

    const refusals: [Record<string, unknown>, string | RegExp, string][] = [
      [
        { kind: 'rename', organisation: FRITID, name: NEW_NAME, from: '2024-01-08' },
        /omgången ".+" öppnade 20\d\d-\d\d-\d\d och har redan rapporter, och dess siffror ska inte skrivas om/,
        'already has reports, and its figures must not be rewritten',
      ],
      [
        { kind: 'merge', organisation: 'finns-inte', into: FRITID, from: DAY },
        'Organisationen "finns-inte" finns inte.',
        'The organisation "finns-inte" does not exist.',
      ],
      [
        splitGrundskola({ [first?.id ?? '']: 'grundskola-norr' }),
        `Ange vilken ny organisation varje aktivitet ska till. Saknas: ${rest.map((a) => a.id).join(', ')}.`,
        `Missing: ${rest.map((a) => a.id).join(', ')}.`,
      ],
      [
        { kind: 'merge', organisation: KULTUR, into: KULTUR, from: DAY },
        'En organisation kan inte slås ihop med sig själv (Kulturförvaltningen).',
        'An organisation cannot be merged with itself (Kulturförvaltningen).',
      ],
    ];
    for (const [body, message, english] of refusals) {
      const answer = await change(body);
      expect([answer.status, answer.body['error']]).toEqual([
        400,
        expect.objectContaining({
          code: 'refused',
          message: expect.stringContaining('ingenting har sparats') as unknown as string,
        }),
      ]);
      const [problem] = answer.body['problems'] as Problem[];
      expect(problem?.message).toMatch(message);
      expect(problem?.messageEn).toContain(english);
    }

    // A body without the shape, and an unknown plan: refused before the domain.
    const shape = await change({ kind: 'rename', organisation: FRITID, from: DAY });
    expect([shape.status, (shape.body['error'] as Problem).code]).toEqual([400, 'invalid']);
    const noPlan = await change({
      ...{ kind: 'rename', organisation: FRITID, name: NEW_NAME, from: DAY },
      plan: 'finns-inte',
    });
    expect([noPlan.status, (noPlan.body['error'] as Problem).code]).toEqual([
      404,
      'plan-not-found',
    ]);

    expect(await listed()).toEqual(organisationsBefore);
    expect(await planActivities()).toEqual(activitiesBefore);
    expect(dump()).toBe(before);
  });

  it('renames from a date: the earlier round keeps the old name, a later one shows the new', async () => {
    const answer = await change({
      kind: 'rename',
      organisation: FRITID,
      name: NEW_NAME,
      from: DAY,
    });
    expect(answer.status).toBe(200);
    expect(answer.body['message']).toBe(
      `Fritidsförvaltningen heter "${NEW_NAME}" från ${DAY}. Omgångar som öppnade före dess visar det gamla namnet.`,
    );
    expect(await organisation(FRITID)).toMatchObject({
      name: NEW_NAME,
      formerNames: [{ name: 'Fritidsförvaltningen', until: '2025-09-30' }],
    });

    const earlier = await dashboard(DEMO_ROUND);
    expect(earlier).toContain('"Fritidsförvaltningen"');
    expect(earlier).not.toContain(NEW_NAME);
    const round = await callApi(serverOf(), 'POST', '/api/v1/rounds', {
      title: 'Uppföljning hösten 2025',
      from: '2025-10-06',
      to: '2025-11-28',
    });
    expect(round.status).toBe(201);
    const later = await dashboard((round.body['round'] as { id: string }).id);
    expect(later).toContain(`"${NEW_NAME}"`);
    expect(later).not.toContain('"Fritidsförvaltningen"');

    const logged = serverOf().logs.filter((l) => l['event'] === 'organisation-change');
    expect(logged).toEqual([
      expect.objectContaining({ kind: 'rename', organisations: [FRITID], activities: [] }),
    ]);
    // Ids only: neither the actor's name nor an organisation's name is logged.
    expect(JSON.stringify(logged)).not.toMatch(/Omar|förvaltningen"/);
  });

  it('merges: the activities and the samordnare move, the people log names the actor', async () => {
    const kultur = (await organisation(KULTUR)).activities ?? [];
    expect(kultur.length).toBeGreaterThan(0);
    const answer = await change({ kind: 'merge', organisation: KULTUR, into: FRITID, from: DAY });
    expect(answer.status).toBe(200);
    expect(answer.body['message']).toContain(
      `Kulturförvaltningen går upp i ${NEW_NAME} från ${DAY}.`,
    );
    expect(answer.body['message']).toContain(`${kultur.length} aktiviteter flyttades`);
    expect(answer.body['message']).toContain('1 samordnare flyttades med (loggat under Personer).');
    expect(answer.body['moved']).toEqual({
      activities: kultur.map((a) => ({ id: a.id, to: FRITID })),
      samordnare: [KARIN],
      standIns: [],
    });

    expect(await organisation(KULTUR)).toMatchObject({
      validTo: '2025-09-30',
      handovers: [{ to: FRITID, from: DAY, activityIds: kultur.map((a) => a.id) }],
      activities: [],
    });
    const fritid = (await organisation(FRITID)).activities?.map((a) => a.id) ?? [];
    expect(fritid).toEqual(expect.arrayContaining(kultur.map((a) => a.id)));
    expect((await serverOf().store.members.get(KARIN))?.organisationId).toBe(FRITID);

    const log = await callApi(serverOf(), 'GET', '/api/v1/people/audit');
    const entries = log.body['entries'] as { subjectUserId: string; actorName: string }[];
    expect(entries.find((e) => e.subjectUserId === KARIN)).toMatchObject({
      actorUserId: SAMORDNING_USER,
      actorName: 'Omar Haddad (demo)',
    });
  });

  it('splits with every activity placed; the samordnare stays until someone moves her', async () => {
    const grundskola = (await organisation(GRUNDSKOLA)).activities ?? [];
    const placed = Object.fromEntries(
      grundskola.map((a, i) => [a.id, i % 2 === 0 ? 'grundskola-norr' : 'grundskola-soder']),
    );
    const answer = await change(splitGrundskola(placed));
    expect(answer.status).toBe(200);
    expect(answer.body['message']).toContain(
      `Grundskoleförvaltningen delas i Grundskoleförvaltningen norr, Grundskoleförvaltningen söder från ${DAY}.`,
    );
    expect(answer.body['message']).toContain(
      'Sara Lind (demo) är kvar som samordnare för Grundskoleförvaltningen',
    );
    expect(answer.body['membersLeft']).toEqual([SAMORDNARE_USER]);

    const after = await listed();
    const byId = (id: string) => after.find((o) => o.id === id);
    expect(byId(GRUNDSKOLA)).toMatchObject({ validTo: '2025-09-30', activities: [] });
    for (const part of ['grundskola-norr', 'grundskola-soder'])
      expect(byId(part)).toMatchObject({
        kind: 'forvaltning',
        validFrom: DAY,
        validTo: null,
        activities: grundskola
          .filter((a) => placed[a.id] === part)
          .map((a) => expect.objectContaining({ id: a.id }) as unknown),
      });
  });
});

describe('organisations API as a samordnare', () => {
  const serverOf = serverAs(SAMORDNARE_USER);

  it('reads the organisations without activities and may change nothing', async () => {
    const server = serverOf();
    const answer = await callApi(server, 'GET', '/api/v1/organisations');
    expect(answer.status).toBe(200);
    expect(answer.body['canChange']).toBe(false);
    const organisations = answer.body['organisations'] as Listed[];
    expect(organisations.map((o) => o.id)).toContain(FRITID);
    expect(organisations.every((o) => o.activities === undefined)).toBe(true);

    await expectOnlySamordning(server, [
      [
        'POST',
        '/api/v1/organisations/changes',
        { kind: 'rename', organisation: FRITID, name: NEW_NAME, from: DAY, roles: ['samordning'] },
      ],
      [
        'POST',
        '/api/v1/organisations/changes',
        { kind: 'merge', organisation: KULTUR, into: FRITID, from: DAY },
      ],
    ]);
  });
});
