import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import type { RawEnv } from '../../bot/src/config';
import type { Clock } from '../../bot/src/domain/ports/clock.port';
import { launchChromium } from './browser';
import type { TestWiring } from './compose';
import { startTestServer, type TestServer } from './server';

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

/** The time one browser test may take (Jest's default for the other suites is 20 s). */
export const BROWSER_TEST_TIMEOUT_MS = 60_000;

/** A real server and a headless Chromium, started before and stopped after one describe block. */
export interface TabBrowser {
  readonly server: TestServer;
  readonly browser: Browser;
  /** A new page at `path` on the server, once `ready` (on that page) is there. */
  open(path: string, ready: (page: Page) => Locator, viewport: Viewport): Promise<Page>;
}

export interface Viewport {
  width: number;
  height: number;
}

/**
 * Starts the server (with `env`, on `clock` when given) and Chromium in `beforeAll` and stops
 * both in `afterAll`; call it inside a `describeBrowser` block.
 */
export function useTabBrowser(
  env: RawEnv = {},
  {
    clock,
    ...options
  }: Pick<TestWiring, 'groupCalendar' | 'refusedEdits'> & { clock?: Clock } = {},
): TabBrowser {
  let server: TestServer | undefined;
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined;
  // A browser test drives a real page over the DevTools protocol: on a shared two-core machine a
  // keyboard walk of twenty presses outran Jest's 20 s unit-test budget (seen as a flaky tab
  // test). The whole file gets the Playground suites' kind of budget; each wait is still for a
  // state, and tests that set their own timeout keep it.
  jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

  beforeAll(async () => {
    server = await startTestServer(env, clock, options);
    chromium = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
  });

  const started = () => {
    if (server === undefined || chromium === undefined) throw new Error('not started yet');
    return { server, browser: chromium.browser };
  };
  return {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
    async open(path, ready, viewport) {
      const page = await started().browser.newPage({ viewport });
      await page.goto(`${started().server.url}${path}`);
      await ready(page).waitFor();
      return page;
    },
  };
}

/** The part of the page's global scope `focusedElement` touches. */
interface FocusWindow {
  document: {
    activeElement: {
      tagName: string;
      textContent: string | null;
      getAttribute(name: string): string | null;
      checked?: boolean;
    } | null;
  };
}

/** What has the keyboard focus on the page, or null. */
export async function focusedElement(page: Page) {
  return page.evaluate(() => {
    const active = (globalThis as unknown as FocusWindow).document.activeElement;
    if (active === null) return null;
    return {
      tag: active.tagName.toLowerCase(),
      type: active.getAttribute('type'),
      text: active.textContent,
      checked: active.checked ?? null,
      view: active.getAttribute('data-view'),
      role: active.getAttribute('role'),
    };
  });
}

/** No WCAG 2.1 A/AA violations on the page; then a full-page screenshot `name`.png if named. */
export async function expectAccessible(page: Page, screenshot?: string): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  if (screenshot !== undefined) {
    await page.screenshot({ path: join(ARTIFACTS, `${screenshot}.png`), fullPage: true });
  }
}

/**
 * Runs `check` on a fresh page (from `open`, given the layout and theme query and the viewport)
 * in the side panel (320 px) and on the stage, in the three themes; each page is closed after.
 */
export async function inEveryLook(
  open: (query: string, width: number, height: number) => Promise<Page>,
  check: (page: Page, look: string, width: number) => Promise<void>,
): Promise<void> {
  for (const [layout, width, height] of [
    ['side-panel', 320, 800],
    ['stage', 1280, 720],
  ] as const) {
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      const query = `&layout=${layout}${theme === 'default' ? '' : `&theme=${theme}`}`;
      const page = await open(query, width, height);
      try {
        await check(page, `${layout}-${theme}`, width);
      } finally {
        await page.close();
      }
    }
  }
}
