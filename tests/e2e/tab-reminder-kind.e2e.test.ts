import { join } from 'node:path';
import { describeBrowser } from '../helpers/browser';
import { registerAgendaReady } from '../helpers/agenda-ready-kind';
import { ARTIFACTS, expectAccessible, useTabBrowser } from '../helpers/tab-page';

/*
 * Acceptance for issue #16 item 3 in the Möten view (decision 0029): a reminder kind the tab has
 * never heard of ("agendan klar", registered with its strings by the test) is named in a
 * meeting's schedule and in the list of who was reminded, in headless Chromium against the real
 * server. The tab has no list of kinds of its own: the names come from GET /api/v1/meetings.
 */

const SARA = '00000000-0000-0000-0000-0000000000a1';
const SAMORDNING = '00000000-0000-0000-0000-0000000000a2';

describeBrowser('tab (Möten) names a registered reminder kind', () => {
  let undo = (): void => undefined;
  beforeAll(() => {
    undo = registerAgendaReady();
  });
  afterAll(() => undo());
  const tab = useTabBrowser({ SAMORDNA_DEV_USER_ID: SAMORDNING });

  it("shows the kind's step in the schedule and its label on the reminded person's line", async () => {
    const outbox = tab.server.rhythm.delivery?.outbox;
    if (outbox === undefined) throw new Error('the test server has no outbox');
    const now = new Date();
    const upcoming = (await tab.server.rhythm.meetings.listMeetings()).find(
      (m) => m.status === 'planned' && Date.parse(m.startsAt) > now.getTime(),
    );
    if (upcoming === undefined) throw new Error('no upcoming demo meeting');
    const at = new Date(now.getTime() - 60_000).toISOString();
    const key = `${upcoming.id}:r${upcoming.revision}:agenda-ready:${SARA}`;
    await outbox.enqueue(
      {
        key,
        groupKey: upcoming.id,
        kind: 'agenda-ready',
        recipient: { kind: 'user', userId: SARA },
        message: { text: 'Dagordningen är klar' },
        dueAt: at,
      },
      at,
    );
    const claimed = await outbox.claimDue('e2e', at, 60_000, 1_000);
    for (const job of claimed) if (job.key !== key) await outbox.release?.(job.key, 'e2e');
    await outbox.markSent(key, 'e2e', at);

    const page = await tab.open(
      '/tab/?view=moten',
      (p) => p.locator(`[data-meeting-id="${upcoming.id}"] [data-testid="reminder-counts"]`),
      { width: 1280, height: 900 },
    );
    try {
      const meeting = page.locator(`[data-meeting-id="${upcoming.id}"]`);
      const schedule = await meeting
        .getByRole('list', { name: 'Rapporteringsomgångens schema' })
        .locator('li')
        .allTextContents();
      expect(schedule.map((line) => line.slice(0, line.indexOf(':')))).toEqual([
        'Omgången öppnar',
        'Påminnelse',
        'Agendan klar',
        'Läget i kanalen',
        'Omgången stänger',
      ]);
      const sara = (await meeting.getByTestId('reminder-recipient').allTextContents()).find((t) =>
        t.startsWith('Sara Lind (demo)'),
      );
      expect(sara).toContain('skickad');
      expect(sara).toContain('agendan klar');
      await expectAccessible(page);
      await meeting.screenshot({ path: join(ARTIFACTS, 'tab-reminder-kind-agenda-ready.png') });
    } finally {
      await page.close();
    }
  }, 90_000);
});
