import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type pino from 'pino';
import type { Config } from './config';
import {
  demoActivities,
  DEMO_MEMBERS,
  demoRound,
  demoSupportEntries,
  friFranVald,
  organisations,
} from './domain/catalog';
import { systemClock, type Clock } from './domain/ports/clock.port';
import { seedStore } from './domain/services/seed';
import { createHttpServer } from './http/server';
import { devIdentity, noIdentity } from './http/tab-identity';
import { createLogger, type Logger } from './logging';
import { SqliteRuntimeState } from './runtime/sqlite/sqlite-runtime-state';
import type { StorePort } from './domain/ports/store.port';
import { openStore } from './open-store';
import { createAdapter } from './teams/adapter';
import { createTeamsApp } from './teams/app';

export interface Samordna {
  readonly url: string;
  readonly port: number;
  /** SQLite or SharePoint (SAMORDNA_STORE). */
  readonly store: StorePort;
  readonly runtime: SqliteRuntimeState;
  readonly logger: Logger;
  /** Stops accepting requests, lets in-flight ones finish, closes the databases. */
  close(): Promise<void>;
}

export interface ComposeOptions {
  readonly clock?: Clock;
  /** Where logs go (tests capture them); stdout by default. */
  readonly logDestination?: pino.DestinationStream;
}

/** Composition root: config → adapters → app → server. `main.ts` and the tests both start here. */
export async function startSamordna(
  config: Config,
  options: ComposeOptions = {},
): Promise<Samordna> {
  const clock = options.clock ?? systemClock;
  const logger = createLogger(config.logLevel, options.logDestination);
  const runtime = SqliteRuntimeState.open(join(config.dataDir, 'runtime.sqlite'));
  const store = await openStore(config, runtime, clock, logger);

  const seeded = await seedStore(store, clock, {
    plan: friFranVald,
    organisations,
    demo: config.demoData
      ? {
          activities: demoActivities,
          members: DEMO_MEMBERS,
          round: demoRound,
          supportEntries: demoSupportEntries,
        }
      : null,
  });
  logger.info({ event: 'seeded', ...seeded }, 'store ready');

  const adapter = createAdapter(config.bot);
  // The public URL is known from config in production; locally only once the port is bound.
  const links = { publicUrl: config.publicUrl };
  const app = createTeamsApp(
    adapter,
    {
      store,
      runtime,
      clock,
      logger,
      get tabUrl() {
        return links.publicUrl === null ? null : `${links.publicUrl}/tab/`;
      },
    },
    config.bot.kind === 'none' ? undefined : config.bot.appId,
  );
  const identify =
    config.devUserId === null ? noIdentity : devIdentity(store.members, config.devUserId);
  const server = createHttpServer({
    adapter,
    app,
    logger,
    store,
    clock,
    identify,
    mode: config.mode,
    tabDir: config.tabDir,
  });

  await new Promise<void>((resolve) => server.listen(config.port, resolve));
  const port = (server.address() as AddressInfo).port;
  links.publicUrl ??= `http://localhost:${port}`;
  logger.info({ event: 'listening', port, mode: config.mode }, 'Samordna is listening');

  let closed = false;
  return {
    url: `http://localhost:${port}`,
    port,
    store,
    runtime,
    logger,
    close: async () => {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
      await runtime.close();
    },
  };
}
