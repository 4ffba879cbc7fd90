/**
 * The source documents (`shared/seeds/`, beside the repository): found by walking up from the
 * repository, so tests in any worktree read the same files. A missing seed fails the test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const SEEDS = {
  /** The plan, Fri från våld – en gemensam angelägenhet 2022–2026. */
  plan: '001_cac9da2791105943.txt',
  /** The mid-term follow-up. */
  followUp: '000_36ef8c1420d28f25.txt',
} as const;

export function seedText(name: string): string {
  let dir = join(__dirname, '..', '..');
  for (;;) {
    const candidate = join(dir, 'shared', 'seeds', name);
    if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(`seed ${name} not found in shared/seeds above the repository`);
    dir = parent;
  }
}
