import { join } from 'node:path';
import type { Config } from './config';
import { DEMO_DIRECTORY } from './domain/catalog';
import type { Clock } from './domain/ports/clock.port';
import type { DeliveryProbe } from './domain/ports/delivery-probe.port';
import type { DirectoryPort } from './domain/ports/directory.port';
import type { GroupCalendar } from './domain/ports/group-calendar.port';
import type { MeetingStore } from './domain/ports/meeting-store.port';
import type { IndicatorStore } from './domain/ports/indicator-store.port';
import type { MinutesStore } from './domain/ports/minutes-store.port';
import type { LeaseStore, OutboxStore } from './domain/ports/outbox.port';
import type { RefusedEditsPort } from './domain/ports/refused-edits.port';
import type { RuntimeStatePort } from './domain/ports/runtime-state.port';
import type { StorePort } from './domain/ports/store.port';
import type { Logger } from './logging';
import { deliveryOf } from './meetings/rhythm-services';
import { AzureTablesRuntimeState } from './runtime/azure-tables/azure-tables-runtime-state';
import { GraphDeliveryProbe } from './runtime/graph-delivery-probe';
import { SqliteRuntimeState } from './runtime/sqlite/sqlite-runtime-state';
import { GraphGroupCalendar } from './store/calendar/graph-group-calendar';
import { GraphDirectory } from './store/directory/graph-directory';
import { LocalDirectory } from './store/directory/local-directory';
import { graphTokenProvider, type GraphCredentials } from './store/sharepoint/graph-credentials';
import { GraphHttp } from './graph/graph-http';
import { SharePointStore } from './store/sharepoint/sharepoint-store';
import { SqliteWriteOutbox } from './store/sharepoint/sqlite-write-outbox';
import type { SqliteDatabase } from './sqlite/database';
import { SqliteMeetingStore } from './store/sqlite/sqlite-meeting-store';
import { SqliteIndicatorStore } from './store/sqlite/sqlite-indicator-store';
import { SqliteMinutesStore } from './store/sqlite/sqlite-minutes-store';
import { SqliteStore } from './store/sqlite/sqlite-store';

/**
 * Opens the adapters the configuration names, one `switch` on its `kind` each: the composition
 * root (compose.ts) wires what this returns and never asks an adapter what class it is.
 */

/**
 * The system of record and what lives beside it on the same backend: meetings, their minutes
 * (decision 0025) and the SharePoint store's refused edits (none for SQLite).
 */
export interface StoreBackend {
  readonly store: StorePort;
  readonly meetings: MeetingStore;
  readonly minutes: MinutesStore;
  readonly refusedEdits: RefusedEditsPort | null;
  /** Indicator values and the Kolada cache (decision 0026). */
  readonly indicators: IndicatorStore;
}

/** Runtime state, and its SQLite database when it is in SQLite (the write outbox shares it). */
export interface RuntimeBackend {
  readonly runtime: RuntimeStatePort;
  readonly database: SqliteDatabase | null;
}

/** Every adapter the app is composed from. Tests replace single ones (tests/helpers/compose.ts). */
export interface Adapters {
  readonly runtime: RuntimeBackend;
  readonly backend: StoreBackend;
  /** The reminder outbox and leases of the runtime state, or null when it has none. */
  readonly delivery: { readonly outbox: OutboxStore; readonly leases: LeaseStore } | null;
  readonly groupCalendar: GroupCalendar | null;
  readonly directory: DirectoryPort | null;
  readonly deliveryProbe: DeliveryProbe | null;
}

/** Opens every adapter the configuration names: runtime state first, then the store on it. */
export async function openAdapters(
  config: Config,
  clock: Clock,
  logger: Logger,
): Promise<Adapters> {
  const runtime = await openRuntime(config);
  return {
    runtime,
    backend: await openStore(config, runtime.database, clock, logger),
    delivery: deliveryOf(runtime.runtime),
    groupCalendar: openGroupCalendar(config),
    directory: openDirectory(config),
    deliveryProbe: openDeliveryProbe(config),
  };
}

/** The runtime-state adapter SAMORDNA_RUNTIME_STORE names. */
export async function openRuntime(config: Config): Promise<RuntimeBackend> {
  const chosen = config.runtimeStore;
  switch (chosen.kind) {
    case 'sqlite': {
      const runtime = SqliteRuntimeState.open(join(config.dataDir, 'runtime.sqlite'));
      return { runtime, database: runtime.database };
    }
    case 'azure-tables':
      return {
        runtime: await AzureTablesRuntimeState.open({
          kind: 'managed-identity',
          endpoint: chosen.endpoint,
          clientId: chosen.managedIdentityClientId,
        }),
        database: null,
      };
    case 'azure-tables-connection-string':
      return {
        runtime: await AzureTablesRuntimeState.open({
          kind: 'connection-string',
          connectionString: chosen.connectionString,
        }),
        database: null,
      };
  }
}

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
): Promise<StoreBackend> {
  const chosen = config.store;
  switch (chosen.kind) {
    case 'sqlite':
      return sqliteBackend(SqliteStore.open(join(config.dataDir, 'samordna.sqlite')));
    case 'sharepoint':
      return sharePointBackend(
        await SharePointStore.open({
          http: graphHttp(chosen.graphBaseUrl, chosen.auth),
          siteUrl: chosen.siteUrl,
          outbox:
            runtimeDatabase === null
              ? SqliteWriteOutbox.open(join(config.dataDir, 'write-outbox.sqlite'))
              : SqliteWriteOutbox.attach(runtimeDatabase),
          now: () => clock.now(),
          logger,
        }),
      );
  }
}

/** Meetings and minutes in the store's own SQLite database. */
export function sqliteBackend(store: SqliteStore): StoreBackend {
  return {
    store,
    meetings: new SqliteMeetingStore(store.database),
    minutes: new SqliteMinutesStore(store.database),
    refusedEdits: null,
    indicators: new SqliteIndicatorStore(store.database),
  };
}

/**
 * Meetings and minutes on the SharePoint site's lists, through the store's read model and
 * write outbox (docs/decisions/0011-sharepoint-lists.md); its refused edits beside them.
 */
export function sharePointBackend(store: SharePointStore): StoreBackend {
  return {
    store,
    meetings: store.meetings,
    minutes: store.minutes,
    refusedEdits: store.refusedEdits,
    indicators: store.indicators,
  };
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
  switch (directory.kind) {
    case 'off':
      return null;
    case 'local':
      return new LocalDirectory(DEMO_DIRECTORY);
    case 'graph':
      return new GraphDirectory(graphHttp(directory.graphBaseUrl, directory.auth));
  }
}

/** Graph with the app's credentials: the one client stack of the store, calendar and probe. */
function graphHttp(baseUrl: string, auth: GraphCredentials): GraphHttp {
  return new GraphHttp({ baseUrl, tokens: graphTokenProvider(auth, baseUrl) });
}
