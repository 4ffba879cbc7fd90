/**
 * Indicators through the real server (issue 19 items 1 and 2, decision 0026): an indicator with
 * baseline and target and three rounds of values — the API the Resultat view draws its chart
 * and table from, the export's Mått sheet and the report draft agree; a Kolada KPI's values
 * arrive through the Kolada fake with paging; with Kolada down the value "saknas" with the
 * reason, and nothing else breaks. Bad input gets a Swedish message and stores nothing; only
 * Samordning and the owning organisation's samordnare enter values.
 */
import ExcelJS from 'exceljs';
import { DEMO_MEMBERS } from '../../bot/src/domain/catalog';
import { enterIndicatorValue } from '../../bot/src/domain/services/indicator-service';
import { openIndicators } from '../../bot/src/open-indicators';
import { SqliteIndicatorStore } from '../../bot/src/store/sqlite/sqlite-indicator-store';
import { createLogger } from '../../bot/src/logging';
import { KoladaFake } from '../fakes/kolada-fake';
import { docxParagraphs } from '../helpers/docx-text';
import { addRounds, indicatorStoreOf, planFileWithIndicators } from '../helpers/indicators';
import { startTestServer, type TestServer } from '../helpers/server';

const SAMORDNING = '00000000-0000-0000-0000-0000000000a2';

interface Point {
  label: string;
  value: number | null;
}
interface Indicator {
  id: string;
  kolada: { status: string; reason: string | null; fetchedAt: string | null } | null;
  trend: { points: Point[]; verdict: string; change: number | null; targetMet: boolean | null };
  canEnter: boolean;
}

async function indicators(server: TestServer): Promise<Indicator[]> {
  const res = await fetch(`${server.url}/api/v1/indicators`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { indicators: Indicator[] }).indicators;
}

const post = (server: TestServer, id: string, body: unknown) =>
  fetch(`${server.url}/api/v1/indicators/${id}/values`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

async function draftParagraphs(server: TestServer): Promise<string[]> {
  const res = await fetch(`${server.url}/api/v1/data/report`);
  expect(res.status).toBe(200);
  return docxParagraphs(Buffer.from(await res.arrayBuffer()));
}

async function mattSheet(server: TestServer): Promise<string[][]> {
  const res = await fetch(`${server.url}/api/v1/data/export?format=xlsx`);
  expect(res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  const sheet = book.getWorksheet('Mått');
  if (sheet === undefined) throw new Error('no Mått sheet');
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push(
      (row.values as unknown[])
        .slice(1)
        .map((v) => (v === null || v === undefined ? '' : String(v))),
    );
  });
  return rows;
}

