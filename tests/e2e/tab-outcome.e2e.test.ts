import type { Page } from 'playwright-core';
import { describeBrowser } from '../helpers/browser';
import { demoRoundId } from '../helpers/demo-round';
import { expectAccessible, horizontalOverflow, useTabBrowser } from '../helpers/tab-page';

/*
 * The activity detail after a report was changed in the round and the change says what came
 * of the activity (decision 0027): one entry for the round, marked "ändrad", with the outcome
 * and its evidence link; in the three themes and both meeting layouts, 0 WCAG 2.1 A/AA
 * violations, screenshots in tests/artifacts.
 */

const ACTIVITY = 'demo-grundskola-1';
const LINK =
  'https://malmostad.sharepoint.com/sites/grundskola/Delade%20dokument/Utv%C3%A4rdering%20av%20utbildningen%202026.pdf';

const VARIANTS: ReadonlyArray<[string, string, { width: number; height: number }]> = [
  ['light', '', { width: 1280, height: 900 }],
  ['dark', '&theme=dark', { width: 1280, height: 900 }],
  ['contrast', '&theme=contrast', { width: 1280, height: 900 }],
  ['side-panel', '&layout=side-panel', { width: 320, height: 800 }],
  ['stage', '&layout=stage', { width: 1600, height: 900 }],
];

describeBrowser('the activity detail with an outcome and a changed report', () => {
  const tab = useTabBrowser();
  let page: Page;
  let roundId: string;

  beforeAll(async () => {
    const store = tab.server.store;
    roundId = await demoRoundId(store);
    const base = {
      activityId: ACTIVITY,
      roundId,
      next: '',
      reason: '',
      reportedByUserId: '00000000-0000-0000-0000-0000000000a1',
      reportedByName: 'Sara Lind (demo)',
    };
    const at = new Date(Date.now() - 60_000).toISOString();
    await store.reports.append(
      { ...base, id: 'e2e-first', status: 'pagar', done: 'Första versionen', reportedAt: at },
      'e2e-outcome-1',
    );
    await store.reports.append(
      {
        ...base,
        id: 'e2e-changed',
        status: 'genomford',
        done: 'Utbildningen är genomförd på alla skolor.',
        reportedAt: new Date().toISOString(),
        outcome: {
          result: 'Personalen känner till rutinen.',
          reached: 120,
          target: 150,
          unit: 'lärare utbildade',
          links: [LINK],
        },
      },
      'e2e-outcome-2',
    );
    page = await tab.browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => page?.close());

  it.each(VARIANTS.map((v) => [...v]))(
    'in %s: one entry for the round, marked ändrad, with the outcome and the link',
    async (variant, extra, viewport) => {
      await page.setViewportSize(viewport);
      await page.goto(`${tab.server.url}/tab/?view=aktiviteter&activity=${ACTIVITY}${extra}`);
      await page.getByTestId('activity-detail').waitFor();
      const history = page.getByTestId('activity-history');
      const entries = history.locator(':scope > li');
      const first = entries.first();
      expect(await first.textContent()).toContain('Utbildningen är genomförd på alla skolor.');
      expect(await history.textContent()).not.toContain('Första versionen');
      expect(await first.getByTestId('history-edited').textContent()).toBe('ändrad');
      expect(await first.textContent()).toContain(
        'Rapporten ändrades i omgången; den tidigare versionen finns kvar i loggen.',
      );
      expect(await first.getByTestId('history-outcome').textContent()).toBe(
        'Resultat: Personalen känner till rutinen (120 av 150 lärare utbildade)',
      );
      // Shown as people read it, linked as stored.
      const link = first.getByRole('link', { name: decodeURI(LINK) });
      expect(await link.getAttribute('href')).toBe(LINK);
      expect(await link.textContent()).toContain('Utvärdering av utbildningen 2026.pdf');
      if (variant === 'side-panel') expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await expectAccessible(page, `tab-outcome-${variant}`);
    },
  );
});
