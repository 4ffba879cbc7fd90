import type { Page } from 'playwright-core';
import type { OutboxStore } from '../../bot/src/domain/ports/outbox.port';
import { describeBrowser } from '../helpers/browser';
import { join } from 'node:path';
import {
  ARTIFACTS,
  expectAccessible,
  horizontalOverflow,
  useTabBrowser,
} from '../helpers/tab-page';
import type { TestServer } from '../helpers/server';

/*
 * Reminders as people read them (issue 18 item 3, decision 0023) in the tab's Möten view, in
 * headless Chromium against the real server: one line per person with the state of her latest
 * reminder (Sara, reached by "påminn nu" after the round opened without her, is "skickad"; the
 * three others are "når inte" once each), the technical fix behind "För IT" for Samordning only,
 * and the view in the 320 px meeting side panel without horizontal scrolling, in the three
 * themes (axe: no WCAG 2.1 AA violations; screenshots in tests/artifacts).
 */

const SARA = '00000000-0000-0000-0000-0000000000a1';
const SAMORDNING = '00000000-0000-0000-0000-0000000000a2';
const OTHERS = ['a4', 'a5', 'a6'].map((n) => `00000000-0000-0000-0000-0000000000${n}`);

/** Books a reminder for the upcoming demo meeting as the dispatcher would have. */
async function book(
  outbox: OutboxStore,
  meetingId: string,
  what: string,
  userId: string,
  at: string,
  status: 'sent' | 'unreachable',
): Promise<void> {
  const key = `${meetingId}:r1:e2e-${what}:${userId}`;
  await outbox.enqueue(
    {
      key,
      groupKey: meetingId,
      kind: what === 'open' ? 'round-open' : 'remind-now',
      recipient: { kind: 'user', userId },
      message: { text: 'Dags att rapportera' },
      dueAt: at,
    },
    at,
  );
  const claimed = await outbox.claimDue('e2e', at, 60_000, 1_000);
  for (const job of claimed) {
    if (job.key !== key) await outbox.release?.(job.key, 'e2e');
  }
  if (status === 'sent') await outbox.markSent(key, 'e2e', at);
  else await outbox.markFinal(key, 'e2e', 'unreachable', 'no conversation', at);
}

/** The round opened before anyone had the app; then Sara added it and "påminn nu" reached her. */
async function seedReminders(server: TestServer): Promise<string> {
  const outbox = server.rhythm.delivery?.outbox;
  if (outbox === undefined) throw new Error('the test server has no outbox');
  const now = new Date();
  const upcoming = (await server.rhythm.meetings.listMeetings()).find(
    (m) => m.status === 'planned' && Date.parse(m.startsAt) > now.getTime(),
  );
  if (upcoming === undefined) throw new Error('no upcoming demo meeting');
  const opened = new Date(now.getTime() - 2 * 86_400_000).toISOString();
  const reminded = new Date(now.getTime() - 60_000).toISOString();
  for (const userId of [SARA, ...OTHERS]) {
    await book(outbox, upcoming.id, 'open', userId, opened, 'unreachable');
  }
  await book(outbox, upcoming.id, 'now-e2e', SARA, reminded, 'sent');
  for (const userId of OTHERS) {
    await book(outbox, upcoming.id, 'now-e2e', userId, reminded, 'unreachable');
  }
  return upcoming.id;
}

const openMeetings = async (
  open: (
    path: string,
    ready: (page: Page) => ReturnType<Page['locator']>,
    viewport: { width: number; height: number },
  ) => Promise<Page>,
  query: string,
  meetingId: string,
): Promise<Page> =>
  open(
    `/tab/?view=moten${query}`,
    (page) => page.locator(`[data-meeting-id="${meetingId}"] [data-testid="reminder-counts"]`),
    { width: 320, height: 900 },
  );

describeBrowser('tab (Möten, reminders) in Chromium as Samordning', () => {
  const tab = useTabBrowser({ SAMORDNA_DEV_USER_ID: SAMORDNING });
  let meetingId = '';
  beforeAll(async () => {
    meetingId = await seedReminders(tab.server);
  });

  it('lists each person once with her current state and fits the 320 px side panel, in three themes', async () => {
    for (const theme of ['default', 'dark', 'contrast'] as const) {
      const query = `&layout=side-panel${theme === 'default' ? '' : `&theme=${theme}`}`;
      const page = await openMeetings((...a) => tab.open(...a), query, meetingId);
      try {
        const meeting = page.locator(`[data-meeting-id="${meetingId}"]`);
        const lines = meeting.getByTestId('reminder-recipient');
        const texts = await lines.allTextContents();
        const names = texts.map((t) => t.slice(0, t.indexOf(':')));
        expect(new Set(names).size).toBe(names.length); // nobody twice
        for (const name of [
          'Sara Lind (demo)',
          'Jonas Ek (demo)',
          'Karin Ahl (demo)',
          'Ali Demir (demo)',
        ]) {
          expect(names).toContain(name);
        }
        const sara = texts.find((t) => t.startsWith('Sara Lind (demo)')) ?? '';
        expect(sara).toContain('skickad');
        expect(sara).not.toContain('når inte');
        const jonas = texts.find((t) => t.startsWith('Jonas Ek (demo)')) ?? '';
        expect(jonas).toContain('når inte');
        expect(jonas).toContain('har inte lagt till Samordna i Teams');
        // The plain lines carry no Graph permission; that is behind "För IT".
        for (const text of texts) expect(text).not.toContain('TeamsAppInstallation');
        const forIt = meeting.getByTestId('for-it');
        expect(await forIt.count()).toBe(1);
        expect(await forIt.locator('summary').textContent()).toBe('För IT');
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await expectAccessible(page, `tab-reminders-side-panel-${theme}`);
        // Opened, the technical fix with the object ids still fits the panel.
        await forIt.locator('summary').click();
        await forIt.getByText('TeamsAppInstallation.ReadWriteSelfForUser.All').waitFor();
        expect(await forIt.textContent()).toContain(OTHERS[0]);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await expectAccessible(page, `tab-reminders-side-panel-${theme}-for-it`);
        // The meeting alone, to look at (the full page holds the whole year).
        await meeting.screenshot({ path: join(ARTIFACTS, `tab-reminders-meeting-${theme}.png`) });
      } finally {
        await page.close();
      }
    }
  }, 120_000);
});

describeBrowser('tab (Möten, reminders) in Chromium as a samordnare', () => {
  const tab = useTabBrowser({ SAMORDNA_DEV_USER_ID: SARA });
  let meetingId = '';
  beforeAll(async () => {
    meetingId = await seedReminders(tab.server);
  });

  it('shows counts per state only, never names or the "För IT" fix', async () => {
    const page = await openMeetings((...a) => tab.open(...a), '&layout=side-panel', meetingId);
    try {
      const meeting = page.locator(`[data-meeting-id="${meetingId}"]`);
      const counts = await meeting.getByTestId('reminder-counts').textContent();
      expect(counts).toMatch(/1 skickad/);
      expect(counts).toMatch(/3 når inte/);
      expect(await meeting.getByTestId('reminder-recipient').count()).toBe(0);
      expect(await page.getByText('För IT').count()).toBe(0);
      const html = await page.content();
      expect(html).not.toContain('TeamsAppInstallation');
      expect(html).not.toContain('Jonas Ek');
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'tab-reminders-side-panel-samordnare');
    } finally {
      await page.close();
    }
  }, 60_000);
});
