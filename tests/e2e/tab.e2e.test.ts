import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Dashboard } from '../../bot/src/domain/dashboard/types';
import { systemClock } from '../../bot/src/domain/ports/clock.port';
import { loadDashboard } from '../../bot/src/domain/services/dashboard-service';
import { describeBrowser } from '../helpers/browser';
import { ARTIFACTS, expectAccessible, useTabBrowser } from '../helpers/tab-page';

/*
 * Översikt end to end in headless Chromium: the production build served at /tab/ by the real
 * server (local mode, dev identity, SQLite with demo data), checked against the domain's own
 * figures, in Swedish and English, and its error state. Themes and meeting layouts of every
 * view are in tab-views.e2e.test.ts.
 */

describeBrowser('tab (Översikt) in Chromium', () => {
  const tab = useTabBrowser();
  let expected: Dashboard;

  beforeAll(async () => {
    const dashboard = await loadDashboard(tab.server.store, systemClock, undefined, {});
    if (dashboard === undefined) throw new Error('the demo store has no plan');
    expected = dashboard;
  });

  function openOverview(query = '', viewport = { width: 1280, height: 900 }): Promise<Page> {
    return tab.open(`/tab/${query}`, (page) => page.getByTestId('heatmap'), viewport);
  }

  it('shows the Swedish dashboard: heading, demo notice, key figures, heatmap, gaps in words', async () => {
    const page = await openOverview();
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('sv');
      const { title, periodStart, periodEnd } = expected.plan;
      expect(await page.locator('h1').allTextContents()).toEqual([
        `Översikt – ${title} ${periodStart}–${periodEnd}`,
      ]);
      expect(await page.getByTestId('demo-notice').textContent()).toBe(
        'Demodata: uppgifterna är exempel från halvtidsuppföljningen, inte riktiga rapporter.',
      );
      const user = await page.getByTestId('current-user').textContent();
      expect(user).toContain('Sara Lind (demo)');
      const k = expected.keyFigures;
      const figure = (id: string) => page.getByTestId(id).locator('dd').first().textContent();
      expect(await figure('figure-activities')).toBe(String(k.activities));
      expect(await page.getByTestId('figure-activities').textContent()).toContain(
        `${k.own} egna, ${k.stadsovergripande} stadsövergripande`,
      );
      expect(await figure('figure-genomforda')).toBe(String(k.genomforda));
      expect(await figure('figure-organisations')).toBe(
        `${k.organisationsWithActivities} av ${k.organisations}`,
      );
      if (expected.round !== null) {
        expect(await figure('figure-reported')).toBe(`${k.reportedInRound} av ${k.activities}`);
      }

      // The heatmap: the stadsövergripande row first, then one row per organisation; every
      // count is a link whose name says the status mix in words.
      const heatmap = page.getByTestId('heatmap');
      const rows = heatmap.locator('tbody tr');
      expect(await rows.count()).toBe(expected.heatmap.length);
      expect(await rows.first().locator('th').textContent()).toBe('Stadsövergripande');
      for (const [index, row] of expected.heatmap.entries()) {
        expect((await rows.nth(index).locator('td').last().textContent())?.trim()).toBe(
          String(row.total),
        );
      }
      const firstLink = heatmap.locator('a').first();
      expect(await firstLink.getAttribute('aria-label')).toMatch(/^Stadsövergripande, mål \d+: /);

      const gaps = (await page.getByTestId('coverage-gaps').textContent()) ?? '';
      for (const gap of expected.coverage.gaps) expect(gaps).toContain(gap.text);
      // Per goal, the report draft's counting sentence (förvaltningar and bolag apart).
      expect(await page.getByTestId('goal-counting').allTextContents()).toEqual(
        expected.statusByGoal.map((g) => g.counting.text),
      );
      expect(await page.getByTestId('goal-counting').nth(1).textContent()).toBe(
        'Fem förvaltningar och MKB Fastighets AB har aktiviteter under inriktningsmålet.',
      );
      // Colour is never alone: the legend names every status next to its pattern.
      expect(await page.getByTestId('status-legend').first().locator('li').count()).toBe(7);

      // One set of figures (#18 item 1): every key figure says its scope …
      const scope = (id: string) => page.getByTestId(`${id}-scope`).textContent();
      const plan = `Hela planperioden ${periodStart}–${periodEnd}`;
      const status = `Senast kända status, planperioden ${periodStart}–${periodEnd}`;
      expect(await scope('figure-activities')).toBe(plan);
      expect(await scope('figure-reported')).toBe('Den här omgången');
      expect(await scope('figure-genomforda')).toBe(status);
      expect(await scope('figure-avvikelse')).toBe(status);
      expect(await scope('figure-framflyttade')).toBe(status);
      expect(await scope('figure-organisations')).toBe(plan);
      const { year } = expected.responseRates;
      if ((await page.getByTestId('figure-response-year').count()) > 0)
        expect(await scope('figure-response-year')).toBe(`Året ${year}`);
      // … what a per-organisation figure counts is said in words, and Har inte rapporterat
      // counts own activities with the stadsövergripande apart.
      expect(await page.getByTestId('figures-definition').first().textContent()).toBe(
        'Per förvaltning och bolag räknas de egna aktiviteterna (i samverkan och verksamhetsspecifika). Stadsövergripande aktiviteter räknas för sig.',
      );
      for (const row of expected.notReported) {
        const text = await page
          .locator(`[data-testid="not-reported"] li[data-organisation="${row.organisationId}"]`)
          .getByTestId('not-reported-figures')
          .textContent();
        if (row.total > 0) expect(text).toContain(`${row.unreported} av ${row.total} egna`);
        if (row.cityWide.total > 0)
          expect(text).toContain(
            `${row.cityWide.unreported} av ${row.cityWide.total} stadsövergripande ej rapporterade (räknas för sig)`,
          );
      }
      // Taggning per förvaltning (#19 item 4): share tagged per organisation, own activities.
      const tagging = page.getByTestId('tagging-per-organisation');
      expect(await page.getByTestId('section-tagging').locator('h2').textContent()).toBe(
        'Taggning per förvaltning',
      );
      const taggingRows = tagging.locator('tbody tr');
      expect(await taggingRows.count()).toBe(expected.taggingPerOrganisation.length);
      for (const [index, row] of expected.taggingPerOrganisation.entries()) {
        expect(await taggingRows.nth(index).locator('td').first().textContent()).toBe(
          `${row.tagged} av ${row.total}`,
        );
      }

      await expectAccessible(page);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('speaks English with ?lang=en and keeps the Swedish data marked as Swedish', async () => {
    const page = await openOverview('?lang=en');
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      const { title, periodStart, periodEnd } = expected.plan;
      expect(await page.locator('h1').textContent()).toBe(
        `Overview – ${title} ${periodStart}–${periodEnd}`,
      );
      expect(await page.locator('h1 [lang="sv"]').textContent()).toBe(title);
      expect(await page.getByTestId('heatmap').locator('thead th').first().textContent()).toBe(
        'Organisation',
      );
      const gaps = (await page.getByTestId('coverage-gaps').textContent()) ?? '';
      for (const gap of expected.coverage.gaps) expect(gaps).toContain(gap.textEn);
      expect(await page.getByTestId('goal-counting').nth(1).textContent()).toBe(
        'Five administrations and MKB Fastighets AB have activities under the goal.',
      );
      // Each key figure's scope, in English (#18 item 1).
      expect(await page.getByTestId('figure-activities-scope').textContent()).toBe(
        `The whole plan period ${periodStart}–${periodEnd}`,
      );
      expect(await page.getByTestId('figure-reported-scope').textContent()).toBe('This round');
      expect(await page.getByTestId('figure-genomforda-scope').textContent()).toBe(
        `Latest known status, plan period ${periodStart}–${periodEnd}`,
      );
      expect(await page.getByTestId('section-tagging').locator('h2').textContent()).toBe(
        'Tagging per administration',
      );
      await expectAccessible(page, 'tab-overview-en');
    } finally {
      await page.close();
    }
  }, 60_000);

  it('shows a Swedish error, never the raw error, and retries from the keyboard', async () => {
    const page = await tab.browser.newPage({ viewport: { width: 1280, height: 600 } });
    try {
      let failNext = true;
      await page.route('**/api/v1/dashboard*', async (route) => {
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
      // The view navigation comes first, then the retry button.
      const stops: Array<string | null> = [];
      for (let i = 0; i < 9; i += 1) {
        await page.keyboard.press('Tab');
        stops.push(await focusedText());
      }
      expect(stops).toEqual([
        'Översikt',
        'Aktiviteter',
        'Möten',
        'Dagordning',
        'Resultat',
        'Stöd',
        'Import och export',
        'Personer',
        'Försök igen',
      ]);
      await page.keyboard.press('Enter');
      await page.getByTestId('heatmap').waitFor();
      expect(await page.getByTestId('overview-error').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
