import type { Page } from 'playwright-core';
import { carriedActivityId } from '../../bot/src/domain/carry/carry-plan';
import { describeBrowser } from '../helpers/browser';
import { brokenPlanText, NEXT_PLAN_ID, nextPlanText, OLD_PLAN_ID } from '../helpers/next-plan-file';
import {
  expectAccessible,
  focusedElement,
  horizontalOverflow,
  useTabBrowser,
} from '../helpers/tab-page';

/*
 * "Ny planperiod" and "Ny uppföljningsomgång" in headless Chromium against the real server, as
 * the demo Samordning user (issue 15 items 4 and 7, decision 0031): a broken plan file's problems
 * by line, the next plan imported, two activities carried under a confirmed goal mapping (one
 * goal changed from the suggestion), the new plan made current, a round created in the past; the
 * old plan's Översikt is unchanged byte for byte and a carried activity links to its history.
 * Focus moves to each step's heading; axe finds nothing in three themes and both meeting layouts,
 * and nothing is wider than the 320 px side panel.
 */

const SAMORDNING_USER = '00000000-0000-0000-0000-0000000000a2';

/** Pastes a plan file's text and checks it. */
async function checkText(page: Page, text: string): Promise<void> {
  await page.getByTestId('plan-file-text').fill(text);
  // The answer to this check, not the notice an earlier check left on the page.
  const answered = page.waitForResponse((r) => r.url().includes('/api/v1/plans/check'));
  await page.getByRole('button', { name: 'Kontrollera planfilen' }).click();
  expect((await answered).status()).toBeLessThan(429);
  await page.getByTestId('plan-file-notice').waitFor();
}

