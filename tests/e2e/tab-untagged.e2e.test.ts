import type { Page } from 'playwright-core';
import { describeBrowser } from '../helpers/browser';
import { expectAccessible, useTabBrowser } from '../helpers/tab-page';

/*
 * The tagging worklist in the tab (issue 19 item 4): Aktiviteter's "Bara otaggade aktiviteter"
 * filter narrows the list to the untagged activities, each marked "Otaggad", and keeps the
 * choice in the address; axe finds nothing.
 */

/** Waits until the list shows `count` activities. */
function rowCount(page: Page, count: number): Promise<unknown> {
  // A function, not a string: the tab's CSP forbids eval, which a string predicate needs.
  return page.waitForFunction(
    (n) =>
      (
        globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
      ).document.querySelectorAll('[data-testid="activity-table"] [data-activity]').length === n,
    count,
  );
}

describeBrowser('tab (Aktiviteter): the untagged filter', () => {
  const tab = useTabBrowser();

  it('narrows to the untagged activities, marks them, keeps the choice in the address', async () => {
    const page = await tab.open('/tab/?view=aktiviteter', (p) => p.getByTestId('activity-table'), {
      width: 1280,
      height: 900,
    });
    try {
      const rows = page.getByTestId('activity-table').locator('[data-activity]');
      const all = await rows.count();
      const marked = await rows.filter({ hasText: 'Otaggad' }).count();
      expect(all).toBeGreaterThan(marked);

      const filter = page.getByRole('checkbox', { name: /^Bara otaggade aktiviteter/ });
      await filter.check();
      await page.waitForURL(/untagged=1/);
      await rowCount(page, marked);
      expect(await rows.count()).toBe(marked);
      expect(await rows.filter({ hasText: 'Otaggad' }).count()).toBe(marked);
      await expectAccessible(page, 'tab-untagged');

      await filter.uncheck();
      await rowCount(page, all);
      expect(page.url()).not.toContain('untagged=1');
    } finally {
      await page.close();
    }
  });
});
