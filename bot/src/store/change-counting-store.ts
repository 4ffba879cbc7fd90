import type { StorePort } from '../domain/ports/store.port';

/**
 * The store with a change version: every write made through it moves the version, so read
 * caches (http/versioned-cache.ts) know when their entries are stale. Reads pass through.
 * The write methods are listed per repository; `satisfies` makes a new repository a compile
 * error here until someone decides which of its methods write.
 */
const WRITES = {
  plans: ['upsert', 'makeCurrent'],
  organisations: ['upsert'],
  activities: ['create', 'update'],
  reports: ['append'],
  rounds: ['upsert'],
  members: ['upsert', 'remove'],
  standIns: ['save'],
  support: ['create', 'update'],
  imports: ['apply'],
} as const satisfies { [K in keyof Omit<StorePort, 'close'>]: readonly (keyof StorePort[K])[] };

export interface CountedStore {
  readonly store: StorePort;
  /** Moves on every write through `store` (also on a write that failed: harmless). */
  version(): number;
}

function counting<R extends object>(repository: R, writes: readonly string[], bump: () => void): R {
  // Each method is wrapped once (store calls sit on every bot turn and tab request).
  const methods = new Map<PropertyKey, unknown>();
  return new Proxy(repository, {
    get(target, property) {
      const known = methods.get(property);
      if (known !== undefined) return known;
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      const wrapped =
        typeof property === 'string' && writes.includes(property)
          ? // Moves before the write starts and again when it has settled, so an entry computed
            // while the write was under way is never taken for one computed after it.
            async (...args: unknown[]) => {
              bump();
              try {
                return (await method.apply(target, args)) as unknown;
              } finally {
                bump();
              }
            }
          : method.bind(target);
      methods.set(property, wrapped);
      return wrapped;
    },
  });
}

export function countChanges(store: StorePort): CountedStore {
  let version = 0;
  const bump = () => {
    version += 1;
  };
  const wrap = <K extends keyof typeof WRITES>(name: K): StorePort[K] =>
    counting(store[name], WRITES[name], bump);
  const counted: StorePort = {
    plans: wrap('plans'),
    organisations: wrap('organisations'),
    activities: wrap('activities'),
    reports: wrap('reports'),
    rounds: wrap('rounds'),
    members: wrap('members'),
    standIns: wrap('standIns'),
    support: wrap('support'),
    imports: wrap('imports'),
    close: () => store.close(),
  };
  return { store: counted, version: () => version };
}
