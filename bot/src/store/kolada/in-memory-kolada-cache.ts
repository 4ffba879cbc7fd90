import type { KoladaCache } from '../../domain/ports/kolada-cache.port';
import type { KpiSeries } from '../../domain/ports/kolada.port';

/**
 * A KoladaCache in this process's memory, for tests and local mode: bounded (the least recently
 * used entry goes first), and holding copies, so a caller cannot change what is cached. Lost on
 * restart, which a cache may be.
 */
export class InMemoryKoladaCache implements KoladaCache {
  private readonly entries = new Map<string, KpiSeries>();

  constructor(private readonly maxEntries = 500) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) {
      throw new RangeError(`A Kolada cache holds at least one entry: ${maxEntries}`);
    }
  }

  /** How many series are held. */
  get size(): number {
    return this.entries.size;
  }

  async get(key: string): Promise<KpiSeries | null> {
    const series = this.entries.get(key);
    if (series === undefined) return null;
    this.entries.delete(key);
    this.entries.set(key, series);
    return structuredClone(series);
  }

  async put(key: string, series: KpiSeries): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, structuredClone(series));
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }
}
