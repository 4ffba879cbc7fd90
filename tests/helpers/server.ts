import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Samordna } from '../../bot/src/compose';
import { loadConfig, type RawEnv } from '../../bot/src/config';
import type { Clock } from '../../bot/src/domain/ports/clock.port';
import { SqliteStore } from '../../bot/src/store/sqlite/sqlite-store';
import { startWired, type TestWiring } from './compose';

export interface TestServer extends Omit<Samordna, 'store'> {
  /** Test servers run on the embedded store, so tests can inspect every row. */
  readonly store: SqliteStore;
  /** Every log line the server wrote, as parsed JSON objects. */
  readonly logs: Record<string, unknown>[];
  readonly dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts the real server (restify + CloudAdapter + SQLite) on port 0 in a temp
 * data folder, in local mode with demo data unless `env` says otherwise.
 */
export async function startTestServer(
  env: RawEnv = {},
  clock?: Clock,
  options: Omit<TestWiring, 'clock' | 'logDestination'> = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'samordna-test-'));
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() !== '') logs.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  const config = loadConfig({
    PORT: '0',
    // Tests make many tab API calls as one dev user, and many bot calls from one address; the
    // rate-limit tests set their own budgets.
    SAMORDNA_TAB_API_RATE_LIMIT: '100000',
    SAMORDNA_PUBLIC_RATE_LIMIT: '100000',
    SAMORDNA_DATA_DIR: dataDir,
    SAMORDNA_TAB_DIR: join(__dirname, '..', '..', 'tab', 'dist'),
    LOG_LEVEL: 'info',
    // Never the real Kolada from a test: a port nothing listens on (tests pass a fake's URL).
    SAMORDNA_KOLADA_URL: 'http://127.0.0.1:9/v3',
    ...env,
  });
  const samordna = await startWired(config, {
    logDestination: sink,
    // The scheduler writes on its own clock; tests that want it ask for it (scheduler: true).
    scheduler: false,
    ...options,
    ...(clock ? { clock } : {}),
  });
  if (!(samordna.store instanceof SqliteStore)) throw new Error('test servers use SQLite');
  const store = samordna.store;
  return Object.assign(Object.create(samordna) as Samordna, samordna, {
    store,
    logs,
    dataDir,
    stop: async () => {
      await samordna.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/** The runtime SQLite database of a test server (runtime state is SQLite in tests). */
export function runtimeDatabaseOf(server: Samordna): NonNullable<Samordna['runtimeDatabase']> {
  if (server.runtimeDatabase === null) throw new Error('runtime state is not SQLite');
  return server.runtimeDatabase;
}

/** A JSON call to a test server's API: the status and the parsed body. */
export async function callApi(
  server: Pick<TestServer, 'url'>,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
