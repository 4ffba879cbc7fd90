import { VersionedCache } from '../../../bot/src/http/versioned-cache';

function world(maxEntries?: number) {
  const time = { t: 0 };
  const cache = new VersionedCache<number>({
    maxAgeMs: 2_000,
    now: () => time.t,
    ...(maxEntries === undefined ? {} : { maxEntries }),
  });
  let computed = 0;
  const compute = () => Promise.resolve(++computed);
  return { time, cache, compute, count: () => computed };
}

describe('versioned read cache', () => {
  it('reuses an entry while the version and its age allow, and recomputes after either moves', async () => {
    const { time, cache, compute, count } = world();
    expect(await cache.get('k', 1, compute)).toBe(1);
    time.t = 2_000;
    expect(await cache.get('k', 1, compute)).toBe(1);
    expect(await cache.get('k', 2, compute)).toBe(2);
    time.t = 4_001;
    expect(await cache.get('k', 2, compute)).toBe(3);
    expect(await cache.get('other', 2, compute)).toBe(4);
    expect(count()).toBe(4);
  });

  it('lets concurrent callers share one computation', async () => {
    const { cache } = world();
    let release: (value: number) => void = () => undefined;
    let calls = 0;
    const slow = () => {
      calls += 1;
      return new Promise<number>((resolve) => {
        release = resolve;
      });
    };
    const all = Promise.all([1, 2, 3].map(() => cache.get('k', 7, slow)));
    release(42);
    expect(await all).toEqual([42, 42, 42]);
    expect(calls).toBe(1);
  });

  it('does not keep a failed computation', async () => {
    const { cache, compute } = world();
    await expect(cache.get('k', 1, () => Promise.reject(new Error('store down')))).rejects.toThrow(
      'store down',
    );
    expect(await cache.get('k', 1, compute)).toBe(1);
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const { cache, compute, count } = world(2);
    await cache.get('a', 1, compute);
    await cache.get('b', 1, compute);
    await cache.get('c', 1, compute);
    await cache.get('c', 1, compute);
    await cache.get('b', 1, compute);
    expect(count()).toBe(3);
    await cache.get('a', 1, compute);
    expect(count()).toBe(4);
  });
});
