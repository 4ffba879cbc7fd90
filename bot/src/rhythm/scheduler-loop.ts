import type { Clock } from '../domain/ports/clock.port';
import type { Logger } from '../logging';
import { tick, type SchedulerDeps } from './scheduler';

export interface SchedulerLoop {
  /** Stops ticking and waits for a running tick to finish. */
  stop(): Promise<void>;
}

/**
 * Ticks every `intervalMs` with the injected clock (every instance runs one; the lease makes
 * one of them plan at a time). A failing tick is logged and the next one tries again.
 */
export function startSchedulerLoop(
  deps: SchedulerDeps,
  clock: Clock,
  intervalMs: number,
  logger: Logger,
): SchedulerLoop {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const run = () => {
    if (stopped) return;
    running = running.then(async () => {
      try {
        const result = await tick(deps, clock.now());
        for (const e of result.expansions) {
          logger.info({ event: 'schedule-step', ...e }, 'schedule step expanded');
        }
      } catch (error) {
        logger.error({ err: error, event: 'scheduler-tick-failed' }, 'scheduler tick failed');
      }
    });
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  run();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
