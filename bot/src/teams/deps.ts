import type { Clock } from '../domain/ports/clock.port';
import type { RuntimeStatePort } from '../domain/ports/runtime-state.port';
import type { StorePort } from '../domain/ports/store.port';
import type { Logger } from '../logging';

/** What the Teams routes depend on. Narrow on purpose: tests pass plain objects. */
export interface TeamsDeps {
  readonly store: StorePort;
  readonly runtime: RuntimeStatePort;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Public URL of the tab (for "open" buttons), or null. */
  readonly tabUrl: string | null;
}
