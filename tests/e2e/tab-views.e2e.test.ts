import type { Locator, Page } from 'playwright-core';
import type { Dashboard } from '../../bot/src/domain/dashboard/types';
import { systemClock } from '../../bot/src/domain/ports/clock.port';
import { loadDashboard } from '../../bot/src/domain/services/dashboard-service';
import { describeBrowser } from '../helpers/browser';
import { keyboardWalk } from '../helpers/keyboard-walk';
import {
  expectAccessible,
  focusedElement,
  horizontalOverflow,
  useTabBrowser,
} from '../helpers/tab-page';

/*
 * Every view of the tab (Översikt, Aktiviteter with a detail, Möten, Stöd, Import och export) in the three Teams themes
 * and the meeting side-panel and stage layouts: content, a screenshot (tests/artifacts) and
 * axe-core's WCAG 2.1 A/AA rules on each; then a keyboard-only walk of each view. One server,
 * one browser, one page.
 */

const DEV_ORG_ACTIVITY = 'demo-grundskola-1';
const OTHER_ORG_ACTIVITY = 'demo-stk-1';

interface ViewCase {
  readonly name: string;
  readonly query: string;
  readonly ready: (page: Page) => Locator;
  readonly check: (page: Page, variant: string) => Promise<void>;
}

const VARIANTS: ReadonlyArray<[string, string, { width: number; height: number }]> = [
  ['light', '', { width: 1280, height: 900 }],
  ['dark', '&theme=dark', { width: 1280, height: 900 }],
  ['contrast', '&theme=contrast', { width: 1280, height: 900 }],
  ['side-panel', '&layout=side-panel', { width: 320, height: 800 }],
  ['stage', '&layout=stage', { width: 1600, height: 900 }],
];

/** Waits until an h1 has the focus (a view's heading, after in-app navigation); its text. */
async function focusedHeading(page: Page): Promise<string | null | undefined> {
  await page.waitForFunction(
    () =>
      (globalThis as unknown as { document: { activeElement: { tagName: string } | null } })
        .document.activeElement?.tagName === 'H1',
  );
  return (await focusedElement(page))?.text;
}