describeBrowser('tab (Ny planperiod, Ny uppföljningsomgång) as Samordning in Chromium', () => {
  // Six layouts × two checks and an import, each on a fresh page, by one user within a minute:
  // more than the tab API's 120 requests a minute per person (rate limiting has its own tests).
  const tab = useTabBrowser({
    SAMORDNA_DEV_USER_ID: SAMORDNING_USER,
    SAMORDNA_TAB_API_RATE_LIMIT: '1000',
  });
  const openData = (query: string, width = 1280, height = 900) =>
    tab.open(`/tab/?view=data${query}`, (p) => p.getByRole('heading', { name: 'Ny planperiod' }), {
      width,
      height,
    });
  const oldOverview = async () =>
    (await fetch(`${tab.server.url}/api/v1/dashboard?plan=${OLD_PLAN_ID}`)).text();

  it('imports the next plan, carries two activities, makes it current and creates a past round', async () => {
    const overviewBefore = await oldOverview();
    const page = await openData('');
    try {
      await expectAccessible(page, 'tab-next-plan-start');

      // A broken file: every problem with its line, nothing stored.
      await checkText(page, brokenPlanText());
      const problems = await page.getByTestId('plan-file-notice').locator('li').allTextContents();
      expect(problems.length).toBeGreaterThanOrEqual(2);
      for (const line of problems) expect(line).toMatch(/^Rad \d+: /);
      expect(problems.some((l) => l.includes('visionen'))).toBe(true);
      expect(await page.getByRole('button', { name: 'Läs in planen' }).count()).toBe(0);
      expect(await tab.server.store.plans.get(NEXT_PLAN_ID)).toBeUndefined();
      await expectAccessible(page, 'tab-next-plan-problems');

      // A file larger than the tab API takes: said before anything is sent, nothing stored.
      let sent = 0;
      const count = (r: { url: () => string }) => {
        if (r.url().includes('/api/v1/plans/')) sent += 1;
      };
      page.on('request', count);
      await page.getByTestId('plan-file-text').fill(`${nextPlanText()}\n#${'x'.repeat(300_000)}`);
      await page.getByRole('button', { name: 'Kontrollera planfilen' }).click();
      await page.getByText(/^Planfilen är för stor för fliken: \d+ kB, högst 256 kB\./).waitFor();
      page.off('request', count);
      expect(sent).toBe(0);
      expect(await tab.server.store.plans.get(NEXT_PLAN_ID)).toBeUndefined();

      // The next plan: checked, then imported; focus moves to the goal mapping.
      await checkText(page, nextPlanText());
      expect(await page.getByTestId('plan-file-notice').textContent()).toBe(
        'Planfilen är korrekt: Fri från våld – en gemensam angelägenhet 2027–2030, 6 inriktningsmål, 15 organisationer.',
      );
      await page.getByRole('button', { name: 'Läs in planen' }).click();
      const goalsStep = page.getByRole('heading', { name: 'Steg 2 av 4: Inriktningsmålen' });
      await goalsStep.waitFor();
      expect(await page.getByTestId('plan-imported').textContent()).toBe(
        'Planen Fri från våld – en gemensam angelägenhet 2027–2030 är inläst.',
      );
      expect(await focusedElement(page)).toMatchObject({
        tag: 'h3',
        text: 'Steg 2 av 4: Inriktningsmålen',
      });
      // The plan picker lists the new plan at once, without a reload.
      const nextPlanOption = page
        .getByTestId('plan-picker')
        .locator('option', { hasText: '2027–2030' });
      await nextPlanOption.waitFor({ state: 'attached' });
      expect(await nextPlanOption.textContent()).not.toContain('(gällande)');
      // The suggestions are preselected; goal 2 was reworded ("liknande text").
      for (const n of [1, 2, 3, 4, 5, 6])
        expect(await page.getByTestId(`carry-goal-${String(n)}`).inputValue()).toBe(String(n));
      const goal2 = page.getByLabel(/^Gammalt mål 2: /);
      expect(await goal2.inputValue()).toBe('2');
      await page.getByText('Förslag: liknande text').waitFor();
      await expectAccessible(page, 'tab-next-plan-mapping');

      // The person's mapping: old goal 2 goes on under new goal 1.
      await goal2.selectOption('1');
      const old = await tab.server.store.activities.list({ planId: OLD_PLAN_ID });
      const underGoal2 = old.find((a) => a.goal === 2);
      const underGoal1 = old.find((a) => a.goal === 1);
      if (underGoal1 === undefined || underGoal2 === undefined) throw new Error('demo changed');
      for (const activity of [underGoal1, underGoal2]) {
        await page.getByTestId('carry-activities').getByRole('searchbox').fill(activity.title);
        await page
          .getByRole('checkbox', { name: new RegExp(`^${literal(activity.title)} \\(`) })
          .first()
          .check();
      }
      await page.getByTestId('carry-activities').getByRole('searchbox').fill('');
      expect(await page.getByTestId('carry-activities').locator('legend').textContent()).toBe(
        'Aktiviteter, 2 valda',
      );
      await page.getByRole('button', { name: 'För över valda aktiviteter' }).click();
      await page.getByRole('heading', { name: 'Steg 4 av 4: Klart' }).waitFor();
      expect(await page.getByTestId('carry-result').textContent()).toBe(
        '2 aktiviteter fördes över. Fri från våld – en gemensam angelägenhet är oförändrad.',
      );
      expect(await focusedElement(page)).toMatchObject({ tag: 'h3', text: 'Steg 4 av 4: Klart' });
      const carried = await tab.server.store.activities.list({ planId: NEXT_PLAN_ID });
      expect(carried.map((a) => [a.id, a.goal]).sort()).toEqual(
        [
          [carriedActivityId(underGoal1.id, NEXT_PLAN_ID), 1],
          [carriedActivityId(underGoal2.id, NEXT_PLAN_ID), 1],
        ].sort(),
      );
      await expectAccessible(page, 'tab-next-plan-done');

      await page.getByRole('button', { name: 'Gör den nya planen aktuell' }).click();
      await page
        .getByText('Den aktuella planen är nu Fri från våld – en gemensam angelägenhet 2027–2030', {
          exact: false,
        })
        .waitFor();
      expect((await tab.server.store.plans.current())?.id).toBe(NEXT_PLAN_ID);
      await page.waitForFunction(
        () =>
          (
            globalThis as unknown as {
              document: { querySelector(s: string): { textContent: string | null } | null };
            }
          ).document
            .querySelector('[data-testid="plan-picker"] option[value="fri-fran-vald-2027-2030"]')
            ?.textContent?.endsWith('(gällande)') === true,
      );

      // A round in the past, in the plan shown (now the new current one); Swedish validation.
      const create = page.getByRole('button', { name: 'Skapa omgången' });
      await create.click();
      await page.getByText('Ange ett namn på omgången.').waitFor();
      expect(await focusedElement(page)).toMatchObject({ tag: 'input' });
      await page.getByLabel(/^Namn/).fill('Uppföljning genom dialog 2026');
      await page.getByLabel('Från och med').fill('2026-04-30');
      await page.getByLabel('Till och med').fill('2026-03-01');
      await create.click();
      await page.getByText('Slutdatumet ligger före startdatumet.').waitFor();
      expect(await tab.server.store.rounds.list(NEXT_PLAN_ID)).toEqual([]);
      await expectAccessible(page, 'tab-next-plan-round-invalid');
      await page.getByLabel('Från och med').fill('2026-03-01');
      await page.getByLabel('Till och med').fill('2026-04-30');
      await create.click();
      await page.getByTestId('round-notice').waitFor();
      expect(await page.getByTestId('round-notice').textContent()).toBe(
        'Omgången Uppföljning genom dialog 2026 (2026-03-01 – 2026-04-30) är skapad i Fri från våld – en gemensam angelägenhet. Du kan nu importera rapporter i den.',
      );
      await page
        .getByTestId('round-list')
        .getByText('Uppföljning genom dialog 2026: 2026-03-01 – 2026-04-30')
        .waitFor();
      // The view's round picker offers it for the import.
      await page
        .getByTestId('data-round')
        .locator('option', { hasText: 'Uppföljning genom dialog 2026' })
        .waitFor({ state: 'attached' });
      const [round] = await tab.server.store.rounds.list(NEXT_PLAN_ID);
      expect(round).toMatchObject({ title: 'Uppföljning genom dialog 2026', kind: 'uppfoljning' });
      await expectAccessible(page, 'tab-next-plan-round');
    } finally {
      await page.close();
    }
    expect(await oldOverview()).toBe(overviewBefore);
  }, 120_000);

  it('links a carried activity to its history in the old plan; the old Översikt is closed', async () => {
    const [carried] = await tab.server.store.activities.list({ planId: NEXT_PLAN_ID });
    if (carried === undefined) throw new Error('the first test carries activities');
    const page = await tab.open(
      `/tab/?view=aktiviteter&plan=${NEXT_PLAN_ID}&activity=${encodeURIComponent(carried.id)}`,
      (p) => p.getByTestId('carried-from'),
      { width: 1280, height: 900 },
    );
    try {
      await expectAccessible(page, 'tab-next-plan-carried');
      await page.getByRole('link', { name: 'Historiken i den förra planen' }).click();
      await page.waitForURL((url) => url.searchParams.get('plan') === OLD_PLAN_ID);
      const url = new URL(page.url());
      expect(url.searchParams.get('activity')).toBe(carried.id.replace(`--${NEXT_PLAN_ID}`, ''));
      await page.getByTestId('activity-history').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(carried.title);
      expect(await page.getByTestId('carried-from').count()).toBe(0);
      expect(await page.getByTestId('plan-closed').textContent()).toBe(
        'Planen är avslutad – uppföljningen visas som den var',
      );
    } finally {
      await page.close();
    }
  });

  it('is accessible in three themes and both meeting layouts, without horizontal overflow', async () => {
    for (const [layout, width, height] of [
      ['side-panel', 320, 800],
      ['stage', 1280, 720],
    ] as const) {
      for (const theme of ['default', 'dark', 'contrast'] as const) {
        const query = `&plan=${OLD_PLAN_ID}&layout=${layout}${theme === 'default' ? '' : `&theme=${theme}`}`;
        const page = await openData(query, width, height);
        try {
          await checkText(page, brokenPlanText());
          await expectAccessible(page);
          expect(await horizontalOverflow(page)).toBe(0);
          // The same plan again changes nothing and leads to the mapping.
          await checkText(page, nextPlanText());
          await page.getByRole('button', { name: 'Läs in planen' }).click();
          await page.getByRole('heading', { name: 'Steg 2 av 4: Inriktningsmålen' }).waitFor();
          expect(await page.getByTestId('plan-imported').textContent()).toBe(
            'Planen Fri från våld – en gemensam angelägenhet 2027–2030 fanns redan och är oförändrad.',
          );
          await expectAccessible(page, `tab-next-plan-${layout}-${theme}`);
          expect(await horizontalOverflow(page)).toBe(0);
        } finally {
          await page.close();
        }
      }
    }
  }, 240_000);
});

/** A text as a literal in a regular expression. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
