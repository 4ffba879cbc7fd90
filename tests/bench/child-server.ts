import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(__dirname, '..', '..');

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
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'bot', 'src', 'main.ts')],
    {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        PORT: '0',
        SAMORDNA_DATA_DIR: dataDir,
        SAMORDNA_TAB_DIR: join(ROOT, 'tab', 'dist'),
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const problems: string[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start in 30 s')), 30_000);
    child.once('exit', (code) => reject(new Error(`server exited with ${String(code)}`)));
    child.stderr?.on('data', (chunk: Buffer) =>
      problems.push(chunk.toString('utf8').slice(0, 300)),
    );
    if (child.stdout === null) return reject(new Error('no stdout'));
    createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { event?: string; port?: number; level?: number };
        if (entry.event === 'listening' && typeof entry.port === 'number') {
          clearTimeout(timer);
          resolve(entry.port);
        } else if ((entry.level ?? 0) >= 50) problems.push(line.slice(0, 300));
      } catch {
        problems.push(line.slice(0, 300));
      }
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    problems,
    stop: async () => {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
