/**
 * `npm start`: the server on the embedded store plus two M365 Agents Playgrounds (local Teams
 * clients: Sara, samordnare, and Omar, Samordning), no tenant and no secrets. Ctrl-C stops all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const port = Number(process.env['PORT'] ?? 3978);
const playgroundPort = Number(process.env['PLAYGROUND_PORT'] ?? 56150);
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

const children: ChildProcess[] = [];
let stopping = false;

function stopAll(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  const force = setTimeout(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    process.exit(code);
  }, 8000);
  force.unref();
  void Promise.all(
    children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
  ).then(() => process.exit(code));
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Servern svarade inte på ${url} inom ${timeoutMs / 1000} s.`);
}

/** One M365 Agents Playground in `cwd` (it reads `.m365agentsplayground.yml` there). */
function startPlayground(cwd: string, listenPort: number, log: string): void {
  mkdirSync(join(cwd, 'devTools'), { recursive: true });
  const playground = spawn(
    bin('agentsplayground'),
    [
      '-e',
      `http://localhost:${port}/api/messages`,
      '-c',
      'msteams',
      '-p',
      String(listenPort),
      '--disable-telemetry',
    ],
    {
      cwd,
      stdio: ['ignore', 'ignore', 'inherit'],
      // Without this the Playground tries to open a browser and exits silently.
      // The mocked user is a Swedish employee: the Playground takes its locale from LANG.
      env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', LANG: 'sv_SE.UTF-8' },
    },
  );
  children.push(playground);
  playground.on('exit', (code) => {
    if (!stopping) {
      process.stderr.write(`Playground avslutades (kod ${code ?? 'okänd'}). Se ${log}.\n`);
      stopAll(code ?? 1);
    }
  });
}

async function main(): Promise<void> {
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));

  const server = spawn(bin('tsx'), [join(root, 'bot', 'src', 'main.ts')], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PORT: String(port) },
  });
  children.push(server);
  server.on('exit', (code) => {
    if (!stopping) {
      process.stderr.write(`Samordna-servern avslutades (kod ${code ?? 'okänd'}).\n`);
      stopAll(code ?? 1);
    }
  });
  await waitForHealth(`http://localhost:${port}/healthz`, 60_000);

  // Two mocked Teams clients against the same bot: Sara (samordnare) and Omar (Samordning),
  // so the meeting rhythm can be followed without editing the yml and restarting.
  const samordningDir = join(root, 'devTools', 'samordning');
  mkdirSync(samordningDir, { recursive: true });
  copyFileSync(
    join(root, '.m365agentsplayground.samordning.yml'),
    join(samordningDir, '.m365agentsplayground.yml'),
  );
  startPlayground(root, playgroundPort, 'devTools/m365agentsplayground.log');
  startPlayground(
    samordningDir,
    playgroundPort + 1,
    'devTools/samordning/devTools/m365agentsplayground.log',
  );
  await waitForHealth(`http://localhost:${playgroundPort}/`, 60_000);
  await waitForHealth(`http://localhost:${playgroundPort + 1}/`, 60_000);

  process.stdout.write(
    [
      '',
      '  Samordna körs lokalt (inbäddad SQLite-databas i ./data, demodata).',
      `  ▶ Chatta med boten i Teams-läge:  http://localhost:${playgroundPort}   (Sara, samordnare: skriv "hjälp" eller "mina aktiviteter")`,
      `  ▶ Samma bot som Samordning:       http://localhost:${playgroundPort + 1}   (Omar: skriv "möten" eller "påminn nu")`,
      `  ▶ Fliken Översikt:                http://localhost:${port}/tab/`,
      '  Stoppa med Ctrl-C.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  stopAll(1);
});
