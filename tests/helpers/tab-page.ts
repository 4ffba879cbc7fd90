import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const REPO_ROOT = join(__dirname, '..', '..');

/** Screenshots of every view (git-ignored), for people to look at. */
export const ARTIFACTS = join(REPO_ROOT, 'tests', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** The part of the page's global scope these tests touch (the root tsconfig has no DOM lib). */
interface AxeWindow {
  document: unknown;
  axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> };
}

/**
 * Builds the tab for production into tab/dist. Run once per test run (jest globalSetup),
 * never from two workers at once.
 */
export function buildTab(): void {
  execFileSync(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'tab/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    {
      cwd: REPO_ROOT,
      // Jest sets NODE_ENV=test, which would make Vite bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/** WCAG 2.1 A/AA violations axe-core finds on the page, one readable line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, so the server's CSP (no inline scripts) stays on.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const scope = globalThis as unknown as AxeWindow;
    const result = await scope.axe.run(scope.document, { runOnly: { type: 'tag', values: tags } });
    return result.violations;
  }, WCAG_TAGS);
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** How many CSS pixels the page is wider than its viewport (0 or less: no horizontal scrolling). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = (
      globalThis as unknown as {
        document: { documentElement: { scrollWidth: number; clientWidth: number } };
      }
    ).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}
