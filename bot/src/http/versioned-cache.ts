/**
 * A read cache for expensive aggregates that many people ask for at once (200 people opening
 * Översikt when a meeting starts). An entry is reused while the store's change version is the
 * one it was computed at and it is younger than `maxAgeMs`; concurrent callers share one
 * computation. So a write made through this instance shows at once (the version moves), and
 * anything the version cannot see — another instance's write, the SharePoint read model's sync,
 * the clock moving on — shows within `maxAgeMs`.
 */
export interface VersionedCacheOptions {
  readonly maxAgeMs: number;
  /** Epoch milliseconds (the server clock). */
  readonly now: () => number;
  /** Entries kept at most (oldest evicted first); default 100. */
  readonly maxEntries?: number;
}

interface Entry<V> {
  readonly version: number;
  readonly at: number;
  readonly value: Promise<V>;
}

export class VersionedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(private readonly options: VersionedCacheOptions) {}

  get(key: string, version: number, compute: () => Promise<V>): Promise<V> {
    const now = this.options.now();
    const hit = this.entries.get(key);
    if (hit !== undefined && hit.version === version && now - hit.at <= this.options.maxAgeMs) {
      return hit.value;
    }
    const value = compute();
    this.entries.delete(key);
    this.entries.set(key, { version, at: now, value });
    // A failed computation is not kept: the next caller tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    const max = this.options.maxEntries ?? 100;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= max) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}
