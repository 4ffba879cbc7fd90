/**
 * The real server (`bot/src/main.ts`) in a process of its own, for tests that must watch it
 * from outside: its memory (VmRSS in /proc), its temp folder (TMPDIR), a kill -9 and a restart
 * on the same data folder. Node runs with tsx as a loader (not the tsx CLI, which would leave a
 * node child alive after a SIGKILL).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(__dirname, '..', '..');

export interface SpawnedServer {
  readonly url: string;
  readonly pid: number;
  /** Every JSON log line so far. */
  readonly logs: Record<string, unknown>[];
  /** Lines logged at error level or above, anything on stderr, and stdout that is not JSON. */
  readonly problems: string[];
  /** Resident memory now, in bytes (Linux /proc). */
  rss(): number;
  /** SIGKILL; resolves when the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM (graceful drain); resolves when the process is gone. */
  stop(): Promise<void>;
}

export async function spawnServer(
  env: Record<string, string>,
  dataDir: string,
): Promise<SpawnedServer> {
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
        SAMORDNA_TAB_API_RATE_LIMIT: '1000000',
        SAMORDNA_PUBLIC_RATE_LIMIT: '1000000',
        LOG_LEVEL: 'info',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const logs: Record<string, unknown>[] = [];
  const problems: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stderr?.on('data', (chunk: Buffer) => problems.push(chunk.toString('utf8').slice(0, 300)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start in 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`server exited with ${String(code)}`)));
    if (child.stdout === null) return reject(new Error('no stdout'));
    createInterface({ input: child.stdout }).on('line', (line) => {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        problems.push(line.slice(0, 300));
        return;
      }
      logs.push(entry);
      if (Number(entry['level'] ?? 0) >= 50) problems.push(line.slice(0, 300));
      if (entry['event'] === 'listening' && typeof entry['port'] === 'number') {
        clearTimeout(timer);
        resolve(entry['port']);
      }
    });
  });
  const pid = child.pid ?? 0;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    pid,
    logs,
    problems,
    rss: () => {
      const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? '0') * 1024;
    },
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
