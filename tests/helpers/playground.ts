import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { freePort } from './free-port';
import { startTestServer, type TestServer } from './server';

const root = join(__dirname, '..', '..');

export interface RunningPlayground {
  readonly url: string;
  readonly logPath: string;
  stop(): Promise<void>;
}

/**
 * Starts the real M365 Agents Playground (Teams mode) against a bot endpoint, in a
 * temporary folder holding a copy of the project's `.m365agentsplayground.yml` (or of
 * `configFile`, e.g. `.m365agentsplayground.samordning.yml` for Omar of Samordning).
 */
export async function startPlayground(
  botEndpoint: string,
  configFile = '.m365agentsplayground.yml',
): Promise<RunningPlayground> {
  const cwd = mkdtempSync(join(tmpdir(), 'samordna-playground-'));
  copyFileSync(join(root, configFile), join(cwd, '.m365agentsplayground.yml'));
  const port = await freePort();
  const child = spawn(
    join(root, 'node_modules', '.bin', 'agentsplayground'),
    ['-e', botEndpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry'],
    {
      cwd,
      stdio: 'ignore',
      // Its own process group, so stop() ends the Playground and anything it started.
      detached: true,
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
      const answer = await fetch(url);
      // Read to the end: an unread body keeps its socket (a handle) open in the test worker.
      await answer.arrayBuffer();
      if (answer.ok) break;
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
      // The Playground's CLI starts a server of its own: signal the whole group, wait for the
      // exit (SIGKILL after 5 s), and leave no timer behind (a pending one kept the Jest worker
      // alive: "a worker process has failed to exit gracefully").
      const signal = (name: NodeJS.Signals): void => {
        try {
          if (child.pid !== undefined) process.kill(-child.pid, name);
        } catch {
          // the group is gone already
        }
      };
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        signal('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((r) => {
          timer = setTimeout(() => r('late'), 5000);
        });
        if ((await Promise.race([exited, late])) === 'late') {
          signal('SIGKILL');
          await exited;
        }
        clearTimeout(timer);
      } else {
        signal('SIGKILL');
      }
    },
  };
}

/** A real server, the Playground against it and a Chromium page showing the Playground. */
export interface PlaygroundSession {
  readonly server: TestServer;
  readonly browser: Browser;
  /** At the Playground, with the bot's Swedish greeting shown. */
  readonly page: Page;
}

/**
 * Starts the server, the Playground and Chromium in `beforeAll` (opening the Playground in a
 * Swedish page and waiting for the greeting) and stops them in `afterAll`; call it inside a
 * `describeBrowser` block.
 */
export function usePlaygroundSession(): PlaygroundSession {
  let server: TestServer | undefined;
  let playground: RunningPlayground | undefined;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    server = await startTestServer();
    playground = await startPlayground(`${server.url}/api/messages`);
    chromium = await launchChromium();
    // A Swedish employee's Teams client: the Playground takes the message locale from the browser.
    page = await chromium.browser.newPage({ locale: 'sv-SE' });
    await page.goto(playground.url);
    await page.getByText('Hej! Jag är Samordna').first().waitFor({ timeout: 30_000 });
  });

  afterAll(async () => {
    await chromium?.close();
    await playground?.stop();
    await server?.stop();
  });

  const started = () => {
    if (server === undefined || chromium === undefined || page === undefined) {
      throw new Error('not started yet');
    }
    return { server, browser: chromium.browser, page };
  };
  return {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
    get page() {
      return started().page;
    },
  };
}
