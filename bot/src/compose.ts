import type { AddressInfo } from 'node:net';
import type { TurnContext } from 'botbuilder';
import type { Config } from './config';
import { demoActivities, DEMO_MEMBERS, demoRound, demoSupportEntries } from './domain/catalog';
import { importPlan } from './domain/services/plan-import';
import { readPlanFile } from './files/plan-file';
import { seedDemoMeetings } from './domain/meetings/demo-meetings';
import { swedishWorkingDays } from './domain/meetings/working-days';
import { systemClock, type Clock } from './domain/ports/clock.port';
import { seedStore } from './domain/services/seed';
import { createRateLimiter } from './http/rate-limit';
import { createHttpServer } from './http/server';
import { ssoIdentity } from './http/sso-identity';
import { devIdentity, noIdentity } from './http/tab-identity';
import { createLogger, type Logger } from './logging';
import { newMeetingId, type RhythmServices } from './meetings/rhythm-services';
import { startSchedulerLoop, type SchedulerLoop } from './rhythm/scheduler-loop';
import type { RuntimeStatePort } from './domain/ports/runtime-state.port';
import { Dispatcher } from './rhythm/dispatcher';
import type { SqliteDatabase } from './sqlite/database';
import { reminderRenderer } from './teams/cards/reminder-card';
import type { StorePort } from './domain/ports/store.port';
import { openAdapters, type Adapters } from './open-store';
import { openIndicators } from './open-indicators';
import { countChanges } from './store/change-counting-store';
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

/**
 * What the process runs on besides its configuration: time, where logs go, whether the
 * scheduler ticks on its own, and the adapters. `main.ts` takes every default; tests build
 * theirs in tests/helpers/compose.ts.
 */
export interface Host {
  readonly clock: Clock;
  /** JSON logs at config.logLevel on stdout by default. */
  readonly logger: Logger;
  /** Start the scheduler interval (default true; off where ticks are driven by hand). */
  readonly scheduler: boolean;
  /** The adapters; by default those the configuration names (open-store.ts). */
  readonly adapters: Adapters;
  /** Hears every authenticated bot turn before the app handles it. */
  readonly onTurn?: (context: TurnContext) => void | Promise<void>;
}

/** The host `main.ts` runs on: the system clock, stdout, the scheduler on, configured adapters. */
export async function defaultHost(config: Config, host: Partial<Host> = {}): Promise<Host> {
  const clock = host.clock ?? systemClock;
  const logger = host.logger ?? createLogger(config.logLevel);
  return {
    clock,
    logger,
    scheduler: host.scheduler ?? true,
    adapters: host.adapters ?? (await openAdapters(config, clock, logger)),
    ...(host.onTurn ? { onTurn: host.onTurn } : {}),
  };
}

const DEFAULT_DRAIN_MS = 10_000;

/**
 * Composition root: config → adapters (chosen by configuration, open-store.ts) → app → server.
 * `main.ts` and the tests both start here.
 */
export async function startSamordna(config: Config, given: Partial<Host> = {}): Promise<Samordna> {
  const host = await defaultHost(config, given);
  const { clock, logger, adapters } = host;
  const { runtime, database: runtimeDatabase } = adapters.runtime;
  const opened = adapters.backend.store;
  // Everything but the meeting store (which needs the adapter itself) writes through the
  // counted store, so read caches see every write of this instance.
  const counted = countChanges(opened);
  const store = counted.store;
  // The public URL is known from config in production; locally only once the port is bound.
  const links = { publicUrl: config.publicUrl };
  const rhythm: RhythmServices = {
    meetings: adapters.backend.meetings,
    minutes: adapters.backend.minutes,
    settings: { timeZone: config.rhythm.timeZone, reminderTime: config.rhythm.reminderTime },
    calendar: swedishWorkingDays(),
    renderer: reminderRenderer('sv'),
    newId: newMeetingId,
    tabUrl: () => (links.publicUrl === null ? null : `${links.publicUrl}/tab/`),
    delivery: adapters.delivery,
    groupCalendar: adapters.groupCalendar,
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
  const indicators = openIndicators(config, adapters.backend.indicators, store, clock, logger);
  const app = createTeamsApp(
    adapter,
    {
      store,
      indicators,
      evidenceHosts: config.evidenceHosts,
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
    refusedEdits: adapters.backend.refusedEdits,
    directory: adapters.directory,
    indicators,
    evidenceHosts: config.evidenceHosts,
    rateLimiter: createRateLimiter(config.tabApiRateLimit, clock),
    publicRateLimiter: createRateLimiter(config.publicRateLimit, clock),
    trustedProxy: config.trustedProxy,
    botTenantId: config.bot.kind === 'none' ? null : config.bot.tenantId,
    ...(host.onTurn ? { onTurn: host.onTurn } : {}),
  });

  const probe = adapters.deliveryProbe;
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
  if (rhythm.delivery !== null && host.scheduler) {
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