describeBrowser('tab views × themes × meeting layouts in Chromium', () => {
  const tab = useTabBrowser();
  let page: Page;
  let expected: Dashboard;

  beforeAll(async () => {
    const dashboard = await loadDashboard(tab.server.store, systemClock, undefined, {});
    if (dashboard === undefined) throw new Error('the demo store has no plan');
    expected = dashboard;
    page = await tab.browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => page?.close());

  const views: ViewCase[] = [
    {
      name: 'oversikt',
      query: '?view=oversikt',
      ready: (p) => p.getByTestId('overview'),
      check: async (p, variant) => {
        expect(await p.locator('h1').textContent()).toContain('Översikt – ');
        expect(await p.getByTestId('figure-activities').locator('dd').first().textContent()).toBe(
          String(expected.keyFigures.activities),
        );
        const gaps = await p.getByTestId('coverage-gaps').textContent();
        for (const gap of expected.coverage.gaps) expect(gaps).toContain(gap.text);
        const notReported = await p.getByTestId('not-reported').locator('li').count();
        expect(notReported).toBe(expected.notReported.length);
        expect(await p.getByTestId('status-by-goal').locator('li').count()).toBe(
          expected.goals.length,
        );
        // The side panel leaves out the wide tables and says where they are.
        expect(await p.getByTestId('heatmap').count()).toBe(variant === 'side-panel' ? 0 : 1);
        if (variant !== 'side-panel') {
          expect(await p.getByTestId('heatmap').locator('tbody tr').count()).toBe(
            expected.heatmap.length,
          );
        }
      },
    },
    {
      name: 'aktiviteter',
      query: '?view=aktiviteter',
      ready: (p) => p.getByTestId('activity-table'),
      check: async (p, variant) => {
        expect(await p.locator('h1').textContent()).toBe('Aktiviteter');
        const row = variant === 'side-panel' ? 'li' : 'tbody tr';
        expect(await p.getByTestId('activity-table').locator(row).count()).toBe(
          expected.keyFigures.activities,
        );
        expect(await p.getByTestId('activity-table').locator('[data-status]').count()).toBe(
          expected.keyFigures.activities,
        );
      },
    },
    {
      name: 'aktivitet',
      query: `?view=aktiviteter&activity=${DEV_ORG_ACTIVITY}`,
      ready: (p) => p.getByTestId('activity-detail'),
      check: async (p) => {
        const activity = await tab.server.store.activities.get(DEV_ORG_ACTIVITY);
        expect(await p.locator('h1').textContent()).toBe(activity?.title);
        const history = await tab.server.store.reports.history(DEV_ORG_ACTIVITY);
        // One entry per round: an edited report replaces the earlier one in the visible history.
        expect(await p.getByTestId('activity-history').locator(':scope > li').count()).toBe(
          new Set(history.map((r) => r.roundId)).size,
        );
        // The dev user is a samordnare of the activity's own organisation: names are shown,
        // newest first (the demo history has several reports per activity).
        expect(await p.getByTestId('reported-by').first().textContent()).toContain(
          history.at(-1)?.reportedByName ?? 'missing',
        );
      },
    },
    {
      name: 'moten',
      query: '?view=moten',
      ready: (p) => p.getByTestId('nudge-list'),
      check: async (p) => {
        expect(await p.locator('h1').textContent()).toMatch(/^Möten \d{4}$/);
        expect(await p.getByTestId('nudge-list').textContent()).toContain('Inte rapporterat än');
        expect(await p.getByTestId('meeting').count()).toBeGreaterThan(0);
      },
    },
    {
      name: 'data',
      query: '?view=data',
      ready: (p) => p.getByTestId('data-round'),
      check: async (p) => {
        expect(await p.locator('h1').textContent()).toBe('Import och export');
        // The dev user is a samordnare: exports and the report draft, no import.
        expect(await p.getByTestId('import-file').count()).toBe(0);
      },
    },
    {
      name: 'stod',
      query: '?view=stod',
      ready: (p) => p.getByTestId('support-list'),
      check: async (p) => {
        expect(await p.locator('h1').textContent()).toBe('Stöd vid våld i nära relation');
        expect(await p.getByTestId('support-entry').count()).toBeGreaterThan(3);
      },
    },
  ];

  describe.each(views.map((view) => [view.name, view] as const))('%s', (name, view) => {
    it.each(VARIANTS.map((v) => [...v]))(
      'in %s: content, screenshot, 0 WCAG 2.1 A/AA violations',
      async (variant, extra, viewport) => {
        await page.setViewportSize(viewport);
        await page.goto(`${tab.server.url}/tab/${view.query}${extra}`);
        await view.ready(page).waitFor();
        if (variant === 'dark' || variant === 'contrast') {
          expect(await page.getAttribute('html', 'data-theme')).toBe(variant);
        }
        expect(await page.getAttribute('html', 'data-layout')).toBe(
          variant === 'side-panel' ? 'sidePanel' : variant === 'stage' ? 'stage' : 'page',
        );
        // The side panel never scrolls sideways; nor does Översikt in the page and stage layouts
        // (its wide tables scroll inside their own regions). Only Översikt is checked wide.
        if (variant === 'side-panel' || name === 'oversikt')
          expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await view.check(page, variant);
        await expectAccessible(page, `tab-${name}-${variant}`);
      },
    );

    it('works by keyboard alone: Tab reaches every control, each with a visible focus', async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${tab.server.url}/tab/${view.query}`);
      await view.ready(page).waitFor();
      const walk = await keyboardWalk(page);
      expect(walk.stops.length).toBeGreaterThan(2);
      expect(walk.unreached).toEqual([]);
      expect(walk.invisibleFocus).toEqual([]);
    }, 60_000);
  });

  it('the stage layout uses large type', async () => {
    const size = async (query: string) => {
      await page.goto(`${tab.server.url}/tab/?view=oversikt${query}`);
      await page.getByTestId('overview').waitFor();
      return page.locator('h1').evaluate((h) => {
        const scope = globalThis as unknown as {
          getComputedStyle(e: unknown): { fontSize: string };
        };
        return parseFloat(scope.getComputedStyle(h).fontSize);
      });
    };
    expect(await size('&layout=stage')).toBeGreaterThanOrEqual((await size('')) * 1.3);
  });

  it('hides who reported on another organisation’s activity', async () => {
    await page.goto(`${tab.server.url}/tab/?view=aktiviteter&activity=${OTHER_ORG_ACTIVITY}`);
    await page.getByTestId('activity-detail').waitFor();
    expect(await page.getByTestId('reported-by').count()).toBe(0);
    const text = (await page.getByTestId('activity-detail').textContent()) ?? '';
    expect(text).toContain('visas bara för samordningen');
    for (const report of await tab.server.store.reports.history(OTHER_ORG_ACTIVITY)) {
      expect(text).not.toContain(report.reportedByName);
    }
  });

  it('goes from a heatmap cell to its activities and on to a detail with Enter, focus on each view’s h1', async () => {
    await page.goto(`${tab.server.url}/tab/`);
    const heatmap = page.getByTestId('heatmap');
    await heatmap.waitFor();
    const row = expected.heatmap.find((r) => r.kind === 'organisation' && r.total > 0);
    const cell = row?.cells.find((c) => c.activities > 0);
    if (row === undefined || cell === undefined) throw new Error('no heatmap cell to follow');
    const link = heatmap.locator(`tr[data-row="${row.organisationId ?? ''}"] a`).first();
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('activity-table').waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('view')).toBe('aktiviteter');
    expect(url.searchParams.get('organisation')).toBe(row.organisationId);
    expect(url.searchParams.get('goal')).toBe(String(cell.goal));
    expect(await focusedHeading(page)).toBe('Aktiviteter');
    await page.waitForFunction(
      (n) =>
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
        ).document.querySelectorAll('[data-testid="activity-table"] tbody tr').length === n,
      cell.activities,
    );
    await page.getByTestId('activity-table').locator('tbody a').first().focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('activity-detail').waitFor();
    expect(await focusedHeading(page)).toBe(await page.locator('h1').textContent());
    await expectAccessible(page);
    await page.getByTestId('back-to-list').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('activity-table').waitFor();
    expect(await focusedHeading(page)).toBe('Aktiviteter');
    // Back in the browser's history also lands on the view's heading.
    await page.goBack();
    await page.getByTestId('activity-detail').waitFor();
    expect(await focusedHeading(page)).toBe(await page.locator('h1').textContent());
    expect(new URL(page.url()).searchParams.get('organisation')).toBe(row.organisationId);
  });

  it('filters the overview from the keyboard and keeps the filter in the address', async () => {
    await page.goto(`${tab.server.url}/tab/`);
    await page.getByTestId('overview').waitFor();
    const heading = page.getByRole('combobox', { name: 'Rubrik' });
    await heading.focus();
    await heading.selectOption('stadsovergripande');
    await page.waitForFunction(() =>
      (globalThis as unknown as { location: { search: string } }).location.search.includes(
        'heading=stadsovergripande',
      ),
    );
    await page.waitForFunction(
      () =>
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
        ).document.querySelectorAll('[data-testid="heatmap"] tbody tr').length === 1,
    );
    expect(await page.getByTestId('heatmap').locator('tbody th').textContent()).toBe(
      'Stadsövergripande',
    );
  });
});
