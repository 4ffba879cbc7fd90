import type { Page } from 'playwright-core';
import { describeBrowser } from '../helpers/browser';
import {
  expectAccessible,
  focusedElement,
  horizontalOverflow,
  useTabBrowser,
  type TabBrowser,
} from '../helpers/tab-page';

/*
 * The tab's "Stöd" view end to end in headless Chromium against the real server: readers
 * (the default dev user, samordnare, not HR) and HR's editor (the demo HR user). Checks the
 * audience filter, keyboard use, WCAG 2.1 AA (axe) in every theme and language, and that the
 * view leaves nothing behind in the browser.
 */

const HR_USER = '00000000-0000-0000-0000-0000000000a3';

/** The part of the page's global scope these tests touch (the root tsconfig has no DOM lib). */
interface PageWindow {
  location: { search: string };
  localStorage: { length: number };
  sessionStorage: { length: number };
  document: { cookie: string };
  indexedDB: { databases(): Promise<unknown[]> };
  fetch(path: string): Promise<{ status: number; json(): Promise<unknown> }>;
}

/** What the server itself lists for `audience` (titles, in order). */
async function serverTitles(page: Page, audience?: string): Promise<string[]> {
  return page.evaluate(
    async (query) => {
      const response = await (globalThis as unknown as PageWindow).fetch(`/api/v1/support${query}`);
      const body = (await response.json()) as { entries: Array<{ title: string }> };
      return body.entries.map((entry) => entry.title);
    },
    audience === undefined ? '' : `?audience=${audience}`,
  );
}

async function entryTitles(page: Page): Promise<string[]> {
  return (await page.getByTestId('support-entry').locator('h2').allTextContents()).map((text) =>
    text.replace(/^Akut: ?|^Emergency: ?/, '').replace(/^(Akut|Emergency)/, ''),
  );
}

/** The Stöd view at `/tab/?view=stod…`, once its list is there. */
function openSupport(tab: TabBrowser, query = '', viewport = { width: 1280, height: 900 }) {
  return tab.open(`/tab/?view=stod${query}`, (page) => page.getByTestId('support-list'), viewport);
}

/** Waits until the editor's notice says `text`. */
async function editorNotice(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      (
        globalThis as unknown as {
          document: { querySelector(s: string): { textContent: string | null } | null };
        }
      ).document
        .querySelector('[data-testid="support-editor-notice"]')
        ?.textContent?.includes(expected) ?? false,
    text,
  );
}

