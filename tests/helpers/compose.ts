import type pino from 'pino';
import type { TurnContext } from 'botbuilder';
import { startSamordna, type Samordna } from '../../bot/src/compose';
import type { Config } from '../../bot/src/config';
import { systemClock, type Clock } from '../../bot/src/domain/ports/clock.port';
import type { DirectoryPort } from '../../bot/src/domain/ports/directory.port';
import type { GroupCalendar } from '../../bot/src/domain/ports/group-calendar.port';
import type { LeaseStore, OutboxStore } from '../../bot/src/domain/ports/outbox.port';
import type { RefusedEditsPort } from '../../bot/src/domain/ports/refused-edits.port';
import { createLogger } from '../../bot/src/logging';
import { openAdapters, type Adapters } from '../../bot/src/open-store';

/**
 * How a test wires the app: the configured adapters with single ones replaced by test doubles
 * (the composition root itself knows nothing of tests).
 */
export interface TestWiring {
  readonly clock?: Clock;
  /** Where logs go (tests capture them); stdout by default. */
  readonly logDestination?: pino.DestinationStream;
  /** The reminder outbox and leases (in-memory doubles); otherwise the runtime's. */
  readonly delivery?: { readonly outbox: OutboxStore; readonly leases: LeaseStore };
  /** Start the scheduler interval (tests that tick by hand turn it off). */
  readonly scheduler?: boolean;
  /** The group calendar (the Graph adapter on the fake, a stub); otherwise config.calendar's. */
  readonly groupCalendar?: GroupCalendar | null;
  /** Refused activity edits; otherwise the SharePoint store's, or none. */
  readonly refusedEdits?: RefusedEditsPort | null;
  /** Where "Personer" finds people (the Graph adapter on the fake); otherwise config.directory's. */
  readonly directory?: DirectoryPort | null;
  /** Called for every authenticated bot turn before the app handles it (tests count turns). */
  readonly onTurn?: (context: TurnContext) => void | Promise<void>;
}

/** The adapters the configuration names, with the ones `wiring` gives in their place. */
export function replaceAdapters(adapters: Adapters, wiring: TestWiring): Adapters {
  return {
    ...adapters,
    backend:
      wiring.refusedEdits === undefined
        ? adapters.backend
        : { ...adapters.backend, refusedEdits: wiring.refusedEdits },
    ...(wiring.delivery === undefined ? {} : { delivery: wiring.delivery }),
    ...(wiring.groupCalendar === undefined ? {} : { groupCalendar: wiring.groupCalendar }),
    ...(wiring.directory === undefined ? {} : { directory: wiring.directory }),
  };
}

/** Starts the real app on `config`, wired as the test asks. */
export async function startWired(config: Config, wiring: TestWiring = {}): Promise<Samordna> {
  const clock = wiring.clock ?? systemClock;
  const logger = createLogger(config.logLevel, wiring.logDestination);
  const adapters = replaceAdapters(await openAdapters(config, clock, logger), wiring);
  return startSamordna(config, {
    clock,
    logger,
    adapters,
    ...(wiring.scheduler === undefined ? {} : { scheduler: wiring.scheduler }),
    ...(wiring.onTurn === undefined ? {} : { onTurn: wiring.onTurn }),
  });
}
