/**
 * Request coalescing for expensive reads that many people ask for at once (200 people
 * opening the overview when a meeting starts). Each caller gets a result computed AFTER it
 * asked: a caller arriving while a computation runs waits for the next one, which starts
 * when the current one ends and serves everyone who queued meanwhile. So nobody sees data
 * older than their own request (a samordnare who just reported sees the report), and at most
 * one computation per key runs at a time.
 *
 * It pays off when the computation waits on I/O (the SharePoint store over Graph: hundreds of
 * ms). With the synchronous SQLite store a computation usually ends before the next request is
 * even read, so each request computes its own (about 5 ms of CPU).
 */
export function coalescing<V>(compute: (key: string) => Promise<V>): (key: string) => Promise<V> {
  const entries = new Map<string, { running: Promise<V> | null; next: Promise<V> | null }>();

  const start = (key: string, entry: { running: Promise<V> | null }): Promise<V> => {
    const run = compute(key).finally(() => {
      if (entry.running === run) entry.running = null;
    });
    entry.running = run;
    return run;
  };

  return (key) => {
    let entry = entries.get(key);
    if (entry === undefined) {
      entry = { running: null, next: null };
      entries.set(key, entry);
    }
    const current = entry;
    const forget = <T>(value: T): T => {
      if (current.running === null && current.next === null) entries.delete(key);
      return value;
    };
    if (current.running === null) return start(key, current).finally(() => forget(undefined));
    if (current.next !== null) return current.next;
    const next = current.running
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        current.next = null;
        return start(key, current);
      })
      .finally(() => forget(undefined));
    current.next = next;
    return next;
  };
}