describeBrowser('tab (Stöd) for readers in Chromium', () => {
  const tab = useTabBrowser();

  it('opens Stöd from a deep link: heading, emergency help first, no editor', async () => {
    const page = await openSupport(tab);
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('sv');
      expect(await page.title()).toBe('Stöd – Samordna');
      expect(await page.locator('h1').allTextContents()).toEqual(['Stöd vid våld i nära relation']);
      const nav = page.getByRole('navigation', { name: 'Vyer' });
      expect(await nav.getByRole('link').allTextContents()).toEqual([
        'Översikt',
        'Aktiviteter',
        'Möten',
        'Dagordning',
        'Resultat',
        'Stöd',
        'Import och export',
        'Personer',
      ]);
      expect(await nav.getByRole('link', { name: 'Stöd' }).getAttribute('aria-current')).toBe(
        'page',
      );
      expect(
        await nav.getByRole('link', { name: 'Översikt' }).getAttribute('aria-current'),
      ).toBeNull();

      const question = page.getByRole('radiogroup', { name: 'Vem gäller det?' });
      expect(await question.getByRole('radio').count()).toBe(4);
      expect(await question.getByRole('radio', { name: 'Visa allt' }).isChecked()).toBe(true);

      // Every published entry, in the server's order, 112 first and marked "Akut" in text.
      const all = await serverTitles(page);
      expect(all.length).toBeGreaterThan(3);
      expect(await entryTitles(page)).toEqual(all);
      const first = page.getByTestId('support-entry').first();
      expect(await first.getAttribute('data-category')).toBe('akut-hjalp');
      expect(await first.locator('h2').textContent()).toContain('112');
      expect(await first.getByTestId('support-emergency').textContent()).toBe('Akut');
      expect(await first.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('support-count').textContent()).toBe(
        `Visar ${all.length} poster`,
      );

      // Only safe links: tel:, mailto: and https:.
      const hrefs = await page
        .locator('main a')
        .evaluateAll((links) =>
          links.map((link) =>
            (link as unknown as { getAttribute(n: string): string }).getAttribute('href'),
          ),
        );
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(/^(tel:|mailto:|https:\/\/)/);

      // No editor for someone without the HR role (and the server refuses anyway).
      expect(await page.getByTestId('support-editor-toggle').count()).toBe(0);
      expect(await page.getByTestId('support-editor').count()).toBe(0);
      expect(await page.getByText('Redigera stödinformation').count()).toBe(0);
      const editorStatus = await page.evaluate(async () => {
        const response = await (globalThis as unknown as PageWindow).fetch(
          '/api/v1/support/editor',
        );
        return response.status;
      });
      expect(editorStatus).toBe(403);

      await expectAccessible(page, 'tab-support-light');
    } finally {
      await page.close();
    }
  });

  it('filters by "Som chef" and by category, like the server does', async () => {
    const page = await openSupport(tab);
    try {
      await page.getByRole('radio', { name: 'Som chef' }).check();
      const forManagers = await serverTitles(page, 'chef');
      expect(forManagers.length).toBeGreaterThan(0);
      expect(await entryTitles(page)).toEqual(forManagers);
      // Every audience shows what the server lists for it; at least one is a real subset.
      const all = await serverTitles(page);
      expect(forManagers.length).toBeLessThanOrEqual(all.length);
      await page.getByRole('radio', { name: 'En kollega' }).check();
      const forColleagues = await serverTitles(page, 'kollega');
      expect(await entryTitles(page)).toEqual(forColleagues);
      expect(forColleagues.length).toBeLessThan(all.length);
      await page.getByRole('radio', { name: 'Mig själv' }).check();
      expect(await entryTitles(page)).toEqual(await serverTitles(page, 'medarbetare'));
      await page.getByRole('radio', { name: 'Som chef' }).check();
      expect(await entryTitles(page)).toEqual(forManagers);
      // The choice is not put in the address.
      expect(new URL(page.url()).search).toBe('?view=stod');

      await page.getByRole('combobox', { name: 'Kategori' }).selectOption('akut-hjalp');
      const titles = await entryTitles(page);
      expect(titles.length).toBeGreaterThan(0);
      for (const category of await page
        .getByTestId('support-entry')
        .evaluateAll((cards) =>
          cards.map((c) =>
            (c as unknown as { getAttribute(n: string): string }).getAttribute('data-category'),
          ),
        )) {
        expect(category).toBe('akut-hjalp');
      }
      await page.getByRole('combobox', { name: 'Kategori' }).selectOption('');
      await page.getByRole('radio', { name: 'Visa allt' }).check();
      expect(await entryTitles(page)).toEqual(await serverTitles(page));
    } finally {
      await page.close();
    }
  });

  it('works by keyboard: the navigation and the audience choice', async () => {
    const page = await tab.open('/tab/', (p) => p.getByTestId('heatmap'), {
      width: 1280,
      height: 900,
    });
    try {
      // Tab to "Stöd" in the navigation and follow it with Enter.
      let found = false;
      for (let i = 0; i < 10 && !found; i += 1) {
        await page.keyboard.press('Tab');
        found = (await focusedElement(page))?.view === 'stod';
      }
      expect(found).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByTestId('support-list').waitFor();
      expect(new URL(page.url()).searchParams.get('view')).toBe('stod');
      expect(await page.locator('h1').textContent()).toBe('Stöd vid våld i nära relation');
      expect(await page.title()).toBe('Stöd – Samordna');

      // Onwards into the audience choice: arrow keys change it.
      found = false;
      for (let i = 0; i < 10 && !found; i += 1) {
        await page.keyboard.press('Tab');
        found = (await focusedElement(page))?.type === 'radio';
      }
      expect(found).toBe(true);
      await page.keyboard.press('ArrowLeft');
      expect(await page.getByRole('radio', { name: 'Som chef' }).isChecked()).toBe(true);
      expect(await entryTitles(page)).toEqual(await serverTitles(page, 'chef'));
      await page.keyboard.press('ArrowLeft');
      expect(await page.getByRole('radio', { name: 'En kollega' }).isChecked()).toBe(true);
      expect(await entryTitles(page)).toEqual(await serverTitles(page, 'kollega'));

      // Back goes to the overview; the view follows the address.
      await page.goBack();
      await page.getByTestId('heatmap').waitFor();
      expect(new URL(page.url()).searchParams.get('view')).toBeNull();
      expect(await page.getByRole('link', { name: 'Översikt' }).getAttribute('aria-current')).toBe(
        'page',
      );
      await page.goForward();
      await page.getByTestId('support-list').waitFor();

      // Nothing left behind in the browser.
      const stored = await page.evaluate(async () => {
        const scope = globalThis as unknown as PageWindow;
        return {
          local: scope.localStorage.length,
          session: scope.sessionStorage.length,
          cookie: scope.document.cookie,
          databases: (await scope.indexedDB.databases()).length,
        };
      });
      expect(stored).toEqual({ local: 0, session: 0, cookie: '', databases: 0 });
      expect(await page.context().cookies()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each([
    ['dark', '&theme=dark'],
    ['contrast', '&theme=contrast'],
  ])('has no WCAG 2.1 AA violations in the %s theme', async (name, query) => {
    const page = await openSupport(tab, query);
    try {
      expect(await page.getAttribute('html', 'data-theme')).toBe(name);
      await expectAccessible(page, `tab-support-${name}`);
    } finally {
      await page.close();
    }
  });

  it('speaks English with ?lang=en, keeps the Swedish data marked, and keeps lang in the links', async () => {
    const page = await openSupport(tab, '&lang=en');
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.locator('h1').textContent()).toBe(
        'Support for violence in close relationships',
      );
      expect(
        await page.getByRole('radiogroup', { name: 'Who is it about?' }).getByRole('radio').count(),
      ).toBe(4);
      expect(
        await page
          .getByTestId('support-entry')
          .first()
          .getByTestId('support-emergency')
          .textContent(),
      ).toBe('Emergency');
      expect(
        await page.getByTestId('support-entry').first().locator('h2 [lang="sv"]').count(),
      ).toBe(1);
      const overview = page.getByRole('link', { name: 'Overview' });
      expect(await overview.getAttribute('href')).toBe('/tab/?view=oversikt&lang=en');
      await expectAccessible(page, 'tab-support-en');
    } finally {
      await page.close();
    }
  });

  it('fits a meeting side panel (320 px) without WCAG violations', async () => {
    const page = await openSupport(tab, '', { width: 320, height: 800 });
    try {
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'tab-support-side-panel');
    } finally {
      await page.close();
    }
  });
});

