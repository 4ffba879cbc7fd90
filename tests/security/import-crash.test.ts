/**
 * Issue 14, item 2, the acceptance test: an import is all or nothing also when the server dies.
 * A server in its own process imports a file of 20,000 rows (the most a file may have), each
 * with a report; it is killed with SIGKILL at a random moment of `import/confirm`, restarted on
 * the same data folder, and the store holds every imported activity and report, or none.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { organisations } from '../helpers/malmo-plan';
import { IMPORT_LIMITS } from '../../bot/src/domain/import/import-limits';
import { DEMO_SAMORDNING } from '../helpers/activities';
import { swedishCsv } from '../helpers/import-store';
import { spawnServer } from '../helpers/spawned-server';

const ROWS = IMPORT_LIMITS.rows - 1;
const ATTEMPTS = 3;

function bigFile(): Buffer {
  const rows = [['Förvaltning', 'Inriktningsmål', 'Rubrik', 'Aktivitet', 'Status', 'Rapporterat']];
  for (let i = 0; i < ROWS; i += 1)
    rows.push([
      organisations[i % organisations.length]?.name ?? '',
      String(1 + (i % 6)),
      'Verksamhetsspecifik',
      `Importerad aktivitet ${String(i)}`,
      'Pågår',
      `Gjort ${String(i)}`,
    ]);
  return swedishCsv(rows);
}

/** Imported activities and reports in the data folder's database (ids from import start "imp-"). */
function imported(dataDir: string): { activities: number; reports: number } {
  const db = new Database(join(dataDir, 'samordna.sqlite'), { readonly: true });
  try {
    const count = (sql: string): number => Number(db.prepare(sql).pluck().get());
    return {
      activities: count("SELECT COUNT(*) FROM activities WHERE id LIKE 'imp-%'"),
      reports: count("SELECT COUNT(*) FROM reports WHERE id LIKE 'imp-r-%'"),
    };
  } finally {
    db.close();
  }
}

async function upload(url: string, step: 'preview' | 'confirm', file: Buffer): Promise<number> {
  const response = await fetch(`${url}/api/v1/data/import/${step}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: file,
  });
  await response.arrayBuffer();
  return response.status;
}

it(`kill -9 at a random moment of importing ${String(ROWS)} rows: after a restart, all of it or none`, async () => {
  const file = bigFile();
  expect(file.length).toBeLessThan(IMPORT_LIMITS.fileBytes);
  const outcomes: string[] = [];
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const dataDir = mkdtempSync(join(tmpdir(), 'samordna-crash-'));
    try {
      const env = { SAMORDNA_DEV_USER_ID: DEMO_SAMORDNING };
      const server = await spawnServer(env, dataDir);
      // How long reading, checking and planning this file takes here: the confirm takes that
      // and the write; the kill falls anywhere from early in the reading to past the write.
      const started = performance.now();
      expect(await upload(server.url, 'preview', file)).toBe(200);
      const previewMs = performance.now() - started;
      const delay = Math.random() * previewMs * 1.6;
      const confirm = upload(server.url, 'confirm', file).catch(() => 'cut');
      await new Promise((resolve) => setTimeout(resolve, delay));
      await server.kill9();
      const answered = await confirm;

      const restarted = await spawnServer(env, dataDir);
      expect((await fetch(`${restarted.url}/healthz`)).status).toBe(200);
      const counts = imported(dataDir);
      await restarted.stop();
      outcomes.push(
        `kill after ${delay.toFixed(0)} ms (preview ${previewMs.toFixed(0)} ms, confirm ${String(answered)}): ` +
          `${String(counts.activities)} activities, ${String(counts.reports)} reports`,
      );
      expect([
        { activities: 0, reports: 0 },
        { activities: ROWS, reports: ROWS },
      ]).toContainEqual(counts);
      // An answered import was stored in full.
      if (answered === 200) expect(counts).toEqual({ activities: ROWS, reports: ROWS });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  process.stdout.write(`\nimport crash test:\n  ${outcomes.join('\n  ')}\n`);
}, 600_000);
