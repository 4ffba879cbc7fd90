/**
 * Exactly once with two FULL servers (bot/src/main.ts, each with its own SQLite store) sharing
 * Azure Tables runtime state on Azurite and a fake Teams service: a Bot Connector that enforces
 * Teams' limits and injects 429s, and the Graph side the delivery probe reads. The test saves the
 * recipients' personal conversation references (serviceUrl = the fake) and enqueues a round's
 * reminder jobs in the shared runtime; both servers' dispatchers compete for them. One server is
 * killed with SIGKILL mid-fan-out, restarted, and every job ends up sent exactly once.
 *
 * The in-flight window (decisions 0009 and 0015): the kill can hit a POST the fake has accepted
 * but the killed server had not yet booked as sent. The Bot Connector takes no idempotency key,
 * so when that job's claim expires the next dispatcher asks the delivery probe (Graph: the
 * user's chat with the app, messages since the cut-short send, the card's delivery mark) and
 * books it as sent instead of sending it again. The test records, at the kill, which jobs were
 * in flight, and asserts that none of them, nor any other, reached a recipient twice.
 * The servers are preloaded with fast-dispatcher.ts (shorter claim/lease times) to stay short;
 * their Graph token comes from the fake's App Service managed-identity endpoint.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { AzureTablesRuntimeState } from '../../bot/src/runtime/azure-tables/azure-tables-runtime-state';
import { startFakeBotConnector, type FakeBotConnector } from '../fakes/bot-connector';
import { MSI_HEADER, MSI_PATH } from '../fakes/teams-graph-fake';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { recipientId, seedRound } from '../helpers/delivery-rig';

const RECIPIENTS = 60;
const KILL_AFTER_POSTS = 15;
const GROUP = 'meeting-9';
const BOT_ID = '00000000-0000-0000-0000-0000000000b0';
const TEAMS_APP_ID = '00000000-0000-0000-0000-0000000000a0';
const ROOT = join(__dirname, '../..');

interface Server {
  readonly process: ChildProcessWithoutNullStreams;
  readonly listening: Promise<void>;
}

function startServer(azurite: Azurite, connector: FakeBotConnector, dataDir: string): Server {
  const fakeTeams = connector.serviceUrl.replace(/\/$/, '');
  // node itself with tsx as a loader (not the tsx CLI, which would leave its node child running
  // when SIGKILLed), so kill -9 reaches the server process.
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      join(__dirname, 'fast-dispatcher.ts'),
      join(ROOT, 'bot/src/main.ts'),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        SAMORDNA_MODE: 'local',
        PORT: '0',
        SAMORDNA_DATA_DIR: dataDir,
        SAMORDNA_DEMO_DATA: 'false',
        SAMORDNA_RUNTIME_STORE: 'azure-tables',
        SECRET_AZURE_TABLES_CONNECTION_STRING: azurite.connectionString,
        SAMORDNA_DELIVERY_PROBE: 'graph',
        TEAMS_APP_ID,
        BOT_ID,
        GRAPH_AUTH: 'managed-identity',
        GRAPH_BASE_URL: fakeTeams,
        // App Service's managed-identity endpoint, served by the fake (read by @azure/identity).
        IDENTITY_ENDPOINT: `${fakeTeams}${MSI_PATH}`,
        IDENTITY_HEADER: MSI_HEADER,
        LOG_LEVEL: 'info',
      },
    },
  );
  child.stderr.resume();
  const listening = new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited (${String(code)})`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.includes('"event":"listening"')) resolve();
    });
  });
  listening.catch(() => undefined);
  return { process: child, listening };
}

const exited = (server: Server): Promise<number | null> =>
  server.process.exitCode !== null || server.process.signalCode !== null
    ? Promise.resolve(server.process.exitCode)
    : new Promise((resolve) => server.process.once('exit', (code) => resolve(code)));

async function until(condition: () => boolean | Promise<boolean>, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('exactly once with two full servers, a kill -9 and a restart', () => {
  let azurite: Azurite;
  let connector: FakeBotConnector;
  let onPost: (accepted: number) => void = () => undefined;
  const servers: Server[] = [];
  const dirs: string[] = [];
  const dataDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'samordna-two-servers-'));
    dirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    [azurite, connector] = await Promise.all([
      startAzurite(),
      startFakeBotConnector({
        teamsLimits: true,
        faultRate: 0.1,
        faultStatuses: [429],
        faultRetryAfterSeconds: 0,
        // Answers come late, so the kill finds sends in flight.
        latencyMs: 40,
        onPost: (_post, accepted) => onPost(accepted),
        graph: {
          botAppId: BOT_ID,
          teamsAppId: TEAMS_APP_ID,
          installations: Object.fromEntries(
            Array.from({ length: RECIPIENTS }, (_, i) => [
              recipientId(i),
              `a:personal-${recipientId(i)}`,
            ]),
          ),
        },
      }),
    ]);
  }, 30_000);

  afterAll(async () => {
    for (const server of servers) server.process.kill('SIGKILL');
    await Promise.all([azurite.stop(), connector.close(), ...servers.map(exited)]);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('sends every reminder of a round exactly once, loses none', async () => {
    const runtime = await AzureTablesRuntimeState.open({
      kind: 'connection-string',
      connectionString: azurite.connectionString,
    });
    // A starts first and takes the dispatcher lease; B runs beside it as standby.
    const a = startServer(azurite, connector, dataDir());
    servers.push(a);
    await a.listening;
    const b = startServer(azurite, connector, dataDir());
    servers.push(b);
    await b.listening;

    // kill -9 mid-fan-out: synchronously when the fake accepts post number KILL_AFTER_POSTS
    // (the dispatchers pick jobs up while they are still being enqueued).
    onPost = (accepted) => {
      if (accepted === KILL_AFTER_POSTS) a.process.kill('SIGKILL');
    };
    const keys = await seedRound(
      runtime,
      connector.serviceUrl,
      RECIPIENTS,
      new Date().toISOString(),
      GROUP,
    );

    await exited(a);
    const acceptedAtKill = new Set(connector.deliveries().keys());
    const bookedAtKill = new Set(
      (await runtime.outbox.list({ groupKey: GROUP, statuses: ['sent'] })).map((j) => j.key),
    );
    const unbooked = [...acceptedAtKill].filter((key) => !bookedAtKill.has(key));
    expect(acceptedAtKill.size).toBeLessThan(RECIPIENTS);

    const restarted = startServer(azurite, connector, dataDir());
    servers.push(restarted);
    await restarted.listening;

    await until(async () => {
      const jobs = await runtime.outbox.list({ groupKey: GROUP });
      return jobs.every((j) => j.status === 'sent');
    }, 40_000);

    const deliveries = connector.deliveries();
    expect([...deliveries.keys()].sort()).toEqual([...keys].sort());
    const twice = [...deliveries].filter(([, n]) => n > 1).map(([key]) => key);
    // Exactly once: the sends the kill cut short were found by the probe, not sent again.
    expect(twice).toEqual([]);
    if (unbooked.length > 0) expect(connector.graph?.requests).toBeGreaterThan(0);
    expect(connector.injectedFaults).toBeGreaterThan(0);
    expect(connector.violations).toBeLessThan(RECIPIENTS / 10);
    process.stdout.write(
      `two servers: ${String(acceptedAtKill.size)} accepted at kill, ` +
        `${String(unbooked.length)} in flight, ${String(twice.length)} sent twice, ` +
        `${String(connector.graph?.requests ?? 0)} Graph requests\n`,
    );

    // Graceful shutdown of the survivors: both exit cleanly and give the lease back.
    b.process.kill('SIGTERM');
    restarted.process.kill('SIGTERM');
    expect(await Promise.all([exited(b), exited(restarted)])).toEqual([0, 0]);
    expect(
      await runtime.leases.acquire('outbox-dispatcher', 'checker', new Date().toISOString(), 1_000),
    ).toBe(true);
  }, 90_000);
});
