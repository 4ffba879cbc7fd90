import { coalescing } from '../../../bot/src/http/coalesce';

/** A computation the test finishes by hand, recording what each run saw. */
function controlled() {
  let state = 0;
  const runs: { resolve: () => void; sawState: number }[] = [];
  const compute = (key: string): Promise<string> =>
    new Promise<string>((resolve) => {
      const sawState = state;
      runs.push({ resolve: () => resolve(`${key}@${sawState}`), sawState });
    });
  return {
    compute,
    runs,
    write: () => {
      state++;
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('coalescing', () => {
  it('runs one computation per key at a time and never answers with one started before the request', async () => {
    const c = controlled();
    const get = coalescing(c.compute);
    const first = get('plan');
    c.write(); // a report is saved while the first computation runs
    const second = get('plan');
    const third = get('plan');
    await tick();
    expect(c.runs).toHaveLength(1); // the later callers wait, they do not start their own
    c.runs[0]?.resolve();
    expect(await first).toBe('plan@0');
    await tick();
    expect(c.runs).toHaveLength(2); // one follow-up run serves both waiting callers
    c.runs[1]?.resolve();
    expect(await second).toBe('plan@1'); // sees the write made before it asked
    expect(await third).toBe('plan@1');
  });

  it('keeps keys apart and starts afresh after everything settled', async () => {
    const c = controlled();
    const get = coalescing(c.compute);
    const a = get('a');
    const b = get('b');
    await tick();
    expect(c.runs).toHaveLength(2);
    c.runs.forEach((run) => run.resolve());
    expect([await a, await b]).toEqual(['a@0', 'b@0']);
    c.write();
    const again = get('a');
    await tick();
    c.runs[2]?.resolve();
    expect(await again).toBe('a@1');
  });

  it('passes a failure to the callers of that run only', async () => {
    let calls = 0;
    const get = coalescing(async () => {
      calls++;
      if (calls === 1) throw new Error('boom');
      return 'ok';
    });
    const failing = get('k');
    const waiting = get('k');
    await expect(failing).rejects.toThrow('boom');
    expect(await waiting).toBe('ok');
  });
});
