/**
 * Import, export and the report draft through the real server: Samordning imports (preview,
 * then confirm), the role comes from the identity, bad files get Swedish row errors and
 * leave the store untouched.
 */
import { demoActivities } from '../../bot/src/domain/catalog';
import { COLUMNS } from '../../bot/src/domain/import/columns';
import { readTableFile } from '../../bot/src/files/table-file';
import { dumpDatabase } from '../helpers/db-dump';
import { docxParagraphs } from '../helpers/docx-text';
import { swedishCsv } from '../helpers/import-store';
import { startTestServer, type TestServer } from '../helpers/server';

const SAMORDNING_USER = '00000000-0000-0000-0000-0000000000a2';
const SAMORDNARE_USER = '00000000-0000-0000-0000-0000000000a1';

const FILE = swedishCsv([
  ['Förvaltning', 'Inriktningsmål', 'Rubrik', 'Aktivitet', 'Status', 'Rapporterat'],
  [
    'Miljöförvaltningen',
    '2',
    'Verksamhetsspecifik',
    'Ny rutin vid tillsyn',
    'Pågår',
    'Rutinen skrivs.',
  ],
]);

function upload(
  server: TestServer,
  step: 'preview' | 'confirm',
  body: Buffer,
  type = 'application/octet-stream',
) {
  return fetch(`${server.url}/api/v1/data/import/${step}`, {
    method: 'POST',
    headers: { 'Content-Type': type },
    body,
  });
}

describe('data API as Samordning', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ SAMORDNA_DEV_USER_ID: SAMORDNING_USER });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('previews without writing, then imports, then the same file changes nothing', async () => {
    const before = dumpDatabase(server.store.database);
    const preview = await upload(server, 'preview', FILE);
    expect(preview.status).toBe(200);
    const planned = (await preview.json()) as Record<string, unknown>;
    expect(planned).toMatchObject({
      imported: false,
      counts: { activities: { create: 1 }, reports: { create: 1 }, organisations: 1 },
      rows: [{ row: 2, organisation: 'Miljöförvaltningen', activity: 'create', report: 'create' }],
    });
    expect(dumpDatabase(server.store.database)).toBe(before);

    const confirm = await upload(server, 'confirm', FILE);
    expect(confirm.status).toBe(200);
    expect(await confirm.json()).toMatchObject({
      imported: true,
      counts: { activities: { create: 1 } },
    });
    const after = dumpDatabase(server.store.database);
    expect(after).not.toBe(before);

    const again = await upload(server, 'confirm', FILE);
    expect(await again.json()).toMatchObject({
      counts: { activities: { create: 0, unchanged: 1 }, reports: { create: 0 } },
    });
    expect(dumpDatabase(server.store.database)).toBe(after);
  });

  it('answers a bad file with 400 and the Swedish row errors; nothing is stored', async () => {
    const before = dumpDatabase(server.store.database);
    const bad = swedishCsv([
      ['Förvaltning', 'Inriktningsmål', 'Rubrik', 'Aktivitet'],
      ['Miljöförvaltningen', '7', 'Verksamhetsspecifik', 'X'],
    ]);
    const answer = await upload(server, 'confirm', bad);
    expect(answer.status).toBe(400);
    const body = (await answer.json()) as { error: { code: string }; rowErrors: unknown[] };
    expect(body.error.code).toBe('invalid-file');
    expect(body.rowErrors).toEqual([
      {
        row: 2,
        message: 'Inriktningsmål 7 finns inte (planen har inriktningsmål 1–6).',
        text: 'Rad 2: Inriktningsmål 7 finns inte (planen har inriktningsmål 1–6).',
      },
    ]);
    expect(dumpDatabase(server.store.database)).toBe(before);
  });

  it('refuses uploads over the size limit and other content types', async () => {
    const big = await upload(server, 'preview', Buffer.alloc(2 * 1024 * 1024 + 1, 0x41));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { message: string } }).error.message).toBe(
      'Filen är för stor (högst 2 MB).',
    );
    const json = await upload(server, 'preview', Buffer.from('{}'), 'application/json');
    expect(json.status).toBe(415);
  });

  it('exports XLSX and CSV in the import columns, and a DOCX report draft', async () => {
    const xlsx = await fetch(`${server.url}/api/v1/data/export?format=xlsx`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toMatch(
      /attachment; filename="samordna-aktiviteter-.*\.xlsx"/,
    );
    const rows = await readTableFile(Buffer.from(await xlsx.arrayBuffer()));
    expect(rows[0]?.cells).toEqual(COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(demoActivities.length + 2); // header + demo + the imported one

    const csv = Buffer.from(
      await (await fetch(`${server.url}/api/v1/data/export?format=csv`)).arrayBuffer(),
    );
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(await readTableFile(csv)).toEqual(rows);

    const docx = await fetch(`${server.url}/api/v1/data/report`);
    expect(docx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const text = await docxParagraphs(Buffer.from(await docx.arrayBuffer()));
    expect(text).toContain('Åtta förvaltningar har aktiviteter under inriktningsmålet.');
  });
});

describe('data API as a samordnare', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ SAMORDNA_DEV_USER_ID: SAMORDNARE_USER });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('may export but not import, whatever the request says', async () => {
    const before = dumpDatabase(server.store.database);
    for (const step of ['preview', 'confirm'] as const) {
      const answer = await fetch(`${server.url}/api/v1/data/import/${step}?role=samordning`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream', 'X-Role': 'samordning' },
        body: FILE,
      });
      expect(answer.status).toBe(403);
    }
    expect(dumpDatabase(server.store.database)).toBe(before);
    const rounds = (await (await fetch(`${server.url}/api/v1/data/rounds`)).json()) as Record<
      string,
      unknown
    >;
    expect(rounds).toMatchObject({
      canImport: false,
      currentRoundId: expect.stringMatching(/^demo-/),
    });
    expect((await fetch(`${server.url}/api/v1/data/export?format=csv`)).status).toBe(200);
  });
});
