import { randomUUID } from 'node:crypto';
import { cardAction, message, postActivity, postInvoke } from '../helpers/activities';
import { describeBrowser, launchChromium } from '../helpers/browser';
import { dumpDatabase } from '../helpers/db-dump';
import { runtimeDatabaseOf, startTestServer, type TestServer } from '../helpers/server';

jest.setTimeout(90_000);

/**
 * The privacy test, end to end: one person asks "stöd" in the bot and opens the
 * tab's Stöd view (as the same user: the tab's dev identity is their id). Afterwards no
 * table of either database and no log line holds their id, name or what they typed.
 */
describeBrowser('support information leaves no trace of who looked', () => {
  const userId = randomUUID();
  const name = `Anställd ${randomUUID()}`;
  const text = `stöd`;
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ SAMORDNA_DEV_USER_ID: userId });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('stores and logs nothing about the reader, in the bot or the tab', async () => {
    const storeBefore = dumpDatabase(server.store.database);
    const runtimeBefore = dumpDatabase(runtimeDatabaseOf(server));
    const logsBefore = server.logs.length;
    const from = { id: `29:${userId}`, aadObjectId: userId, name };

    const replies = await postActivity(server.url, { ...message(text, { userId }), from });
    expect(JSON.stringify(replies)).toContain('support.show');
    for (const audience of ['medarbetare', 'kollega', 'chef']) {
      const body = await postInvoke(server.url, {
        ...cardAction('support.show', { audience }, { userId }),
        from,
      });
      expect(body.statusCode).toBe(200);
    }

    const chromium = await launchChromium();
    try {
      const page = await chromium.browser.newPage();
      await page.goto(`${server.url}/tab/?view=stod`);
      await page.getByRole('radio', { name: 'Som chef' }).check();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      const storage = await page.evaluate(() => {
        const w = globalThis as unknown as {
          localStorage: { length: number };
          sessionStorage: { length: number };
          document: { cookie: string };
        };
        return {
          local: w.localStorage.length,
          session: w.sessionStorage.length,
          cookie: w.document.cookie,
        };
      });
      expect(storage).toEqual({ local: 0, session: 0, cookie: '' });
    } finally {
      await chromium.close();
    }

    const storeAfter = dumpDatabase(server.store.database);
    const runtimeAfter = dumpDatabase(runtimeDatabaseOf(server));
    const logs = JSON.stringify(server.logs.slice(logsBefore));
    for (const needle of [userId, name]) {
      expect([
        needle,
        storeAfter.includes(needle),
        runtimeAfter.includes(needle),
        logs.includes(needle),
      ]).toEqual([needle, false, false, false]);
    }
    // The message text: no log line carries it (the word itself also names catalog entries in the store).
    expect(
      server.logs.slice(logsBefore).some((line) => JSON.stringify(line).includes(`"${text}"`)),
    ).toBe(false);
    expect(storeAfter).toBe(storeBefore);
    expect(runtimeAfter).toBe(runtimeBefore);
  });
});
