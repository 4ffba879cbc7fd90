import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type pino from 'pino';
import type { TurnContext } from 'botbuilder';
import type { Config } from './config';
import { demoActivities, DEMO_MEMBERS, demoRound, demoSupportEntries } from './domain/catalog';
import { importPlan } from './domain/services/plan-import';
import { readPlanFile } from './files/plan-file';
import { seedDemoMeetings } from './domain/meetings/demo-meetings';
import { swedishWorkingDays } from './domain/meetings/working-days';
import { systemClock, type Clock } from './domain/ports/clock.port';
import type { LeaseStore, OutboxStore } from './domain/ports/outbox.port';
import { seedStore } from './domain/services/seed';
import { createRateLimiter } from './http/rate-limit';
import { createHttpServer } from './http/server';
import { ssoIdentity } from './http/sso-identity';
import { devIdentity, noIdentity } from './http/tab-identity';
import { createLogger, type Logger } from './logging';
import { deliveryOf, newMeetingId, type RhythmServices } from './rhythm/rhythm-services';
import { startSchedulerLoop, type SchedulerLoop } from './rhythm/scheduler-loop';
import { SqliteRuntimeState } from './runtime/sqlite/sqlite-runtime-state';
import { SqliteMeetingStore } from './store/sqlite/sqlite-meeting-store';
import { SqliteMinutesStore } from './store/sqlite/sqlite-minutes-store';
import { SharePointStore } from './store/sharepoint/sharepoint-store';
import type { RuntimeStatePort } from './domain/ports/runtime-state.port';
import { Dispatcher } from './rhythm/dispatcher';
import { AzureTablesRuntimeState } from './runtime/azure-tables/azure-tables-runtime-state';
import type { SqliteDatabase } from './store/sqlite/database';
import { SqliteStore } from './store/sqlite/sqlite-store';
import { reminderRenderer } from './teams/cards/reminder-card';
import type { StorePort } from './domain/ports/store.port';
import type { MeetingStore } from './domain/ports/meeting-store.port';
import type { MinutesStore } from './domain/ports/minutes-store.port';
import { openDeliveryProbe, openDirectory, openGroupCalendar, openStore } from './open-store';
import { openIndicators } from './open-indicators';
import type { DirectoryPort } from './domain/ports/directory.port';
import { countChanges } from './store/change-counting-store';
import type { GroupCalendar } from './domain/ports/group-calendar.port';
import type { RefusedEditsPort } from './domain/ports/refused-edits.port';
import { createAdapter } from './teams/adapter';
import { createTeamsApp } from './teams/app';
import { TeamsProactiveSender } from './teams/proactive-sender';

export interface Samordna {
  readonly url: string;
  readonly port: number;
  /** SQLite or SharePoint (SAMORDNA_STORE). */
  readonly store: StorePort;
  readonly runtime: RuntimeStatePort;
  /** Meetings, reminders and the outbox. */
  readonly rhythm: RhythmServices;
  /** The runtime SQLite database when runtime state is in SQLite (tests inspect it), else null. */
  readonly runtimeDatabase: SqliteDatabase | null;
  /** Sends due outbox jobs; stopped (in-flight sends finished, leases released) by close(). */
  readonly dispatcher: Dispatcher;
  readonly logger: Logger;
  /**
   * Registers work to run on shutdown after in-flight requests are answered and before the
   * stores close (releasing leases, stopping a scheduler). Hooks run newest first.
   */
  onClose(hook: () => Promise<void>): void;
  /**
   * Graceful shutdown: stops accepting requests, lets in-flight ones finish (at most
   * `drainMs`, default 10 s), runs the close hooks, closes the stores.
   */
  close(drainMs?: number): Promise<void>;
}

export interface ComposeOptions {
  readonly clock?: Clock;
  /** Where logs go (tests capture them); stdout by default. */
  readonly logDestination?: pino.DestinationStream;
  /** The reminder outbox and leases (tests); otherwise the runtime's, when it has them. */
  readonly delivery?: { readonly outbox: OutboxStore; readonly leases: LeaseStore };
  /** Start the scheduler interval (default true; tests that tick by hand turn it off). */
  readonly scheduler?: boolean;
  /** The group calendar (tests: the Graph adapter on the fake); otherwise config.calendar's. */
  readonly groupCalendar?: GroupCalendar | null;
  /** Refused activity edits (tests inject one); otherwise the SharePoint store's, or none. */
  readonly refusedEdits?: RefusedEditsPort | null;
  /** Where "Personer" finds people (tests: the Graph adapter on the fake); otherwise config.directory's. */
  readonly directory?: DirectoryPort | null;
  /** Called for every authenticated bot turn before the app handles it (tests count turns). */
  readonly onTurn?: (context: TurnContext) => void | Promise<void>;
}