describe('indicators through the server, Kolada up (fake, paging)', () => {
  let server: TestServer;
  let kolada: KoladaFake;
  beforeAll(async () => {
    kolada = await KoladaFake.start({ maxPerPage: 2 });
    server = await startTestServer({
      SAMORDNA_DEV_USER_ID: SAMORDNING,
      SAMORDNA_PLAN_FILE: planFileWithIndicators(),
      SAMORDNA_KOLADA_URL: kolada.baseUrl,
    });
    await addRounds(server);
  }, 60_000);
  afterAll(async () => {
    await server.stop();
    await kolada.close();
  });

  it('answers an unknown plan as every tab API does: 404 plan-not-found, in Swedish', async () => {
    for (const path of [
      '/api/v1/indicators?plan=finns-inte',
      '/api/v1/indicator-definitions?plan=finns-inte',
    ]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status).toBe(404);
      expect(
        ((await res.json()) as { error: { code: string; message: string } }).error,
      ).toMatchObject({
        code: 'plan-not-found',
        message: 'Planen finns inte.',
      });
    }
  });

  it('refuses a non-number in Swedish and stores nothing', async () => {
    const res = await post(server, 'utbildade-chefer', { roundId: 'omg-2024-host', value: 'tolv' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      'Värdet måste vara ett tal, t.ex. 42 eller 12,5.',
    );
    const over = await post(server, 'utbildade-chefer', { roundId: 'omg-2024-host', value: '120' });
    expect(over.status).toBe(400);
    const unknownRound = await post(server, 'utbildade-chefer', { roundId: 'nej', value: '12' });
    expect(unknownRound.status).toBe(404);
    const koladaOwn = await post(server, 'invanare', { roundId: 'omg-2024-host', value: '12' });
    expect(koladaOwn.status).toBe(409);
    expect(await indicatorStoreOf(server).listValues('fri-fran-vald-2022-2026')).toEqual([]);
  });

  it('three rounds of values: the API (chart and table), the export and the draft agree', async () => {
    for (const [roundId, value] of [
      ['omg-2024-host', '52'],
      ['omg-2025-var', '60,5'],
      ['omg-2025-host', 71],
    ] as const) {
      expect((await post(server, 'utbildade-chefer', { roundId, value })).status).toBe(201);
    }
    const own = (await indicators(server)).find((m) => m.id === 'utbildade-chefer');
    const withValues = own?.trend.points.filter((p) => p.value !== null);
    expect(withValues).toEqual([
      expect.objectContaining({ label: 'Hösten 2024', value: 52 }),
      expect.objectContaining({ label: 'Våren 2025', value: 60.5 }),
      expect.objectContaining({ label: 'Hösten 2025', value: 71 }),
    ]);
    expect(own?.trend).toMatchObject({ verdict: 'better', change: 10.5, targetMet: false });
    expect(own?.canEnter).toBe(true);

    const sheet = mattSheet(server);
    const rows = (await sheet).filter(
      (r) => r[0] === 'Andel chefer som gått utbildningen om våld i nära relation',
    );
    expect(rows.slice(0, 3).map((r) => [r[4], r[6], r[8], r[9], r[10]])).toEqual([
      ['40', '90', 'Hösten 2024', '52', 'åt rätt håll'],
      ['40', '90', 'Våren 2025', '60,5', 'åt rätt håll'],
      ['40', '90', 'Hösten 2025', '71', 'åt rätt håll'],
    ]);

    const paragraphs = await draftParagraphs(server);
    // Under its inriktningsmål (decision 0032): "5.3 Inriktningsmål 3 - …", then "5.3.n Mått".
    const chapter = paragraphs.findIndex((p) => p.startsWith('5.3 Inriktningsmål 3 - '));
    const matt = paragraphs.findIndex((p, i) => i > chapter && /^5\.3\.\d+ Mått$/.test(p));
    const next = paragraphs.findIndex((p, i) => i > chapter && p.startsWith('5.4 '));
    const at = paragraphs.findIndex((p) => p.includes('Andel chefer som gått utbildningen'));
    expect([chapter > 0, chapter < matt, matt < at, at < next]).toEqual([true, true, true, true]);
    expect(paragraphs).not.toContain('Mått');
    const sentence = paragraphs[at];
    expect(sentence).toContain('baslinje 40 (2023), mål 90 (2026)');
    expect(sentence).toContain('Hösten 2024: 52; Våren 2025: 60,5; Hösten 2025: 71');
    expect(sentence).toContain(
      'Senaste värdet 71 (Hösten 2025), +10,5 sedan värdet före: åt rätt håll.',
    );
    expect(sentence).toContain('Målet är inte nått.');
  }, 60_000);

  it('reads a Kolada KPI for the municipality through the fake, page by page, and caches it', async () => {
    const kpi = (await indicators(server)).find((m) => m.id === 'invanare');
    expect(kpi?.kolada).toMatchObject({ status: 'ok', reason: null });
    expect(kpi?.trend.points.map((p) => [p.label, p.value])).toEqual([
      ['2022', 357_377],
      ['2023', 362_133],
      ['2024', 365_600],
    ]);
    expect(kpi?.canEnter).toBe(false);
    // The values came in pages of two (the fake's largest page here), Malmö's only.
    const data = kolada.requests.filter((r) => r.path.includes('/data/'));
    expect(data.some((r) => r.query['page'] === '2')).toBe(true);
    expect(data.every((r) => r.path.includes('1280'))).toBe(true);
    // The series is kept in the store: the next read asks Kolada nothing.
    const after = kolada.requests.length;
    await indicators(server);
    expect(kolada.requests.length).toBe(after);
    const paragraphs = await draftParagraphs(server);
    expect(paragraphs.find((p) => p.includes('Invånare i Malmö'))).toMatch(
      /2022: 357\s377; 2023: 362\s133; 2024: 365\s600.*Källa: Kolada \(N01951\), hämtad \d{4}-\d{2}-\d{2}\./,
    );
  }, 60_000);

  it('lets the owning organisation’s samordnare and Samordning enter values, nobody else', async () => {
    const deps = openIndicators(
      { kolada: { municipalityId: '1280', baseUrl: kolada.baseUrl } },
      new SqliteIndicatorStore(server.store.database),
      server.store,
      { now: () => new Date('2025-10-01T08:00:00.000Z') },
      createLogger('silent'),
    );
    const member = (id: string) => {
      const found = DEMO_MEMBERS.find((m) => m.userId === id);
      if (found === undefined) throw new Error(id);
      return found;
    };
    const input = { indicatorId: 'utbildade-chefer', roundId: 'omg-2025-host', value: '73' };
    const now = new Date('2025-10-01T08:00:00.000Z');
    // Sara Lind is samordnare for Grundskoleförvaltningen, the indicator's owner.
    expect(
      await enterIndicatorValue(deps, member('00000000-0000-0000-0000-0000000000a1'), input, now),
    ).toMatchObject({ value: 73, enteredByName: 'Sara Lind (demo)' });
    // Jonas Ek is samordnare for Fritidsförvaltningen; Eva Berg is HR.
    for (const id of [
      '00000000-0000-0000-0000-0000000000a4',
      '00000000-0000-0000-0000-0000000000a3',
    ]) {
      expect(await enterIndicatorValue(deps, member(id), { ...input, value: '1' }, now)).toEqual({
        kind: 'forbidden',
      });
    }
    const stored = await indicatorStoreOf(server).listValues('fri-fran-vald-2022-2026');
    expect(stored.find((v) => v.roundId === 'omg-2025-host')?.value).toBe(73);
  });
});

