import type { Page } from 'playwright-core';
import { describeBrowser } from '../helpers/browser';
import {
  expectAccessible,
  focusedElement,
  horizontalOverflow,
  useTabBrowser,
} from '../helpers/tab-page';

/*
 * The tab's configuration page (the manifest's configurationUrl, /tab/config) end to end in
 * headless Chromium: the production build served by the real server, opened in a plain
 * browser (the Teams host is not simulated), for language, themes, keyboard and WCAG 2.1 AA.
 */

describeBrowser('tab configuration page (/tab/config) in Chromium', () => {
  const tab = useTabBrowser();

  function openConfig(query = '', viewport = { width: 1280, height: 800 }): Promise<Page> {
    // The config view is a lazily loaded chunk: wait for it, not just for the shell.
    return tab.open(`/tab/config${query}`, (page) => page.getByRole('radiogroup'), viewport);
  }

  it('shows the Swedish configuration page with the outside-Teams notice', async () => {
    const page = await openConfig();
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('sv');
      expect(await page.title()).toBe('Lägg till Samordna – Samordna');
      expect(await page.locator('h1').allTextContents()).toEqual(['Lägg till Samordna']);
      expect(await page.locator('main').count()).toBe(1);
      expect(await page.locator('main h1').count()).toBe(1);
      const lead = (await page.locator('main p').first().textContent()) ?? '';
      expect(lead).toContain('samordningsgruppens översikt');
      expect(lead).toContain('Fri från våld');
      expect(lead).toContain('möten');

      // A real, labelled choice of start view among every view of the tab, "Översikt" preselected.
      const group = page.getByRole('radiogroup', { name: 'Startvy' });
      expect(await group.count()).toBe(1);
      expect(await group.locator('label').allTextContents()).toEqual([
        'Översikt',
        'Aktiviteter',
        'Möten',
        'Dagordning',
        'Resultat',
        'Stöd',
        'Import och export',
        'Personer',
      ]);
      expect(await group.getByRole('radio').count()).toBe(8);
      const overview = group.getByRole('radio', { name: 'Översikt', exact: true });
      expect(await overview.isChecked()).toBe(true);

      // Outside Teams: the notice and a way to the overview.
      const notice = page.getByTestId('config-browser-notice');
      expect(await notice.textContent()).toContain(
        'Den här sidan används när fliken läggs till i Teams',
      );
      const link = notice.getByRole('link', { name: 'Öppna Översikt' });
      expect(await link.getAttribute('href')).toBe('/tab/');

      // The overview itself is not on this page.
      expect(await page.getByTestId('heatmap').count()).toBe(0);

      await expectAccessible(page, 'tab-config-light');
    } finally {
      await page.close();
    }
  });

  it('works by keyboard: the link, then the checked radio, and the link opens the overview', async () => {
    const page = await openConfig();
    try {
      await page.keyboard.press('Tab');
      expect(await focusedElement(page)).toMatchObject({ tag: 'a', text: 'Öppna Översikt' });
      await page.keyboard.press('Tab');
      expect(await focusedElement(page)).toMatchObject({
        tag: 'input',
        type: 'radio',
        checked: true,
      });
      // Arrow keys move the choice to the next view, never clearing it.
      await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('radio', { name: 'Aktiviteter', exact: true }).isChecked()).toBe(
        true,
      );
      expect(await page.getByRole('radio', { name: 'Översikt', exact: true }).isChecked()).toBe(
        false,
      );

      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await page.getByTestId('heatmap').waitFor();
      expect(new URL(page.url()).pathname).toBe('/tab/');
    } finally {
      await page.close();
    }
  });

  it.each([
    ['contrast', '?theme=contrast'],
    ['dark', '?theme=dark'],
  ])('has no WCAG 2.1 AA violations in the %s theme', async (name, query) => {
    const page = await openConfig(query);
    try {
      expect(await page.getAttribute('html', 'data-theme')).toBe(name);
      // The overview link keeps the theme.
      expect(await page.getByRole('link', { name: 'Öppna Översikt' }).getAttribute('href')).toBe(
        `/tab/${query}`,
      );
      await expectAccessible(page, `tab-config-${name}`);
    } finally {
      await page.close();
    }
  });

  it('speaks English with ?lang=en', async () => {
    const page = await openConfig('?lang=en');
    try {
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.locator('h1').allTextContents()).toEqual(['Add Samordna']);
      const group = page.getByRole('radiogroup', { name: 'Start view' });
      expect(await group.getByRole('radio', { name: 'Overview', exact: true }).isChecked()).toBe(
        true,
      );
      expect(await group.locator('label').allTextContents()).toEqual([
        'Overview',
        'Activities',
        'Meetings',
        'Agenda',
        'Results',
        'Support',
        'Import and export',
        'People',
      ]);
      expect(await page.getByTestId('config-browser-notice').textContent()).toContain(
        'This page is used when the tab is added in Teams',
      );
      expect(await page.getByRole('link', { name: 'Open Overview' }).getAttribute('href')).toBe(
        '/tab/?lang=en',
      );
      await expectAccessible(page, 'tab-config-en');
    } finally {
      await page.close();
    }
  });

  it('fits a meeting side panel (320 px) without WCAG violations', async () => {
    const page = await openConfig('', { width: 320, height: 700 });
    try {
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await expectAccessible(page);
    } finally {
      await page.close();
    }
  });
});
