/**
 * A TypeScript child process for crash tests: Node with tsx as a loader (not the tsx CLI, which
 * would leave its node child alive after a SIGKILL), started with `args`, resolved once it has
 * printed the line `ready`; `kill9` ends it with SIGKILL.
 */
import { spawn } from 'node:child_process';

export interface CrashChild {
  /** Every line the child printed so far. */
  readonly lines: string[];
  kill9(): Promise<void>;
}

export async function startCrashChild(
  script: string,
  args: readonly string[],
  ready: string,
): Promise<CrashChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      if (lines.includes(ready)) resolve();
    });
    child.on('exit', (code) => reject(new Error(`child exited early (${String(code)})`)));
  });
  return {
    lines,
    kill9: async () => {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('close', resolve));
    },
  };
}
