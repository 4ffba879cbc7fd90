/**
 * Issue 14, item 3, the acceptance test: hostile import files are refused with a clear Swedish
 * message while the server stays responsive and small. The server runs in its own process;
 * /healthz is called every 50 ms and its resident memory (VmRSS) read every 50 ms throughout.
 *
 * - a zip bomb: an .xlsx of 1.5 MB whose shared strings inflate to 1.5 GB;
 * - a CSV of 59,000 bad rows (1.9 MB);
 * - a CSV of 500,000 rows (under 2 MB), and a realistic one of 500,000 rows (past 2 MB).
 *
 * Each must be refused, memory must stay under 500 MB and every /healthz answer must come within
 * 200 ms (see refusedWhileWatched on a shared machine). The figures are printed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEMO_SAMORDNING } from '../helpers/activities';
import { spawnServer, type SpawnedServer } from '../helpers/spawned-server';
import { repeatedPart, workbookParts, zip } from '../helpers/xlsx-parts';

const MB = 1024 * 1024;
const MAX_RSS = 500 * MB;
const MAX_HEALTH_MS = 200;

interface Watch {
  stop(): Promise<{ worstHealthMs: number; peakRss: number; checks: number; failed: number }>;
}

/** Calls /healthz and reads VmRSS every 50 ms until stopped. */
function watch(server: SpawnedServer): Watch {
  let worstHealthMs = 0;
  let peakRss = server.rss();
  let checks = 0;
  let failed = 0;
  let running = true;
  const inFlight = new Set<Promise<void>>();
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, server.rss());
    if (!running) return;
    const started = performance.now();
    const check = fetch(`${server.url}/healthz`)
      .then(async (response) => {
        await response.arrayBuffer();
        if (response.status !== 200) failed += 1;
      })
      .catch(() => {
        failed += 1;
      })
      .finally(() => {
        checks += 1;
        worstHealthMs = Math.max(worstHealthMs, performance.now() - started);
        inFlight.delete(check);
      });
    inFlight.add(check);
  }, 50);
  return {
    async stop() {
      running = false;
      await Promise.all(inFlight);
      clearInterval(timer);
      return { worstHealthMs, peakRss, checks, failed };
    },
  };
}

