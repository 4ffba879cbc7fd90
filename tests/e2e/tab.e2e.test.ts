import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describeBrowser } from '../helpers/browser';
import { systemClock } from '../../bot/src/domain/ports/clock.port';
import type { Overview } from '../../bot/src/domain/overview';
import { loadOverview } from '../../bot/src/domain/services/overview-service';
import {
  ARTIFACTS,
  expectAccessible,
  horizontalOverflow,
  useTabBrowser,
} from '../helpers/tab-page';

/*
 * The tab end to end in headless Chromium: the production build served at /tab/ by the real
 * server (local mode, dev identity, SQLite with demo data), checked against the store's own
 * figures, for language, themes and WCAG 2.1 AA (axe).
 */

describeBrowser('tab (Översikt) in Chromium', () => {
  const tab = useTabBrowser();
  let expected: Overview;

  beforeAll(async () => {
    const overview = await loadOverview(tab.server.store, systemClock);
    if (overview === undefined) throw new Error('the demo store has no plan');
    expected = overview;
  });

  function openOverview(query = '', viewport = { width: 1280, height: 900 }): Promise<Page> {
    return tab.open(`/tab/${query}`, (page) => page.getByTestId('goals-table'), viewport);
  }

  it('shows the Swedish overview: heading, demo notice, key figures and one row per goal', async () => {
    const page = await openOverview();
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('sv');
      const { title, periodStart, periodEnd } = expected.plan;
      await expect(page.locator('h1').allTextContents()).resolves.toEqual([
        `Översikt – ${title} ${periodStart}–${periodEnd}`,
      ]);
      expect(await page.locator('header').count()).toBe(1);
      expect(await page.locator('main').count()).toBe(1);

      expect(await page.getByTestId('demo-notice').textContent()).toBe(
        'Demodata: uppgifterna är exempel från halvtidsuppföljningen, inte riktiga rapporter.',
      );
      const user = await page.getByTestId('current-user').textContent();
      expect(user).toContain('Sara Lind (demo)');
      expect(user).toContain('Grundskoleförvaltningen');
      expect(await page.getByTestId('figure-activities').locator('dd').textContent()).toBe(
        String(expected.totals.activities),
      );
      expect(await page.getByTestId('figure-organisations').locator('dd').textContent()).toBe(
        `${expected.totals.organisationsWithActivities} av ${expected.totals.organisations}`,
      );

      const table = page.getByTestId('goals-table');
      expect(await table.locator('caption').textContent()).toBeTruthy();
      expect(await table.locator('thead th').allTextContents()).toEqual([
        'Inriktningsmål',
        'Aktiviteter',
        'Förvaltningar/bolag med aktiviteter',
      ]);
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBe(6);
      for (const [index, goal] of expected.goals.entries()) {
        const row = rows.nth(index);
        const header = await row.locator('th[scope="row"]').textContent();
        expect(header).toContain(String(goal.number));
        expect(header).toContain(goal.title);
        expect((await row.locator('td').allTextContents()).map((text) => text.trim())).toEqual([
          String(goal.activities),
          String(goal.organisations),
        ]);
      }
      expect(await page.getByTestId('goals-region').getAttribute('tabindex')).toBeNull();
      // The bars are decoration: hidden from assistive technology, widest for the largest goal.
      expect(await table.locator('[aria-hidden="true"] > span').count()).toBe(6);

      await expectAccessible(page, 'tab-overview-light');
    } finally {
      await page.close();
    }
  });

  it.each([
    ['dark', '?theme=dark'],
    ['contrast', '?theme=contrast'],
  ])('has no WCAG 2.1 AA violations in the %s theme', async (name, query) => {
    const page = await openOverview(query);
    try {
      expect(await page.getAttribute('html', 'data-theme')).toBe(name);
      await expectAccessible(page, `tab-overview-${name}`);
    } finally {
      await page.close();
    }
  });

  it('speaks English with ?lang=en and keeps the Swedish data marked as Swedish', async () => {
    const page = await openOverview('?lang=en');
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      const { title, periodStart, periodEnd } = expected.plan;
      expect(await page.locator('h1').textContent()).toBe(
        `Overview – ${title} ${periodStart}–${periodEnd}`,
      );
      expect(await page.locator('h1 [lang="sv"]').textContent()).toBe(title);
      expect(await page.getByTestId('goals-table').locator('thead th').first().textContent()).toBe(
        'Goal',
      );
      await expectAccessible(page, 'tab-overview-en');
    } finally {
      await page.close();
    }
  });

  it('fits a meeting side panel (320 px) without WCAG violations', async () => {
    const page = await openOverview('', { width: 320, height: 800 });
    try {
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      // If the table is still wider than the panel, its region scrolls and takes keyboard focus.
      const region = page.getByTestId('goals-region');
      const scrolls = await region.evaluate((element) => {
        const box = element as unknown as { scrollWidth: number; clientWidth: number };
        return box.scrollWidth > box.clientWidth + 1;
      });
      expect(await region.getAttribute('tabindex')).toBe(scrolls ? '0' : null);
      await expectAccessible(page, 'tab-overview-side-panel');
    } finally {
      await page.close();
    }
  });

  it('shows a Swedish error, never the raw error, and retries from the keyboard', async () => {
    const page = await tab.browser.newPage({ viewport: { width: 1280, height: 600 } });
    try {
      let failNext = true;
      await page.route('**/api/v1/overview', async (route) => {
        if (failNext) {
          failNext = false;
          await route.fulfill({
            status: 500,
            contentType: 'text/plain',
            body: 'SQLITE_BUSY: database is locked',
          });
        } else {
          await route.continue();
        }
      });
      await page.goto(`${tab.server.url}/tab/`);
      const error = page.getByTestId('overview-error');
      await error.waitFor();
      const text = (await error.textContent()) ?? '';
      expect(text).toContain('Det gick inte att hämta översikten');
      expect(text).not.toContain('SQLITE');
      expect(text).not.toContain('500');
      expect(await page.locator('h1').allTextContents()).toEqual(['Översikt']);
      await expectAccessible(page);
      await page.screenshot({ path: join(ARTIFACTS, 'tab-overview-error.png') });

      const focusedText = () =>
        page.evaluate(() => {
          const active = (
            globalThis as unknown as {
              document: { activeElement: { textContent: string | null } | null };
            }
          ).document.activeElement;
          return active?.textContent ?? null;
        });
      // The view navigation (Översikt, Stöd, Möten, Import och export) comes first, then the retry button.
      const stops: Array<string | null> = [];
      for (let i = 0; i < 4; i += 1) {
        await page.keyboard.press('Tab');
        stops.push(await focusedText());
      }
      expect(stops).toEqual(['Översikt', 'Stöd', 'Möten', 'Import och export', 'Försök igen']);
      await page.keyboard.press('Enter');
      await page.getByTestId('goals-table').waitFor();
      expect(await page.getByTestId('overview-error').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
