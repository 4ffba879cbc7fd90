/**
 * Samordning defines indicators in the tab, through the real server (issue 19 item 1, decision
 * 0032): bad input gets every problem in Swedish and stores nothing; a name whose id the plan
 * file uses is refused; a new indicator is listed beside the plan file's, takes values and shows
 * in the export and the draft; a change keeps its values; a removed one leaves the lists, keeps
 * its values and its id is not reused; only Samordning (by role) defines.
 */
import { DEMO_MEMBERS } from '../../bot/src/domain/catalog';
import { saveDefinition } from '../../bot/src/domain/services/indicator-definition-service';
import { docxParagraphs } from '../helpers/docx-text';
import { addRounds, indicatorStoreOf, planFileWithIndicators } from '../helpers/indicators';
import { startTestServer, type TestServer } from '../helpers/server';

const SAMORDNING = '00000000-0000-0000-0000-0000000000a2';
const SARA = '00000000-0000-0000-0000-0000000000a1';
const PLAN = 'fri-fran-vald-2022-2026';

interface Listed {
  id: string;
  name: string;
  origin: string;
  goal: number | null;
  target: { value: number; year: number } | null;
  trend: { points: { label: string; value: number | null }[] };
}

const send = (server: TestServer, method: string, path: string, body?: unknown) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

async function listed(server: TestServer): Promise<Listed[]> {
  const res = await fetch(`${server.url}/api/v1/indicators`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { indicators: Listed[] }).indicators;
}

const anmalda = {
  name: 'Anmälda brott i nära relation',
  unit: 'antal',
  direction: 'lower-is-better',
  baselineValue: '120',
  baselineYear: '2022',
  targetValue: '90',
  targetYear: '2026',
  source: 'Polisen',
  goal: '2',
  activityId: '',
  organisation: '',
  koladaKpi: '',
};

