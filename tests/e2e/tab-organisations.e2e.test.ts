import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { Clock } from '../../bot/src/domain/ports/clock.port';
import { DEMO_SAMORDNING } from '../helpers/activities';
import { describeBrowser } from '../helpers/browser';
import { dumpDatabase } from '../helpers/db-dump';
import {
  ARTIFACTS,
  expectAccessible,
  horizontalOverflow,
  inEveryLook,
  useTabBrowser,
} from '../helpers/tab-page';

/*
 * "Organisationer" in Personer in headless Chromium against the real server, as the demo
 * Samordning user (issue 15 item 5, decisions 0030 and 0031): a rename from a coming day is
 * listed with the former name, a merge that would rewrite a reported round is refused with the
 * server's Swedish reason (focus on it, nothing stored), a merge goes through and moves the
 * samordnare. Axe finds nothing in three themes, in the side panel (320 px, no horizontal
 * overflow) and on the stage.
 */

/** A fixed day: the demo's reported rounds lie before it, the plan's period (to 2026) after. */
const clock: Clock = { now: () => new Date('2025-09-01T08:00:00.000Z') };
const DAY = '2025-10-01';
const NEW_NAME = 'Fritids- och idrottsförvaltningen';
const KARIN = '00000000-0000-0000-0000-0000000000a5';