const DEFAULT_DRAIN_MS = 10_000;

/**
 * Meetings live beside the store, on the same backend: the store's SQLite database, or the
 * SharePoint site's Möten lists through the store's read model and write outbox
 * (docs/decisions/0011-sharepoint-lists.md).
 */
export function openMeetingStore(store: StorePort): MeetingStore {
  if (store instanceof SqliteStore) return new SqliteMeetingStore(store.database);
  if (store instanceof SharePointStore) return store.meetings;
  throw new Error('No meeting store for this store adapter');
}

/** Agenda edits and decisions live beside the meetings, on the same backend (decision 0025). */
export function openMinutesStore(store: StorePort): MinutesStore {
  if (store instanceof SqliteStore) return new SqliteMinutesStore(store.database);
  if (store instanceof SharePointStore) return store.minutes;
  throw new Error('No minutes store for this store adapter');
}

/** The runtime-state adapter that the configuration names. */
export async function openRuntimeState(config: Config): Promise<RuntimeStatePort> {
  const store = config.runtimeStore;
  switch (store.kind) {
    case 'sqlite':
      return SqliteRuntimeState.open(join(config.dataDir, 'runtime.sqlite'));
    case 'azure-tables':
      return AzureTablesRuntimeState.open({
        kind: 'managed-identity',
        endpoint: store.endpoint,
        clientId: store.managedIdentityClientId,
      });
    case 'azure-tables-connection-string':
      return AzureTablesRuntimeState.open({
        kind: 'connection-string',
        connectionString: store.connectionString,
      });
  }
}

