import type { Page } from 'playwright-core';
import { DEMO_SAMORDNARE, DEMO_SAMORDNING } from '../helpers/activities';
import { describeBrowser } from '../helpers/browser';
import { expectAccessible, horizontalOverflow, useTabBrowser } from '../helpers/tab-page';

/*
 * The tab's "Personer" view end to end in headless Chromium against the real server (local
 * mode, the demo users as the directory): Samordning adds a person found with the live
 * combobox, removes one after a confirmation, names a stand-in with date pickers and reads the
 * change log; a samordnare sees her own organisation and names her stand-in; someone unknown
 * is told whom to ask, here and in Översikt. WCAG 2.1 AA (axe) in light, dark, high contrast.
 */

const LISA = '00000000-0000-0000-0000-0000000000b1';
const VIEWPORT = { width: 1280, height: 900 };

function openPeople(tab: ReturnType<typeof useTabBrowser>, query = ''): Promise<Page> {
  return tab.open(
    `/tab/?view=personer${query}`,
    (page) => page.getByTestId('samordning-list'),
    VIEWPORT,
  );
}

/** Types into the directory combobox and picks the option whose text starts with `name`. */
async function choosePerson(scope: Page, label: string, query: string, name: string) {
  const combobox = scope.getByRole('combobox', { name: label });
  await combobox.fill(query);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const option = scope.getByRole('option', { name: new RegExp(`^${escaped}`) });
  await option.waitFor();
  await option.click();
}

describeBrowser('tab (Personer) as Samordning', () => {
  const tab = useTabBrowser({ SAMORDNA_DEV_USER_ID: DEMO_SAMORDNING });

  it('shows every organisation’s samordnare, Samordning, HR and the log, accessibly', async () => {
    const page = await openPeople(tab);
    try {
      expect(await page.title()).toBe('Personer – Samordna');
      const nav = page.getByRole('navigation', { name: 'Vyer' });
      expect(await nav.getByRole('link', { name: 'Personer' }).getAttribute('aria-current')).toBe(
        'page',
      );
      expect(await page.locator('h1').textContent()).toBe('Personer');
      const fritid = page.getByTestId('organisation').filter({ hasText: 'Fritidsförvaltningen' });
      expect(await fritid.getByTestId('samordnare-list').textContent()).toContain(
        'Jonas Ek (demo)',
      );
      expect(await page.getByTestId('samordning-list').textContent()).toContain(
        'Omar Haddad (demo)',
      );
      expect(await page.getByTestId('hr-list').textContent()).toContain('Eva Berg (demo)');
      expect(await horizontalOverflow(page)).toBe(0);
      await expectAccessible(page, 'tab-people');
    } finally {
      await page.close();
    }
  });

  it('adds a person found in the directory, then removes her after a confirmation', async () => {
    const page = await openPeople(tab);
    try {
      await page.getByRole('button', { name: 'Lägg till person' }).click();
      const form = page.getByTestId('member-form');
      await choosePerson(page, 'Sök i katalogen', 'lisa', 'Lisa Nordström (demo)');
      await expectAccessible(page);
      await form.getByLabel('Organisation').selectOption({ label: 'Fritidsförvaltningen' });
      await form.getByRole('button', { name: 'Spara' }).click();
      await page
        .getByTestId('people-notice')
        .filter({ hasText: 'Lisa Nordström (demo) är sparad.' })
        .waitFor();
      expect(await tab.server.store.members.get(LISA)).toMatchObject({
        organisationId: 'fritidsforvaltningen',
        roles: ['samordnare'],
      });
      await page
        .getByTestId('people-audit')
        .filter({ hasText: 'lade till Lisa Nordström (demo)' })
        .waitFor();

      await page.getByRole('button', { name: 'Ta bort Lisa Nordström (demo)' }).click();
      const confirm = page.getByRole('group', { name: 'Ta bort Lisa Nordström (demo)?' });
      await confirm.waitFor();
      expect(await confirm.textContent()).toContain('Rapporterna hen har gjort finns kvar');
      // The confirmation takes the focus; Escape would cancel it.
      expect(
        await confirm
          .getByRole('button', { name: 'Ta bort', exact: true })
          .evaluate(
            (button) =>
              button ===
              (globalThis as unknown as { document: { activeElement: unknown } }).document
                .activeElement,
          ),
      ).toBe(true);
      await expectAccessible(page, 'tab-people-remove');
      await confirm.getByRole('button', { name: 'Ta bort', exact: true }).click();
      await page
        .getByTestId('people-notice')
        .filter({ hasText: 'Lisa Nordström (demo) är borttagen.' })
        .waitFor();
      expect(await tab.server.store.members.get(LISA)).toBeUndefined();
    } finally {
      await page.close();
    }
  }, 60_000);

  it('refuses a Samordning member giving herself HR, with the server’s Swedish reason', async () => {
    const page = await openPeople(tab);
    try {
      const list = page.getByTestId('samordning-list');
      await list.getByRole('button', { name: 'Ändra Omar Haddad (demo)' }).click();
      const form = page.getByTestId('member-form');
      await form.getByRole('checkbox', { name: 'HR' }).check();
      await form.getByRole('button', { name: 'Spara' }).click();
      const problems = page.getByTestId('people-problems');
      await problems.waitFor();
      expect(await problems.textContent()).toContain(
        'Du kan inte ge dig själv en roll som du inte redan har.',
      );
      await expectAccessible(page);
    } finally {
      await page.close();
    }
  }, 45_000);

  it('names a stand-in with date pickers and lists it; dark and high contrast stay accessible', async () => {
    const page = await openPeople(tab);
    try {
      const kultur = page.getByTestId('organisation').filter({ hasText: 'Kulturförvaltningen' });
      await kultur.getByRole('button', { name: 'Utse ersättare' }).click();
      const form = kultur.getByTestId('stand-in-form');
      expect(await form.getByLabel('Vem är borta?').inputValue()).toBe(
        '00000000-0000-0000-0000-0000000000a5',
      );
      await choosePerson(page, 'Ersättare', 'nils', 'Nils Öst (demo)');
      await form.getByLabel('Från och med').fill('2099-07-01');
      await form.getByLabel('Till och med').fill('2099-07-31');
      await form.getByRole('button', { name: 'Spara' }).click();
      await page
        .getByTestId('people-notice')
        .filter({ hasText: 'Nils Öst (demo) är utsedd till ersättare.' })
        .waitFor();
      // The notice shows at once; the list follows when the people are fetched again.
      const line = kultur.getByTestId('stand-ins').filter({
        hasText: 'Nils Öst (demo) ersätter Karin Ahl (demo) 1 juli 2099 – 31 juli 2099',
      });
      await line.waitFor({ timeout: 10_000 });
      expect(
        await line.getByRole('button', { name: 'Avsluta Nils Öst (demo) som ersättare' }).count(),
      ).toBe(1);
      await expectAccessible(page, 'tab-people-stand-in');
    } finally {
      await page.close();
    }
    for (const query of ['&theme=dark&lang=en', '&theme=contrast']) {
      const themed = await openPeople(tab, query);
      try {
        await themed.getByTestId('people-audit').waitFor();
        await expectAccessible(themed);
      } finally {
        await themed.close();
      }
    }
  }, 60_000);
});

