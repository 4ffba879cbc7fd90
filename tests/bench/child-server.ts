import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer } from '../helpers/spawned-server';

export interface ChildServer {
  readonly url: string;
  readonly dataDir: string;
  /** Lines the server logged at error level or above, and anything on stderr. */
  readonly problems: string[];
  stop(): Promise<void>;
}

/** A fresh data folder for a child server (seed it before starting the server, if needed). */
export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'samordna-load-'));
}

/**
 * Starts `bot/src/main.ts` in its own Node process (as in production, where the load comes
 * from the network, not from the same event loop) on a free port and resolves once it listens.
 */
export async function startChildServer(
  env: Record<string, string>,
  dataDir: string,
): Promise<ChildServer> {
  const server = await spawnServer(env, dataDir);
  return {
    url: server.url,
    dataDir,
    problems: server.problems,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