/** Composition root: config → adapters → app → server. `main.ts` and the tests both start here. */
export async function startSamordna(
  config: Config,
  options: ComposeOptions = {},
): Promise<Samordna> {
  const clock = options.clock ?? systemClock;
  const logger = createLogger(config.logLevel, options.logDestination);
  const runtime = await openRuntimeState(config);
  const runtimeDatabase = runtime instanceof SqliteRuntimeState ? runtime.database : null;
  const opened = await openStore(config, runtimeDatabase, clock, logger);
  // Everything but the meeting store (which needs the adapter itself) writes through the
  // counted store, so read caches see every write of this instance.
  const counted = countChanges(opened);
  const store = counted.store;
  // The public URL is known from config in production; locally only once the port is bound.
  const links = { publicUrl: config.publicUrl };
  const rhythm: RhythmServices = {
    meetings: openMeetingStore(opened),
    minutes: openMinutesStore(opened),
    settings: { timeZone: config.rhythm.timeZone, reminderTime: config.rhythm.reminderTime },
    calendar: swedishWorkingDays(),
    renderer: reminderRenderer('sv'),
    newId: newMeetingId,
    tabUrl: () => (links.publicUrl === null ? null : `${links.publicUrl}/tab/`),
    delivery: options.delivery ?? deliveryOf(runtime),
    groupCalendar:
      options.groupCalendar === undefined ? openGroupCalendar(config) : options.groupCalendar,
    channel: runtime,
  };
  if (rhythm.groupCalendar !== null) {
    logger.info({ event: 'group-calendar-on' }, 'meetings can be imported from the group calendar');
  }

  // The plan file (SAMORDNA_PLAN_FILE, else the shipped 2022–2026 plan), imported on every
  // start: idempotent, and a plan with reports is never changed (decision 0021).
  const planFile = readPlanFile(config.planFile);
  if (!planFile.ok) throw new Error(planFile.lines.join('\n'));
  const imported = await importPlan(store, planFile.plan);
  if (imported.kind === 'frozen') {
    logger.warn(
      { event: 'plan-frozen', planId: imported.plan.id, reports: imported.reports },
      'the plan file differs from a plan that has reports; the stored plan is kept',
    );
  } else {
    logger.info({ event: 'plan-file', planId: imported.plan.id, outcome: imported.kind }, 'plan');
  }
  // The demo belongs to the 2022–2026 plan: with another plan file, none of it is written.
  const demo = config.demoData && imported.plan.id === demoRound.planId;
  const seeded = await seedStore(store, clock, {
    plan: imported.plan,
    organisations: [],
    demo: demo
      ? {
          activities: demoActivities,
          members: DEMO_MEMBERS,
          round: demoRound,
          supportEntries: demoSupportEntries,
        }
      : null,
  });
  const demoMeetings = demo
    ? await seedDemoMeetings({ store, clock, ...rhythm }, imported.plan.id)
    : 0;
  logger.info({ event: 'seeded', ...seeded, demoMeetings }, 'store ready');

  const adapter = createAdapter(config.bot, config.botOpenIdMetadataUrl);
  if (config.botOpenIdMetadataUrl !== null) {
    logger.warn(
      { event: 'bot-openid-override', url: config.botOpenIdMetadataUrl },
      'SAMORDNA_BOT_OPENID_METADATA_URL is set: Bot Framework tokens are checked against these keys (tests only)',
    );
  }
  const app = createTeamsApp(
    adapter,
    {
      store,
      runtime,
      rhythm,
      clock,
      logger,
      get tabUrl() {
        return links.publicUrl === null ? null : `${links.publicUrl}/tab/`;
      },
    },
    config.bot.kind === 'none' ? undefined : config.bot.appId,
  );
  const identify =
    config.devUserId !== null
      ? devIdentity(store.members, config.devUserId)
      : config.sso !== null
        ? ssoIdentity(
            store.members,
            {
              tenantId: config.sso.tenantId,
              audiences: [config.sso.appIdUri, config.sso.clientId],
              jwksUrl: config.sso.jwksUrl,
              groupSamordning: config.sso.groupSamordning,
              groupHr: config.sso.groupHr,
            },
            clock,
            logger,
          )
        : noIdentity;
  const { server, drain } = createHttpServer({
    adapter,
    app,
    logger,
    store,
    rhythm,
    clock,
    identify,
    mode: config.mode,
    tabDir: config.tabDir,
    storeVersion: counted.version,
    dashboardMaxAgeMs: config.dashboardMaxAgeMs,
    refusedEdits:
      options.refusedEdits !== undefined
        ? options.refusedEdits
        : opened instanceof SharePointStore
          ? opened.refusedEdits
          : null,
    directory: options.directory !== undefined ? options.directory : openDirectory(config),
    indicators: openIndicators(config, opened, store, clock, logger),
    rateLimiter: createRateLimiter(config.tabApiRateLimit, clock),
    publicRateLimiter: createRateLimiter(config.publicRateLimit, clock),
    trustedProxy: config.trustedProxy,
    botTenantId: config.bot.kind === 'none' ? null : config.bot.tenantId,
    ...(options.onTurn ? { onTurn: options.onTurn } : {}),
  });

  const probe = openDeliveryProbe(config);
  const dispatcher = new Dispatcher({
    runtime,
    sender: new TeamsProactiveSender(adapter, config.bot.kind === 'none' ? '' : config.bot.appId),
    ...(probe === null ? {} : { probe }),
    clock,
    logger,
  });
  dispatcher.start();

  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  const port = (server.address() as AddressInfo).port;
  links.publicUrl ??= `http://localhost:${port}`;
  logger.info({ event: 'listening', port, mode: config.mode }, 'Samordna is listening');

  // Every instance ticks; the 'scheduler-tick' lease lets one plan at a time.
  let scheduler: SchedulerLoop | null = null;
  if (rhythm.delivery !== null && options.scheduler !== false) {
    scheduler = startSchedulerLoop(
      {
        store,
        meetings: rhythm.meetings,
        minutes: rhythm.minutes,
        outbox: rhythm.delivery.outbox,
        leases: rhythm.delivery.leases,
        channel: rhythm.channel,
        renderer: rhythm.renderer,
        settings: rhythm.settings,
        calendar: rhythm.calendar,
        owner: `instance-${newMeetingId()}`,
        tabUrl: rhythm.tabUrl,
        logger,
      },
      clock,
      config.rhythm.schedulerIntervalMs,
      logger,
    );
  }

  const closeHooks: (() => Promise<void>)[] = [];
  let closing: Promise<void> | null = null;
  const shutdown = async (drainMs: number): Promise<void> => {
    // Stop planning first, so no new jobs start while requests drain.
    await scheduler?.stop();
    const clean = await drain.close(drainMs);
    logger.info({ event: 'drained', clean }, 'stopped accepting requests');
    // Finish in-flight sends and release the dispatcher lease before the stores close.
    await dispatcher.stop();
    for (const hook of closeHooks.reverse()) {
      try {
        await hook();
      } catch (err) {
        logger.error({ event: 'close-hook-failed', err }, 'a close hook failed');
      }
    }
    // Close both stores even if one fails, and say which one did.
    const results = await Promise.allSettled([opened.close(), runtime.close()]);
    results.forEach((result, index) => {
      if (result.status === 'rejected') {
        logger.error(
          {
            event: 'store-close-failed',
            store: index === 0 ? 'store' : 'runtime',
            err: result.reason,
          },
          'a store did not close cleanly',
        );
      }
    });
    logger.info({ event: 'stopped' }, 'Samordna stopped');
  };
  return {
    url: `http://localhost:${port}`,
    port,
    // The adapter itself (tests reach into its database); its writes bypass the change version.
    store: opened,
    runtime,
    rhythm,
    runtimeDatabase,
    dispatcher,
    logger,
    onClose: (hook) => {
      closeHooks.push(hook);
    },
    close: (drainMs = DEFAULT_DRAIN_MS) => (closing ??= shutdown(drainMs)),
  };
}