describeBrowser('tab (Personer) as a samordnare', () => {
  const tab = useTabBrowser({ SAMORDNA_DEV_USER_ID: DEMO_SAMORDNARE });

  it('shows her own organisation and lets her name her own stand-in', async () => {
    const page = await openPeople(tab);
    try {
      expect(await page.getByTestId('organisation').count()).toBe(1);
      expect(await page.getByTestId('organisation').locator('h3').textContent()).toBe(
        'Grundskoleförvaltningen',
      );
      expect(await page.getByRole('button', { name: 'Lägg till person' }).count()).toBe(0);
      expect(await page.getByTestId('people-audit').count()).toBe(0);
      await page.getByRole('button', { name: 'Utse ersättare' }).click();
      const form = page.getByTestId('stand-in-form');
      expect(await form.getByLabel('Vem är borta?').count()).toBe(0);
      await choosePerson(page, 'Ersättare', 'åsa', 'Åsa Lind-Persson (demo)');
      await form.getByLabel('Från och med').fill('2099-08-01');
      await form.getByLabel('Till och med').fill('2099-08-14');
      await form.getByRole('button', { name: 'Spara' }).click();
      await page.getByTestId('people-notice').waitFor();
      const [standIn] = await tab.server.store.standIns.list({
        organisationId: 'grundskoleforvaltningen',
      });
      expect(standIn).toMatchObject({ absentUserId: DEMO_SAMORDNARE, from: '2099-08-01' });
      await expectAccessible(page, 'tab-people-samordnare');
    } finally {
      await page.close();
    }
  }, 60_000);
});

describeBrowser('tab for someone not registered', () => {
  const tab = useTabBrowser({ SAMORDNA_DEV_USER_ID: '00000000-0000-0000-0000-00000000ffff' });

  it('says whom to ask in Översikt and Personer, accessibly', async () => {
    const overview = await tab.open(
      '/tab/',
      (page) => page.getByTestId('not-registered'),
      VIEWPORT,
    );
    try {
      expect(await overview.getByTestId('not-registered').textContent()).toBe(
        'Du är inte registrerad som samordnare. Be Samordning lägga till dig: Omar Haddad (demo).',
      );
      await expectAccessible(overview, 'tab-not-registered');
    } finally {
      await overview.close();
    }
    const people = await openPeople(tab, '&theme=dark');
    try {
      await people.getByTestId('not-registered').waitFor();
      expect(await people.getByTestId('organisation').count()).toBe(0);
      await expectAccessible(people);
    } finally {
      await people.close();
    }
  }, 45_000);
});
