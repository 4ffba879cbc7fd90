/**
 * One Samordna dispatcher instance as its own process, for the exactly-once test: Azure Tables
 * runtime state on the shared Azurite, the real Teams proactive sender (conversation
 * references point at the fake Bot Connector). Reports progress on stdout, one line each:
 * `ready`, `sent <key>`, and `held` once HOLD_AFTER sends have completed and been booked
 * (markSent/markRetry) and every further send is held back before it reaches the network, so a
 * kill -9 then falls between sends. (Held jobs are already marked sending: recovery resends
 * them, correctly, since they never left.)
 * SIGTERM stops it gracefully (in-flight sends finish, claims and the lease are released).
 */
import type { OutboxMessage } from '../../bot/src/domain/ports/outbox.port';
import type {
  ProactiveSender,
  SendOptions,
  SendOutcome,
} from '../../bot/src/domain/ports/proactive-sender.port';
import type { StoredConversation } from '../../bot/src/domain/ports/runtime-state.port';
import { systemClock } from '../../bot/src/domain/ports/clock.port';
import { createLogger } from '../../bot/src/logging';
import { Dispatcher } from '../../bot/src/rhythm/dispatcher';
import { AzureTablesRuntimeState } from '../../bot/src/runtime/azure-tables/azure-tables-runtime-state';
import { createAdapter } from '../../bot/src/teams/adapter';
import { TeamsProactiveSender } from '../../bot/src/teams/proactive-sender';

const env = (name: string): string => {
  const value = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  if (value === undefined) throw new Error(`--${name}= is required`);
  return value.slice(name.length + 3);
};

async function main(): Promise<void> {
  const holdAfter = Number(env('hold-after'));
  const runtime = await AzureTablesRuntimeState.open(
    { kind: 'connection-string', connectionString: env('connection-string') },
    env('prefix'),
  );
  const teams = new TeamsProactiveSender(createAdapter({ kind: 'none' }), '');
  let started = 0;
  let completed = 0;
  let settled = 0;
  const sender: ProactiveSender = {
    async send(
      c: StoredConversation,
      m: OutboxMessage,
      key: string,
      options?: SendOptions,
    ): Promise<SendOutcome> {
      if (holdAfter > 0 && started >= holdAfter) return new Promise<SendOutcome>(() => undefined);
      started += 1;
      const outcome = await teams.send(c, m, key, options);
      completed += 1;
      return outcome;
    },
  };
  const dispatcher = new Dispatcher({
    runtime,
    sender,
    clock: systemClock,
    logger: createLogger('warn'),
    // Unique per process start, as in production (a restarted instance is a new owner).
    owner: `${env('owner')}-${process.pid}`,
    claimMs: 8_000,
    leadershipMs: 2_000,
    pollMs: 100,
    backoff: { baseMs: 200, capMs: 2_000, maxAttempts: 8 },
    onDelivery: (key, delivery) => {
      if (delivery === 'sent') process.stdout.write(`sent ${key}\n`);
      // Every job is delivered through the sender here, so once as many jobs are booked as
      // sends completed, nothing is between POST and markSent: a kill now is between sends.
      settled += 1;
      if (holdAfter > 0 && settled === holdAfter && completed === holdAfter)
        process.stdout.write('held\n');
    },
  });
  dispatcher.start();
  process.stdout.write('ready\n');
  process.on('SIGTERM', () => {
    setTimeout(() => process.exit(3), 10_000).unref();
    void dispatcher.stop().then(() => process.exit(0));
  });
  // Never outlive the test that started it.
  process.on('disconnect', () => process.exit(4));
  process.stdin.on('end', () => process.exit(4));
  process.stdin.resume();
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
