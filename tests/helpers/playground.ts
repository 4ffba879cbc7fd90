import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

const root = join(__dirname, '..', '..');

export interface RunningPlayground {
  readonly url: string;
  readonly logPath: string;
  stop(): Promise<void>;
}

/**
 * Starts the real M365 Agents Playground (Teams mode) against a bot endpoint, in a
 * temporary folder holding a copy of the project's `.m365agentsplayground.yml`.
 */
export async function startPlayground(botEndpoint: string): Promise<RunningPlayground> {
  const cwd = mkdtempSync(join(tmpdir(), 'samordna-playground-'));
  copyFileSync(join(root, '.m365agentsplayground.yml'), join(cwd, '.m365agentsplayground.yml'));
  const port = await freePort();
  const child = spawn(
    join(root, 'node_modules', '.bin', 'agentsplayground'),
    ['-e', botEndpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry'],
    {
      cwd,
      stdio: 'ignore',
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', LANG: 'sv_SE.UTF-8' },
    },
  );
  const url = `http://localhost:${port}`;
  const logPath = join(cwd, 'devTools', 'm365agentsplayground.log');
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      const log = existsSync(logPath) ? readFileSync(logPath, 'utf8') : '(no log)';
      throw new Error(`The Playground exited with code ${child.exitCode}:\n${log.slice(-2000)}`);
    }
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`The Playground did not answer on ${url}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    logPath,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
