import type { Page } from 'playwright-core';
import { importPlan } from '../../bot/src/domain/services/plan-import';
import { describeBrowser } from '../helpers/browser';
import { loadPlanDocument } from '../helpers/malmo-plan';
import { PLAN_FILES } from '../helpers/plan-documents';
import { expectAccessible, useTabBrowser } from '../helpers/tab-page';

/*
 * The page frame's plan picker with two plans in one store (Malmö's 2022–2026 with the demo
 * follow-up, and Ekby's), in headless Chromium against the real server: labelled, chosen with
 * the keyboard, kept as `?plan=` across views, passed on every plan-aware API call, the
 * closed-plan notice in Swedish and English, and axe-clean (issue 15, decision 0028).
 */

const SAMORDNING_USER = '00000000-0000-0000-0000-0000000000a2';
const EKBY = 'trygg-i-ekby-2025-2028';
const MALMO = 'fri-fran-vald-2022-2026';

/** The plan-aware API calls the page makes (path and query), recorded from now on. */
function recordApiCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^\/api\/v1\/(dashboard|activities|data\/)/.test(url.pathname))
      calls.push(`${url.pathname}${url.search}`);
  });
  return calls;
}

describeBrowser('tab plan picker with two plans in Chromium', () => {
  jest.setTimeout(90_000);
  const tab = useTabBrowser({ SAMORDNA_DEV_USER_ID: SAMORDNING_USER });

  beforeAll(async () => {
    const outcome = await importPlan(tab.server.store, loadPlanDocument(PLAN_FILES.ekby));
    expect(outcome.kind).toBe('created');
  });

  it('chooses Ekby with the keyboard; every view and API call follows ?plan=', async () => {
    const page = await tab.open(
      '/tab/?view=oversikt',
      (p) => p.getByRole('combobox', { name: 'Plan' }),
      { width: 1280, height: 900 },
    );
    try {
      const picker = page.getByRole('combobox', { name: 'Plan' });
      expect(await picker.inputValue()).toBe(MALMO);
      expect(await picker.locator('option').allTextContents()).toEqual([
        'Trygg i Ekby – plan mot våld i nära relationer 2025–2028',
        expect.stringMatching(/^Fri från våld.* 2022–2026 \(gällande\)$/) as unknown as string,
      ]);
      // The current plan with its follow-up under way is not closed.
      expect(await page.getByTestId('plan-closed').count()).toBe(0);
      await expectAccessible(page, 'tab-plans-malmo');

      const calls = recordApiCalls(page);
      await picker.focus();
      await page.keyboard.press('ArrowUp');
      await page.waitForURL((url) => url.searchParams.get('plan') === EKBY);
      await page.getByText('Våld förebyggs tidigt').first().waitFor();
      expect(await picker.inputValue()).toBe(EKBY);
      await expectAccessible(page, 'tab-plans-ekby');

      await page.getByRole('link', { name: 'Aktiviteter', exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get('view') === 'aktiviteter');
      expect(new URL(page.url()).searchParams.get('plan')).toBe(EKBY);
      await page.getByRole('heading', { level: 1 }).waitFor();

      await page.getByRole('link', { name: 'Import och export', exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get('view') === 'data');
      expect(new URL(page.url()).searchParams.get('plan')).toBe(EKBY);
      await page.getByRole('heading', { name: 'Importera' }).waitFor();

      expect(calls.some((c) => c.startsWith('/api/v1/dashboard?'))).toBe(true);
      expect(calls.some((c) => c.startsWith('/api/v1/activities?'))).toBe(true);
      expect(calls.some((c) => c.startsWith('/api/v1/data/rounds?'))).toBe(true);
      for (const call of calls) expect([call, call.includes(`plan=${EKBY}`)]).toEqual([call, true]);
    } finally {
      await page.close();
    }
  });

  it('shows a carried-over plan’s follow-up with the closed notice, in Swedish and English', async () => {
    await tab.server.store.plans.makeCurrent(EKBY);
    try {
      const page = await tab.open(
        `/tab/?view=oversikt&plan=${MALMO}`,
        (p) => p.getByTestId('plan-closed'),
        { width: 1280, height: 900 },
      );
      try {
        expect(await page.getByTestId('plan-closed').textContent()).toBe(
          'Planen är avslutad – uppföljningen visas som den var',
        );
        expect(await page.getByRole('combobox', { name: 'Plan' }).inputValue()).toBe(MALMO);
        await expectAccessible(page, 'tab-plans-closed');
      } finally {
        await page.close();
      }
      const english = await tab.open(
        `/tab/?view=oversikt&plan=${MALMO}&lang=en`,
        (p) => p.getByTestId('plan-closed'),
        { width: 1280, height: 900 },
      );
      try {
        expect(await english.getByTestId('plan-closed').textContent()).toBe(
          'The plan has ended – the follow-up is shown as it was',
        );
        // Ekby, now current and without reports, is not closed.
        await english.getByRole('combobox', { name: 'Plan' }).selectOption(EKBY);
        await english.waitForURL((url) => url.searchParams.get('plan') === EKBY);
        await english.getByText('Våld förebyggs tidigt').first().waitFor();
        expect(await english.getByTestId('plan-closed').count()).toBe(0);
      } finally {
        await english.close();
      }
    } finally {
      await tab.server.store.plans.makeCurrent(MALMO);
    }
  });
});
