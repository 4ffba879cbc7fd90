import { join } from 'node:path';
import type { Config } from './config';
import type { Clock } from './domain/ports/clock.port';
import type { GroupCalendar } from './domain/ports/group-calendar.port';
import type { StorePort } from './domain/ports/store.port';
import type { Logger } from './logging';
import { SqliteWriteOutbox } from './store/sharepoint/sqlite-write-outbox';
import type { SqliteDatabase } from './store/sqlite/database';
import type { DeliveryProbe } from './domain/ports/delivery-probe.port';
import { GraphDeliveryProbe } from './runtime/graph-delivery-probe';
import { graphTokenProvider, type GraphCredentials } from './store/sharepoint/graph-credentials';
import { GraphHttp } from './store/sharepoint/graph-http';
import { SharePointStore } from './store/sharepoint/sharepoint-store';
import { GraphGroupCalendar } from './store/calendar/graph-group-calendar';
import { DEMO_DIRECTORY } from './domain/catalog';
import type { DirectoryPort } from './domain/ports/directory.port';
import { GraphDirectory } from './store/directory/graph-directory';
import { LocalDirectory } from './store/directory/local-directory';
import { SqliteStore } from './store/sqlite/sqlite-store';

/**
 * Opens the store SAMORDNA_STORE chooses: the embedded SQLite file, or SharePoint lists via
 * Graph with the write outbox in the runtime database when runtime state is in SQLite, else
 * in its own SQLite file in the data folder (App Service's /home is durable).
 */
export async function openStore(
  config: Config,
  runtimeDatabase: SqliteDatabase | null,
  clock: Clock,
  logger: Logger,
): Promise<StorePort> {
  if (config.store.kind === 'sqlite')
    return SqliteStore.open(join(config.dataDir, 'samordna.sqlite'));
  const { siteUrl, graphBaseUrl, auth } = config.store;
  return SharePointStore.open({
    http: graphHttp(graphBaseUrl, auth),
    siteUrl,
    outbox:
      runtimeDatabase === null
        ? SqliteWriteOutbox.open(join(config.dataDir, 'write-outbox.sqlite'))
        : SqliteWriteOutbox.attach(runtimeDatabase),
    now: () => clock.now(),
    logger,
  });
}

/**
 * The group calendar SAMORDNA_CALENDAR_GROUP_ID names, read through Graph with the app's
 * credentials (the same GraphHttp stack as the SharePoint store), or null when it is off.
 */
export function openGroupCalendar(config: Config): GroupCalendar | null {
  if (config.calendar === null) return null;
  const { groupId, graphBaseUrl, auth } = config.calendar;
  return new GraphGroupCalendar(graphHttp(graphBaseUrl, auth), groupId);
}

/** The Graph delivery probe when configured (decision 0015); null: interrupted sends are resent. */
export function openDeliveryProbe(config: Config): DeliveryProbe | null {
  const probe = config.deliveryProbe;
  if (probe.kind === 'off') return null;
  return new GraphDeliveryProbe({
    graph: graphHttp(probe.graphBaseUrl, probe.auth),
    teamsAppId: probe.teamsAppId,
    botAppId: probe.botAppId,
  });
}

/** Where Samordning finds people (decision 0022): the demo users, Entra ID, or none. */
export function openDirectory(config: Config): DirectoryPort | null {
  const directory = config.directory;
  if (directory.kind === 'off') return null;
  if (directory.kind === 'local') return new LocalDirectory(DEMO_DIRECTORY);
  return new GraphDirectory(graphHttp(directory.graphBaseUrl, directory.auth));
}

/** Graph with the app's credentials: the one client stack of the store, calendar and probe. */
function graphHttp(baseUrl: string, auth: GraphCredentials): GraphHttp {
  return new GraphHttp({ baseUrl, tokens: graphTokenProvider(auth, baseUrl) });
}