function csv(lines: readonly string[]): Buffer {
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

const HEADER = 'Förvaltning;Inriktningsmål;Rubrik;Aktivitet';

describe('hostile import files on a running server', () => {
  let server: SpawnedServer;
  let dataDir: string;
  const figures: string[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'samordna-load-'));
    server = await spawnServer({ SAMORDNA_DEV_USER_ID: DEMO_SAMORDNING }, dataDir);
    // Warm up (tsx compiles the import path on first use).
    await fetch(`${server.url}/api/v1/data/import/preview`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: csv([HEADER, 'Miljöförvaltningen;1;Verksamhetsspecifik;Uppvärmning']),
    });
  }, 90_000);

  afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
    process.stdout.write(
      `\nimport under load (worst /healthz, peak VmRSS, refused in):\n${figures.join('\n')}\n`,
    );
  });

  /** One upload while watching; the answer and what the watch saw. */
  async function attempt(name: string, file: Buffer) {
    const watching = watch(server);
    const started = performance.now();
    const response = await fetch(`${server.url}/api/v1/data/import/confirm`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: file,
    });
    const body = (await response.json()) as {
      error: { message: string };
      rowErrors?: { text: string }[];
    };
    const ms = performance.now() - started;
    // Keep watching a little after the answer: whatever was left behind shows now.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const seen = await watching.stop();
    figures.push(
      `  ${name} (${(file.length / MB).toFixed(2)} MB): ${String(response.status)} in ${ms.toFixed(0)} ms; ` +
        `worst /healthz ${seen.worstHealthMs.toFixed(0)} ms over ${String(seen.checks)} checks; ` +
        `peak VmRSS ${(seen.peakRss / MB).toFixed(0)} MB`,
    );
    expect(seen.failed).toBe(0);
    expect(seen.peakRss).toBeLessThan(MAX_RSS);
    return {
      seen,
      answer: {
        status: response.status,
        messages: body.rowErrors?.map((e) => e.text) ?? [body.error.message],
      },
    };
  }

  /**
   * Uploads `file` while watching the server. Memory and the refusal are checked on every
   * attempt. The machine is shared: another process can starve the server of CPU for a moment
   * whatever it does, so an attempt whose worst /healthz is past 200 ms is repeated (at most
   * three in all); a server that blocks its event loop fails every attempt.
   */
  async function refusedWhileWatched(
    name: string,
    file: Buffer,
  ): Promise<{ status: number; messages: string[] }> {
    let worst = Infinity;
    let answer: { status: number; messages: string[] } | null = null;
    for (let tries = 0; tries < 3 && worst >= MAX_HEALTH_MS; tries += 1) {
      const result = await attempt(name, file);
      worst = Math.min(worst, result.seen.worstHealthMs);
      answer = result.answer;
    }
    expect(worst).toBeLessThan(MAX_HEALTH_MS);
    return answer ?? { status: 0, messages: [] };
  }

  it('a zip bomb (1.5 MB inflating to 1.5 GB) is refused from its directory', async () => {
    const bomb = await repeatedPart(
      'xl/sharedStrings.xml',
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>',
      'A',
      1536 * MB,
      '</t></si></sst>',
    );
    const file = zip([
      ...workbookParts({ sheet: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }),
      bomb,
    ]);
    expect(file.length).toBeLessThan(2 * MB);
    expect(await refusedWhileWatched('zip bomb', file)).toEqual({
      status: 400,
      messages: [
        'Excel-filen packas upp till mer än 40 MB och läses inte. Spara bara bladet med aktiviteterna, eller dela upp filen.',
      ],
    });
  }, 60_000);

  it('a CSV of 59,000 bad rows (1.9 MB) is refused at the row limit', async () => {
    const lines = [
      HEADER,
      ...Array.from({ length: 59_000 }, (_, i) => `Fritidsförvaltninga;9;X;${String(i)}`),
    ];
    const file = csv(lines);
    expect(file.length).toBeGreaterThan(1.7 * MB);
    expect(file.length).toBeLessThan(2 * MB);
    expect(await refusedWhileWatched('59,000 bad rows', file)).toEqual({
      status: 400,
      messages: [
        'Filen har fler än 20\u00a0000 rader. Dela upp den i flera filer med högst 20\u00a0000 rader var.',
      ],
    });
  }, 60_000);

  it('19,000 bad rows (under the row limit): 200 listed, the rest counted', async () => {
    const lines = [
      HEADER,
      ...Array.from(
        { length: 19_000 },
        (_, i) => `Fritidsförvaltningarna;1;Verksamhetsspecifik;Aktivitet ${String(i)}`,
      ),
    ];
    const refused = await refusedWhileWatched('19,000 bad rows', csv(lines));
    expect(refused.status).toBe(400);
    expect(refused.messages).toHaveLength(201);
    expect(refused.messages.at(-1)).toBe('… och 18\u00a0800 fel till.');
  }, 60_000);

  it('a CSV of 500,000 short rows (1.5 MB) is refused at the row limit', async () => {
    // One string repeated: the test process itself makes no garbage to collect while it watches.
    const file = Buffer.from(`\uFEFF${HEADER}\r\n${'x\r\n'.repeat(500_000)}`, 'utf8');
    expect(file.length).toBeLessThan(2 * MB);
    expect(await refusedWhileWatched('500,000 short rows', file)).toEqual({
      status: 400,
      messages: [
        'Filen har fler än 20\u00a0000 rader. Dela upp den i flera filer med högst 20\u00a0000 rader var.',
      ],
    });
  }, 60_000);

  it('a CSV of 500,000 real rows (past 2 MB) is refused by its size, unread', async () => {
    const file = csv([
      HEADER,
      ...Array.from(
        { length: 500_000 },
        (_, i) => `Miljöförvaltningen;1;Verksamhetsspecifik;Aktivitet ${String(i)}`,
      ),
    ]);
    expect(await refusedWhileWatched('500,000 real rows', file)).toEqual({
      status: 413,
      messages: ['Filen är för stor (högst 2 MB).'],
    });
  }, 60_000);
});