describeBrowser('tab (Personer: Organisationer) as Samordning in Chromium', () => {
  // Six looks, each a fresh page with its own requests, by one user within a minute.
  const tab = useTabBrowser(
    { SAMORDNA_DEV_USER_ID: DEMO_SAMORDNING, SAMORDNA_TAB_API_RATE_LIMIT: '1000' },
    { clock },
  );
  const openPeople = (query = '', width = 1280, height = 900) =>
    tab.open(`/tab/?view=personer${query}`, (p) => p.getByTestId('organisation-table'), {
      width,
      height,
    });
  /** `check` on a fresh Personer page, closed after. */
  const onPeople = async (check: (page: Page) => Promise<void>) => {
    const page = await openPeople();
    try {
      await check(page);
    } finally {
      await page.close();
    }
  };
  const form = (page: Page) => page.getByTestId('organisation-change-form');
  const row = (page: Page, name: string): Locator =>
    page
      .getByTestId('organisation-row')
      .filter({ has: page.getByRole('rowheader', { name, exact: true }) });

  /** Chooses the kind, the organisation and the day of a change. */
  async function startChange(page: Page, kind: string, organisation: string, from: string) {
    await form(page).getByRole('radio', { name: kind }).check();
    await form(page)
      .getByRole('combobox', { name: 'Organisation', exact: true })
      .selectOption({ label: organisation });
    await form(page).getByLabel('Från och med').fill(from);
  }

  it('renames an organisation from a coming day; the list shows its former name', () =>
    onPeople(async (page) => {
      expect(await row(page, 'Fritidsförvaltningen').textContent()).toContain('Tills vidare');
      await startChange(page, 'Byt namn', 'Fritidsförvaltningen', DAY);
      await form(page).getByLabel('Nytt namn').fill(NEW_NAME);
      await form(page).getByRole('button', { name: 'Gör ändringen' }).click();
      const notice = page.getByTestId('organisation-notice');
      await notice.filter({ hasText: `heter "${NEW_NAME}" från ${DAY}` }).waitFor();
      expect(await notice.evaluate((n) => n.parentElement?.getAttribute('aria-live'))).toBe(
        'polite',
      );
      const renamed = row(page, NEW_NAME);
      await renamed.waitFor();
      expect(await renamed.textContent()).toContain(
        'Fritidsförvaltningen (till och med 30 september 2025)',
      );
      expect(await tab.server.store.organisations.get('fritidsforvaltningen')).toMatchObject({
        name: NEW_NAME,
        formerNames: [{ name: 'Fritidsförvaltningen', until: '2025-09-30' }],
      });
      await expectAccessible(page, 'tab-organisations-renamed');
    }));

  it('refuses a merge into a reported round with the Swedish reason; nothing changes', () =>
    onPeople(async (page) => {
      const before = dumpDatabase(tab.server.store.database);
      await startChange(page, 'Slå ihop', 'Kulturförvaltningen', '2024-01-08');
      await form(page)
        .getByRole('combobox', { name: 'Går upp i' })
        .selectOption({ label: 'Miljöförvaltningen' });
      await form(page).getByRole('button', { name: 'Gör ändringen' }).click();
      const problems = page.getByTestId('organisation-problems');
      await problems.waitFor();
      expect(await problems.textContent()).toMatch(
        /Organisationen ändrades inte – ingenting har sparats\..*omgången ".+" öppnade \d{4}-\d\d-\d\d och har redan rapporter/,
      );
      // The focus moved to the reason, so it is read out and the form continues below it.
      expect(
        await problems.evaluate((bar) =>
          bar.parentElement?.contains(
            (globalThis as unknown as { document: { activeElement: unknown } }).document
              .activeElement as never,
          ),
        ),
      ).toBe(true);
      expect(dumpDatabase(tab.server.store.database)).toBe(before);
      expect(await row(page, 'Kulturförvaltningen').textContent()).toContain('Tills vidare');
      await expectAccessible(page, 'tab-organisations-refused');
      // The section alone, for people to look at.
      await page
        .getByTestId('organisations')
        .screenshot({ path: join(ARTIFACTS, 'tab-organisations-refused-section.png') });
    }));

  it('merges: the organisation ends the day before and its samordnare moves', () =>
    onPeople(async (page) => {
      await startChange(page, 'Slå ihop', 'Kulturförvaltningen', DAY);
      await form(page)
        .getByRole('combobox', { name: 'Går upp i' })
        .selectOption({ label: NEW_NAME });
      await form(page).getByRole('button', { name: 'Gör ändringen' }).click();
      const notice = page.getByTestId('organisation-notice');
      await notice
        .filter({ hasText: `Kulturförvaltningen går upp i ${NEW_NAME} från ${DAY}.` })
        .waitFor();
      expect(await notice.textContent()).toContain('1 samordnare flyttades med');
      await row(page, 'Kulturförvaltningen').filter({ hasText: '30 september 2025' }).waitFor();
      expect((await tab.server.store.members.get(KARIN))?.organisationId).toBe(
        'fritidsforvaltningen',
      );
      // Personer follows: the move is in the log under the person who made it.
      await page
        .getByTestId('people-audit')
        .filter({ hasText: 'Omar Haddad (demo) ändrade Karin Ahl (demo)' })
        .waitFor();
    }));

  it('works by keyboard: missing fields are said at the field and the first takes the focus', () =>
    onPeople(async (page) => {
      const before = dumpDatabase(tab.server.store.database);
      await form(page).getByRole('radio', { name: 'Byt namn' }).focus();
      await page.keyboard.press('ArrowDown');
      expect(await form(page).getByRole('radio', { name: 'Slå ihop' }).isChecked()).toBe(true);
      await form(page).getByRole('combobox', { name: 'Går upp i' }).waitFor();
      await form(page).getByRole('button', { name: 'Gör ändringen' }).focus();
      await page.keyboard.press('Enter');
      const organisation = form(page).getByRole('combobox', { name: 'Organisation', exact: true });
      await page.waitForFunction(
        () =>
          (globalThis as unknown as { document: { activeElement: { tagName: string } | null } })
            .document.activeElement?.tagName === 'SELECT',
      );
      expect(await organisation.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
      // Each problem is linked to its field, so a screen reader reads it with the field.
      const described = async (field: Locator) => {
        const ids = (await field.getAttribute('aria-describedby')) ?? '';
        const texts = await Promise.all(
          ids
            .split(' ')
            .filter((id) => id !== '')
            .map((id) => page.locator(`[id="${id}"]`).textContent()),
        );
        return texts.join(' ');
      };
      expect(await described(organisation)).toContain('Välj en organisation.');
      expect(await described(form(page).getByLabel('Från och med'))).toContain(
        'Ange ett datum som ÅÅÅÅ-MM-DD.',
      );
      expect(await described(form(page).getByRole('combobox', { name: 'Går upp i' }))).toContain(
        'Välj organisationen den går upp i.',
      );
      expect(dumpDatabase(tab.server.store.database)).toBe(before);
      await expectAccessible(page);
    }));

  it('splits with every activity placed in a new organisation', () =>
    onPeople(async (page) => {
      const ids = (await tab.server.store.activities.list({}))
        .filter((a) => a.organisationId === 'grundskoleforvaltningen')
        .map((a) => a.id);
      await startChange(page, 'Dela', 'Grundskoleförvaltningen', DAY);
      const parts = [
        ['grundskola-norr', 'Grundskoleförvaltningen norr'],
        ['grundskola-soder', 'Grundskoleförvaltningen söder'],
      ] as const;
      for (const [i, [id, name]] of parts.entries()) {
        await form(page)
          .getByLabel(`Id för ny organisation ${String(i + 1)}`)
          .fill(id);
        await form(page)
          .getByLabel(`Namn på ny organisation ${String(i + 1)}`)
          .fill(name);
      }
      const choices = form(page).getByTestId('split-activities').getByRole('combobox');
      expect(await choices.count()).toBe(ids.length);
      for (let i = 0; i < ids.length; i++)
        await choices.nth(i).selectOption({ label: parts[i % 2]?.[1] ?? '' });
      await form(page).getByRole('button', { name: 'Gör ändringen' }).click();
      await page
        .getByTestId('organisation-notice')
        .filter({ hasText: 'Grundskoleförvaltningen delas i Grundskoleförvaltningen norr' })
        .waitFor();
      await row(page, 'Grundskoleförvaltningen söder').waitFor();
      const moved = (await tab.server.store.activities.list({}))
        .filter((a) => ids.includes(a.id))
        .map((a) => a.organisationId);
      expect(new Set(moved)).toEqual(new Set(['grundskola-norr', 'grundskola-soder']));
    }));

  it('is accessible in three themes, in the side panel and on the stage, without overflow', async () => {
    await inEveryLook(
      (query, width, height) => openPeople(query, width, height),
      async (page, look) => {
        const section = page.getByTestId('organisations');
        await section.scrollIntoViewIfNeeded();
        await startChange(page, 'Dela', 'Miljöförvaltningen', DAY);
        // One labelled choice per activity of Miljöförvaltningen, placing it in a part.
        const choices = form(page).getByTestId('split-activities').getByRole('combobox');
        await choices.first().waitFor();
        const ids = (await tab.server.store.activities.list({}))
          .filter((a) => a.organisationId === 'miljoforvaltningen')
          .map((a) => a.id);
        expect(await choices.count()).toBe(ids.length);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await expectAccessible(page, `tab-organisations-${look}`);
        await page
          .getByTestId('organisations')
          .screenshot({ path: join(ARTIFACTS, `tab-organisations-${look}-section.png`) });
      },
    );
  }, 180_000);
});
