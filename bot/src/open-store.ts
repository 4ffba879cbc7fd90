import { join } from 'node:path';
import type { Config } from './config';
import type { Clock } from './domain/ports/clock.port';
import type { StorePort } from './domain/ports/store.port';
import type { Logger } from './logging';
import { SqliteWriteOutbox } from './runtime/sqlite/sqlite-write-outbox';
import type { SqliteRuntimeState } from './runtime/sqlite/sqlite-runtime-state';
import { graphTokenProvider } from './store/sharepoint/graph-credentials';
import { GraphHttp } from './store/sharepoint/graph-http';
import { SharePointStore } from './store/sharepoint/sharepoint-store';
import { SqliteStore } from './store/sqlite/sqlite-store';

/**
 * Opens the store SAMORDNA_STORE chooses: the embedded SQLite file, or SharePoint lists via
 * Graph with the write outbox in the runtime database.
 */
export async function openStore(
  config: Config,
  runtime: SqliteRuntimeState,
  clock: Clock,
  logger: Logger,
): Promise<StorePort> {
  if (config.store.kind === 'sqlite')
    return SqliteStore.open(join(config.dataDir, 'samordna.sqlite'));
  const { siteUrl, graphBaseUrl, auth } = config.store;
  return SharePointStore.open({
    http: new GraphHttp({ baseUrl: graphBaseUrl, tokens: graphTokenProvider(auth, graphBaseUrl) }),
    siteUrl,
    outbox: SqliteWriteOutbox.attach(runtime.database),
    now: () => clock.now(),
    logger,
  });
}