describeBrowser('tab (Stöd) for HR in Chromium', () => {
  const tab = useTabBrowser({ SAMORDNA_DEV_USER_ID: HR_USER });

  it('creates an entry: a bad e-mail is refused in Swedish, fixed, saved as a draft, published', async () => {
    const page = await openSupport(tab);
    const title = 'Stödlinjen för chefer (e2e)';
    try {
      expect(await entryTitles(page)).not.toContain(title);

      const toggle = page.getByRole('button', { name: 'Redigera stödinformation' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      await page.getByTestId('support-editor-list').waitFor();
      expect(
        await page.getByRole('heading', { level: 2, name: 'Redigera stödinformation' }).count(),
      ).toBe(1);
      const statuses = await page.getByTestId('support-status').allTextContents();
      expect(statuses.length).toBeGreaterThan(0);
      for (const status of statuses)
        expect(['Utkast', 'Publicerad', 'Arkiverad']).toContain(status);
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Ny post' }).click();
      const form = page.getByTestId('support-form');
      await form.waitFor();
      await form.getByRole('textbox', { name: 'Rubrik' }).fill(title);
      await form
        .getByRole('textbox', { name: 'Text' })
        .fill(
          'Ring **Stödlinjen** om du är orolig för en medarbetare.\n\n- Dygnet runt\n- Anonymt',
        );
      await form.getByRole('checkbox', { name: 'Chef' }).check();
      await form.getByRole('combobox', { name: 'Kategori' }).selectOption('stod-for-chefer-och-hr');
      const contact = form.getByTestId('support-contact').first();
      await contact.getByRole('textbox', { name: 'Namn' }).fill('Stödlinjen');
      await contact.getByRole('textbox', { name: 'Telefon' }).fill('040-34 10 00');
      await contact.getByRole('textbox', { name: 'E-post' }).fill('stodlinjen.malmo.se');
      await form.getByRole('button', { name: 'Spara' }).click();

      const summary = page.getByTestId('support-form-problems');
      await summary.waitFor();
      expect(await summary.getAttribute('role')).toBe('alert');
      expect(await summary.textContent()).toContain(
        'E-postadressen ser inte ut som en e-postadress',
      );
      // Next to the field too, and the typed values are kept.
      const email = contact.getByRole('textbox', { name: 'E-post' });
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      expect(await contact.textContent()).toContain(
        'E-postadressen ser inte ut som en e-postadress',
      );
      expect(await email.inputValue()).toBe('stodlinjen.malmo.se');
      expect(await form.getByRole('textbox', { name: 'Rubrik' }).inputValue()).toBe(title);
      expect(await form.getByRole('checkbox', { name: 'Chef' }).isChecked()).toBe(true);

      // The preview renders the entry as readers will see it, client-side.
      await form.getByRole('button', { name: 'Förhandsgranska' }).click();
      const preview = page.getByTestId('support-preview');
      await preview.waitFor();
      expect(await preview.getByTestId('support-entry').locator('h5').textContent()).toBe(title);
      expect(await preview.locator('strong').textContent()).toBe('Stödlinjen');
      expect(await preview.locator('li').allTextContents()).toEqual(['Dygnet runt', 'Anonymt']);
      expect(await preview.locator('a[href="tel:040341000"]').textContent()).toBe('040-34 10 00');

      await expectAccessible(page, 'tab-support-editor-problems');

      await email.fill('stodlinjen@malmo.se');
      await form.getByRole('button', { name: 'Spara' }).click();
      const notice = page.getByTestId('support-editor-notice');
      await editorNotice(page, 'sparad');
      expect(await notice.textContent()).toBe(`${title}: Posten är sparad (utkast).`);
      expect(await page.getByTestId('support-form').count()).toBe(0);

      const item = page.getByTestId('support-editor-entry').filter({ hasText: title });
      await item.waitFor();
      expect(await item.getByTestId('support-status').textContent()).toBe('Utkast');
      // Drafts are not shown to readers.
      expect(await entryTitles(page)).not.toContain(title);

      await item.getByRole('button', { name: `Publicera ${title}` }).click();
      await editorNotice(page, 'publicerad');
      await page.waitForFunction(
        (t) =>
          Array.from(
            (
              globalThis as unknown as {
                document: {
                  querySelectorAll(s: string): ArrayLike<{ textContent: string | null }>;
                };
              }
            ).document.querySelectorAll('[data-testid="support-list"] h2'),
          ).some((h) => h.textContent === t),
        title,
      );
      expect(await item.getByTestId('support-status').textContent()).toBe('Publicerad');

      // It appears in the reader list, for managers.
      await page.getByRole('radio', { name: 'Som chef' }).check();
      expect(await entryTitles(page)).toContain(title);
      await page.getByRole('radio', { name: 'Mig själv' }).check();
      expect(await entryTitles(page)).not.toContain(title);

      await item.getByRole('button', { name: `Historik ${title}` }).click();
      const history = item.getByTestId('support-history');
      await history.waitFor();
      expect(await history.locator('li').count()).toBe(2);
      expect(await history.textContent()).toContain('Eva Berg (demo)');

      await expectAccessible(page, 'tab-support-editor');
    } finally {
      await page.close();
    }
  });

  it('says "Någon annan har ändrat posten" on a conflicting save and loads the latest version', async () => {
    const page = await openSupport(tab);
    try {
      await page.getByRole('button', { name: 'Redigera stödinformation' }).click();
      const item = page.getByTestId('support-editor-entry').nth(1);
      await item.waitFor();
      const title = (await item.locator('h3').textContent()) ?? '';
      await item.getByRole('button', { name: `Redigera ${title}` }).click();
      const form = page.getByTestId('support-form');
      await form.waitFor();

      // Someone else marks it reviewed in the meantime (a new version).
      const changed = await page.evaluate(async (entryTitle) => {
        const f = (globalThis as unknown as { fetch: typeof fetch }).fetch;
        const list = (await (await f('/api/v1/support/editor')).json()) as {
          entries: Array<{ entry: { id: string; title: string; version: number } }>;
        };
        const found = list.entries.find((e) => e.entry.title === entryTitle);
        if (!found) return 0;
        const response = await f(`/api/v1/support/${found.entry.id}/status`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ version: found.entry.version, action: 'review' }),
        });
        return response.status;
      }, title);
      expect(changed).toBe(200);

      await form.getByRole('textbox', { name: 'Rubrik' }).fill(`${title} (ändrad)`);
      await form.getByRole('button', { name: 'Spara' }).click();
      const conflict = page.getByTestId('support-conflict');
      await conflict.waitFor();
      expect(await conflict.textContent()).toContain('Någon annan har ändrat posten');
      // The typed title is still there until the editor chooses to reload.
      expect(await form.getByRole('textbox', { name: 'Rubrik' }).inputValue()).toBe(
        `${title} (ändrad)`,
      );
      await expectAccessible(page);
      await conflict.getByRole('button', { name: 'Hämta senaste versionen' }).click();
      await page.getByTestId('support-conflict').waitFor({ state: 'detached' });
      expect(
        await page
          .getByTestId('support-form')
          .getByRole('textbox', { name: 'Rubrik' })
          .inputValue(),
      ).toBe(title);
    } finally {
      await page.close();
    }
  });
});