describe('indicators through the server, Kolada down', () => {
  let server: TestServer;
  let kolada: KoladaFake;
  beforeAll(async () => {
    kolada = await KoladaFake.start();
    await kolada.down();
    server = await startTestServer({
      SAMORDNA_DEV_USER_ID: SAMORDNING,
      SAMORDNA_PLAN_FILE: planFileWithIndicators(),
      SAMORDNA_KOLADA_URL: kolada.baseUrl,
    });
  }, 60_000);
  afterAll(async () => {
    await server.stop();
    await kolada.close();
  });

  it('says "saknas" with the reason in the API and the draft; the rest answers as usual', async () => {
    const kpi = (await indicators(server)).find((m) => m.id === 'invanare');
    expect(kpi?.kolada).toMatchObject({
      status: 'saknas',
      reason: 'Kolada går inte att nå just nu.',
      fetchedAt: null,
    });
    expect(kpi?.trend.points).toEqual([]);
    const paragraphs = await draftParagraphs(server);
    expect(paragraphs.find((p) => p.includes('Invånare i Malmö'))).toContain(
      'Värden: saknas. Källa: Kolada (N01951). Värden saknas: Kolada går inte att nå just nu.',
    );
    expect((await fetch(`${server.url}/api/v1/dashboard`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/v1/data/export?format=xlsx`)).status).toBe(200);
  }, 60_000);
});