describe('indicator definitions in the tab, through the server', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      SAMORDNA_DEV_USER_ID: SAMORDNING,
      SAMORDNA_PLAN_FILE: planFileWithIndicators(),
    });
    await addRounds(server);
  }, 60_000);
  afterAll(async () => {
    await server.stop();
  });

  it('offers Samordning the plan’s goals, organisations and activities', async () => {
    const res = await fetch(`${server.url}/api/v1/indicator-definitions`);
    expect(res.status).toBe(200);
    const choices = (await res.json()) as {
      canDefine: boolean;
      goals: unknown[];
      organisations: unknown[];
      activities: unknown[];
    };
    expect(choices.canDefine).toBe(true);
    expect(choices.goals.length).toBeGreaterThan(0);
    expect(choices.organisations.length).toBeGreaterThan(0);
    expect(choices.activities.length).toBeGreaterThan(0);
  });

  it('refuses bad input with every problem in Swedish, and a plan file’s id, storing nothing', async () => {
    const bad = await send(server, 'POST', '/api/v1/indicator-definitions', {
      ...anmalda,
      name: ' ',
      direction: 'uppåt',
      baselineValue: 'hundra',
      targetYear: '',
      koladaKpi: 'abc',
      goal: '42',
    });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { problems: { field: string; message: string }[] };
    expect(body.problems).toEqual([
      { field: 'name', message: 'Ge måttet ett namn.', messageEn: expect.any(String) },
      {
        field: 'direction',
        message: 'Välj om högre eller lägre värden är bättre.',
        messageEn: expect.any(String),
      },
      {
        field: 'baseline',
        message: 'Baslinjen: Värdet måste vara ett tal, t.ex. 42 eller 12,5.',
        messageEn: expect.any(String),
      },
      {
        field: 'target',
        message: 'Ange både värde och år för målvärdet.',
        messageEn: expect.any(String),
      },
      {
        field: 'koladaKpi',
        message: 'Ett nyckeltal i Kolada skrivs som N eller U och fem siffror, t.ex. N00945.',
        messageEn: expect.any(String),
      },
      {
        field: 'goal',
        message: 'Inriktningsmålet finns inte i planen.',
        messageEn: expect.any(String),
      },
    ]);
    const clash = await send(server, 'POST', '/api/v1/indicator-definitions', {
      ...anmalda,
      name: 'Utbildade chefer',
    });
    expect(clash.status).toBe(409);
    expect(((await clash.json()) as { error: { message: string } }).error.message).toBe(
      'Planfilen har redan måttet ”Andel chefer som gått utbildningen om våld i nära relation” (utbildade-chefer). Ge det nya måttet ett annat namn.',
    );
    expect(await indicatorStoreOf(server).definitions.list(PLAN)).toEqual([]);
  });

  it('lists a new indicator beside the plan file’s; it takes values, shows in the export and draft', async () => {
    const res = await send(server, 'POST', '/api/v1/indicator-definitions', anmalda);
    expect(res.status).toBe(201);
    const { indicator } = (await res.json()) as { indicator: { id: string } };
    expect(indicator.id).toBe('anmalda-brott-i-nara-relation');
    const all = await listed(server);
    expect(all.map((m) => [m.id, m.origin])).toEqual([
      ['utbildade-chefer', 'plan'],
      ['invanare', 'plan'],
      ['anmalda-brott-i-nara-relation', 'tab'],
    ]);
    for (const [roundId, value] of [
      ['omg-2024-host', '118'],
      ['omg-2025-var', '104'],
      ['omg-2025-host', '97'],
    ] as const) {
      const entered = await send(server, 'POST', `/api/v1/indicators/${indicator.id}/values`, {
        roundId,
        value,
      });
      expect(entered.status).toBe(201);
    }
    const draft = await fetch(`${server.url}/api/v1/data/report`);
    const paragraphs = await docxParagraphs(Buffer.from(await draft.arrayBuffer()));
    const sentence = paragraphs.find((p) => p.includes('Anmälda brott i nära relation'));
    expect(sentence).toContain('Hösten 2024: 118; Våren 2025: 104; Hösten 2025: 97');
    expect(sentence).toContain('Källa: Polisen.');
  }, 60_000);

  it('changes a tab indicator keeping its values, and refuses to change the plan file’s', async () => {
    const changed = await send(
      server,
      'PUT',
      '/api/v1/indicator-definitions/anmalda-brott-i-nara-relation',
      { ...anmalda, targetValue: '80' },
    );
    expect(changed.status).toBe(200);
    const own = (await listed(server)).find((m) => m.id === 'anmalda-brott-i-nara-relation');
    expect(own?.target).toEqual({ value: 80, year: 2026 });
    expect(own?.trend.points.filter((p) => p.value !== null)).toHaveLength(3);

    const fromFile = await send(server, 'PUT', '/api/v1/indicator-definitions/utbildade-chefer', {
      ...anmalda,
    });
    expect(fromFile.status).toBe(409);
    expect(((await fromFile.json()) as { error: { message: string } }).error.message).toBe(
      '”Andel chefer som gått utbildningen om våld i nära relation” kommer från planfilen och ändras där.',
    );
  });

  it('removes a tab indicator, keeps its values and never reuses its id', async () => {
    const removed = await send(
      server,
      'DELETE',
      '/api/v1/indicator-definitions/anmalda-brott-i-nara-relation',
    );
    expect(removed.status).toBe(200);
    expect((await listed(server)).map((m) => m.id)).toEqual(['utbildade-chefer', 'invanare']);
    const values = await indicatorStoreOf(server).listValues(PLAN);
    expect(values.filter((v) => v.indicatorId === 'anmalda-brott-i-nara-relation')).toHaveLength(3);
    const again = await send(server, 'POST', '/api/v1/indicator-definitions', anmalda);
    expect(((await again.json()) as { indicator: { id: string } }).indicator.id).toBe(
      'anmalda-brott-i-nara-relation-2',
    );
    const gone = await send(
      server,
      'DELETE',
      '/api/v1/indicator-definitions/anmalda-brott-i-nara-relation',
    );
    expect(gone.status).toBe(404);
  });

  it('lets only Samordning define, by role', async () => {
    const sara = DEMO_MEMBERS.find((m) => m.userId === SARA);
    if (sara === undefined) throw new Error('no Sara');
    const store = indicatorStoreOf(server);
    const before = await store.definitions.list(PLAN);
    expect(
      await saveDefinition(
        { store: server.store, indicators: store },
        sara,
        null,
        { ...anmalda, name: 'Sara vill' },
        new Date(),
      ),
    ).toEqual({ kind: 'forbidden' });
    expect(await store.definitions.list(PLAN)).toEqual(before);
  });
});
