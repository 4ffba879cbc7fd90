/**
 * Exactly once across instances: two dispatcher processes share Azure Tables (Azurite) and a
 * Bot Connector fake that enforces Teams' limits and injects 429s. One instance is killed
 * with SIGKILL mid-fan-out (between sends), restarted, and every reminder still arrives
 * exactly once. (A kill during a send cannot be made exactly-once: see decision 0009.)
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { AzureTablesRuntimeState } from '../../bot/src/runtime/azure-tables/azure-tables-runtime-state';
import { startFakeBotConnector, type FakeBotConnector } from '../fakes/bot-connector';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { seedRound } from '../helpers/delivery-rig';

const RECIPIENTS = 80;
const HOLD_AFTER = 25;
const PREFIX = 'exactlyonce';
const ROOT = join(__dirname, '../..');

interface Child {
  readonly process: ChildProcessWithoutNullStreams;
  readonly lines: string[];
  waitFor(line: string): Promise<void>;
}

function startChild(azurite: Azurite, owner: string, holdAfter: number): Child {
  // node itself with tsx as a loader (not the tsx CLI, which would leave its node child
  // running when it is SIGKILLed): the signal reaches the dispatcher process.
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(__dirname, 'dispatcher-child.ts'),
      `--connection-string=${azurite.connectionString}`,
      `--prefix=${PREFIX}`,
      `--owner=${owner}`,
      `--hold-after=${holdAfter}`,
    ],
    { cwd: ROOT },
  );
  const lines: string[] = [];
  const waiters: Array<{ line: string; resolve: () => void }> = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const w of waiters.filter((x) => x.line === line)) w.resolve();
  });
  child.stderr.resume();
  return {
    process: child,
    lines,
    waitFor: (line) =>
      lines.includes(line)
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ line, resolve })),
  };
}

const exited = (child: Child): Promise<number | null> =>
  child.process.exitCode !== null || child.process.signalCode !== null
    ? Promise.resolve(child.process.exitCode)
    : new Promise((resolve) => child.process.once('exit', (code) => resolve(code)));

describe('exactly once with two instances, a kill -9 and a restart', () => {
  let azurite: Azurite;
  let connector: FakeBotConnector;
  const children: Child[] = [];

  beforeAll(async () => {
    [azurite, connector] = await Promise.all([
      startAzurite(),
      startFakeBotConnector({
        teamsLimits: true,
        faultRate: 0.1,
        faultStatuses: [429],
        faultRetryAfterSeconds: 0,
        latencyMs: 5,
      }),
    ]);
  }, 30_000);

  afterAll(async () => {
    for (const child of children) child.process.kill('SIGKILL');
    await Promise.all([azurite.stop(), connector.close()]);
  });

  it('delivers every reminder once, loses none', async () => {
    const runtime = await AzureTablesRuntimeState.open(
      { kind: 'connection-string', connectionString: azurite.connectionString },
      PREFIX,
    );
    const keys = await seedRound(
      runtime,
      connector.serviceUrl,
      RECIPIENTS,
      new Date().toISOString(),
      'meeting-7',
    );

    // A leads (it starts first) and holds after HOLD_AFTER completed sends; B waits as standby.
    const a = startChild(azurite, 'instance-a', HOLD_AFTER);
    children.push(a);
    await a.waitFor('ready');
    const b = startChild(azurite, 'instance-b', 0);
    children.push(b);
    await a.waitFor('held');
    const sentByA = a.lines.filter((l) => l.startsWith('sent ')).length;
    expect(sentByA).toBeGreaterThan(0);
    expect(sentByA).toBeLessThanOrEqual(HOLD_AFTER);

    // kill -9 mid-fan-out: A still holds claims on queued jobs and the dispatcher lease.
    a.process.kill('SIGKILL');
    await exited(a);
    const restarted = startChild(azurite, 'instance-a', 0);
    children.push(restarted);

    const deadline = Date.now() + 60_000;
    for (;;) {
      const pending = await runtime.outbox.list({ groupKey: 'meeting-7', statuses: ['pending'] });
      if (pending.length === 0 || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    const jobs = await runtime.outbox.list({ groupKey: 'meeting-7' });
    expect(jobs.filter((j) => j.status !== 'sent')).toEqual([]);
    const deliveries = connector.deliveries();
    expect([...deliveries.keys()].sort()).toEqual([...keys].sort());
    const twice = [...deliveries].filter(([, n]) => n !== 1).map(([key]) => key);
    const reporters = twice.map((key) => [
      key,
      children.map((c) => c.lines.filter((l) => l === `sent ${key}`).length),
      jobs.find((j) => j.key === key)?.lastError,
    ]);
    expect(reporters).toEqual([]);
    expect(connector.injectedFaults).toBeGreaterThan(0);
    // Requests over a Teams limit are answered 429 and retried like any other; the limiter keeps
    // them rare (scheduling jitter on a loaded machine can still push one over).
    expect(connector.violations).toBeLessThan(RECIPIENTS / 10);

    // Graceful shutdown: both exit cleanly and give the dispatcher lease back. B may have sent
    // everything before the restarted A installed its SIGTERM handler: wait for it first.
    await restarted.waitFor('ready');
    b.process.kill('SIGTERM');
    restarted.process.kill('SIGTERM');
    expect(await Promise.all([exited(b), exited(restarted)])).toEqual([0, 0]);
    expect(
      await runtime.leases.acquire('outbox-dispatcher', 'checker', new Date().toISOString(), 1_000),
    ).toBe(true);
  }, 90_000);
});
