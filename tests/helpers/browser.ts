import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; overridable for other machines. */
export const CHROMIUM_PATH = process.env['SAMORDNA_CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** True only when the person running the tests explicitly opted out of browser tests. */
export const skipBrowser = process.env['SAMORDNA_SKIP_BROWSER'] === '1';

/**
 * Launches headless Debian Chromium with the flags this network needs.
 * Fails with an install hint when Chromium is absent (never silently skips).
 */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium saknas på ${CHROMIUM_PATH}. Installera det med: apt-get install -y chromium ` +
        `(or set SAMORDNA_SKIP_BROWSER=1 to skip the browser tests explicitly).`,
    );
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    browser,
    close: async () => {
      // Playwright gives every launch a fresh temporary profile and removes it on close.
      await browser.close();
    },
  };
}

/**
 * `describe` for browser tests: skipped only when SAMORDNA_SKIP_BROWSER=1 is set explicitly.
 * Outside jest (`npm run bench` launches Chromium too) there is no `describe`.
 */
export const describeBrowser = (
  typeof describe === 'undefined' ? undefined : skipBrowser ? describe.skip : describe
) as jest.Describe;
