import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { STATS_PATH, type FakeConnectorOptions } from './bot-connector';

export interface ConnectorStats {
  readonly requests: number;
  readonly violations: number;
  readonly injectedFaults: number;
  /** Accepted posts per job key. */
  readonly deliveries: Readonly<Record<string, number>>;
}

export interface RemoteBotConnector {
  readonly serviceUrl: string;
  stats(): Promise<ConnectorStats>;
  close(): Promise<void>;
}

/** Starts the fake Bot Connector in a child process (its clock is not delayed by ours). */
export async function startRemoteBotConnector(
  options: FakeConnectorOptions = {},
): Promise<RemoteBotConnector> {
  const child = spawn(join(__dirname, '../../node_modules/.bin/tsx'), [
    join(__dirname, 'bot-connector-process.ts'),
    JSON.stringify(options),
  ]);
  child.stderr.resume();
  const serviceUrl = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`fake connector exited (${String(code)})`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('listening ')) resolve(line.slice('listening '.length));
    });
  });
  return {
    serviceUrl,
    stats: async () => {
      const response = await fetch(new URL(STATS_PATH, serviceUrl));
      return (await response.json()) as ConnectorStats;
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
