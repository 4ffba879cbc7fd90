import { readFileSync } from 'node:fs';
import { describeBrowser } from '../helpers/browser';
import { dumpDatabase } from '../helpers/db-dump';
import { swedishCsv } from '../helpers/import-store';
import { expectAccessible, useTabBrowser } from '../helpers/tab-page';

/*
 * "Import och export" end to end in headless Chromium against the real server, as the demo
 * Samordning user: upload → preview (nothing stored) → confirm (stored), a bad file's row
 * errors, a download, and WCAG 2.1 AA (axe) at each step.
 */

const SAMORDNING_USER = '00000000-0000-0000-0000-0000000000a2';

const GOOD = swedishCsv([
  ['Förvaltning', 'Inriktningsmål', 'Rubrik', 'Aktivitet', 'Status', 'Rapporterat'],
  [
    'Kulturförvaltningen',
    '1',
    'Verksamhetsspecifik',
    'Läsfrämjande om normer',
    'Pågår',
    'Tre bibliotek deltar.',
  ],
]);
const BAD = swedishCsv([
  ['Förvaltning', 'Inriktningsmål', 'Rubrik', 'Aktivitet'],
  ['Kulturförvaltningarna', '1', 'Verksamhetsspecifik', 'Läsfrämjande om normer'],
]);

describeBrowser('tab (Import och export) as Samordning in Chromium', () => {
  const tab = useTabBrowser({ SAMORDNA_DEV_USER_ID: SAMORDNING_USER });

  it('previews, then imports; shows row errors for a bad file; downloads the export', async () => {
    const page = await tab.open(
      '/tab/?view=data',
      (p) => p.getByRole('heading', { name: 'Importera' }),
      { width: 1280, height: 900 },
    );
    try {
      expect(await page.title()).toBe('Import och export – Samordna');
      await expectAccessible(page, 'tab-data');

      await page
        .getByTestId('import-file')
        .setInputFiles({ name: 'dålig.csv', mimeType: 'text/csv', buffer: BAD });
      await page.getByRole('button', { name: 'Förhandsgranska' }).click();
      await page.getByTestId('import-notice').waitFor();
      expect(await page.getByTestId('import-notice').locator('li').allTextContents()).toEqual([
        'Rad 2: Förvaltningen "Kulturförvaltningarna" finns inte. Menade du Kulturförvaltningen?',
      ]);
      await expectAccessible(page, 'tab-data-errors');

      const before = dumpDatabase(tab.server.store.database);
      await page
        .getByTestId('import-file')
        .setInputFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer: GOOD });
      await page.getByRole('button', { name: 'Förhandsgranska' }).click();
      const preview = page.getByTestId('import-preview');
      await preview.waitFor();
      expect(await preview.locator('tbody tr td').allTextContents()).toEqual([
        '2',
        'Kulturförvaltningen',
        '1',
        'Läsfrämjande om normer',
        'Ny',
        'Ny',
      ]);
      expect(dumpDatabase(tab.server.store.database)).toBe(before);
      await expectAccessible(page, 'tab-data-preview');

      await preview.getByRole('button', { name: 'Importera' }).click();
      await page
        .getByText('Importen är klar. Nya aktiviteter: 1. Ändrade: 0. Nya rapporter: 1.')
        .waitFor();
      const created = (
        await tab.server.store.activities.list({ organisationId: 'kulturforvaltningen' })
      ).find((a) => a.title === 'Läsfrämjande om normer');
      expect(created).toBeDefined();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Ladda ner CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^samordna-aktiviteter-.*\.csv$/);
      const text = readFileSync((await download.path()) ?? '', 'utf8');
      expect(text).toContain('Läsfrämjande om normer');
    } finally {
      await page.close();
    }
  });
});
