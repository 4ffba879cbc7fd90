import { dumpDatabase } from './db-dump';
import { runtimeDatabaseOf, type TestServer } from './server';

/**
 * For each needle, whether it is found byte for byte in the store, in the runtime database and
 * in the log lines written since `logsFrom`: `[needle, false, false, false]` is no trace.
 */
export function tracesOf(
  server: TestServer,
  needles: readonly string[],
  logsFrom = 0,
): [string, boolean, boolean, boolean][] {
  const store = dumpDatabase(server.store.database);
  const runtime = dumpDatabase(runtimeDatabaseOf(server));
  const logs = JSON.stringify(server.logs.slice(logsFrom));
  return needles.map((n) => [n, store.includes(n), runtime.includes(n), logs.includes(n)]);
}

/** What `tracesOf` gives when nothing is left. */
export const noTraces = (needles: readonly string[]): [string, boolean, boolean, boolean][] =>
  needles.map((n) => [n, false, false, false]);
