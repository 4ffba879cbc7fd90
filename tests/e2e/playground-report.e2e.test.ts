import { join } from 'node:path';
import { describeBrowser } from '../helpers/browser';
import { usePlaygroundSession } from '../helpers/playground';
import { ARTIFACTS } from '../helpers/tab-page';

jest.setTimeout(120_000);

/**
 * A samordnare reports one activity in the real M365 Agents Playground (Universal Actions
 * end to end in Chromium): the card updates in place, and the tab's overview counts it.
 */
describeBrowser('reporting status in the M365 Agents Playground', () => {
  const session = usePlaygroundSession();

  it('reports an activity and sees the card update in place, then the tab counts it', async () => {
    const { server, browser, page } = session;
    // Also fills the dashboard's read cache: the report below must show through it.
    const before = (await (await fetch(`${server.url}/api/v1/dashboard`)).json()) as {
      keyFigures: { reportedInRound: number; activities: number };
    };
    const box = page.getByRole('textbox');
    await box.fill('rapportera');
    await box.press('Enter');
    await page
      .getByText('Förankra och sprida handlingsplanen')
      .first()
      .waitFor({ timeout: 30_000 });
    const messagesBefore = await page.locator('.ac-adaptiveCard').count();
    await page.screenshot({ path: join(ARTIFACTS, 'playground-report-list.png'), fullPage: true });

    // The status list is the newest card (the welcome card above it has a Rapportera button too).
    await page
      .locator('.ac-adaptiveCard')
      .last()
      .getByRole('button', { name: 'Rapportera' })
      .first()
      .click();
    const done = page.getByLabel('Vad har gjorts?');
    await done.waitFor({ timeout: 30_000 });
    await page.getByLabel('Genomförd').check();
    await done.fill('Handlingsplanen är förankrad i alla ledningsgrupper.');
    await page.screenshot({ path: join(ARTIFACTS, 'playground-report-form.png'), fullPage: true });
    await page.getByRole('button', { name: 'Spara' }).click();

    await page
      .getByText('Handlingsplanen är förankrad i alla ledningsgrupper.')
      .first()
      .waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Klar' }).waitFor();
    // Updated in place: no new card message was added to the conversation.
    expect(await page.locator('.ac-adaptiveCard').count()).toBe(messagesBefore);
    await page.screenshot({ path: join(ARTIFACTS, 'playground-report-saved.png'), fullPage: true });

    const activity = (
      await server.store.activities.list({ organisationId: 'grundskoleforvaltningen' })
    ).find((a) => a.title.startsWith('Förankra'));
    const [latest] = await server.store.reports.latest({ activityIds: [activity?.id ?? ''] });
    expect(latest).toMatchObject({
      status: 'genomford',
      done: 'Handlingsplanen är förankrad i alla ledningsgrupper.',
    });

    const tab = await browser.newPage();
    await tab.goto(`${server.url}/tab/`);
    const reported = tab.getByTestId('figure-reported').locator('dd').first();
    await reported.waitFor();
    expect(await reported.textContent()).toBe(
      `${before.keyFigures.reportedInRound + 1} av ${before.keyFigures.activities}`,
    );
    await tab.close();
  });
});
