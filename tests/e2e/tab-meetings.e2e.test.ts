import type { Page } from 'playwright-core';
import { addDays, localDateOf, localToUtc } from '../../bot/src/domain/meetings/local-time';
import type { GroupCalendar } from '../../bot/src/domain/ports/group-calendar.port';
import { GraphGroupCalendar } from '../../bot/src/store/calendar/graph-group-calendar';
import { GraphFake, WRITER } from '../fakes/graph-fake';
import type { FakeCalendarEvent } from '../fakes/graph-fake-calendar';
import { fakeHttp } from '../helpers/sharepoint';
import { swedishWorkingDays } from '../../bot/src/domain/meetings/working-days';
import { BOT_ID, postActivity, teamsActivity } from '../helpers/activities';
import { describeBrowser } from '../helpers/browser';
import { expectAccessible, horizontalOverflow, useTabBrowser } from '../helpers/tab-page';

/*
 * The tab's "Möten" view end to end in headless Chromium against the real server, as the
 * demo member of Samordning: the year's demo meetings, the nudge list, planning a meeting
 * (bad input shows the server's Swedish reasons and stores nothing), WCAG 2.1 AA (axe).
 */

const SAMORDNING = '00000000-0000-0000-0000-0000000000a2';

function openMeetings(tab: ReturnType<typeof useTabBrowser>, query = ''): Promise<Page> {
  return tab.open(`/tab/?view=moten${query}`, (page) => page.getByTestId('nudge-list'), {
    width: 1280,
    height: 900,
  });
}

/** A working day about five weeks ahead (no weekend, no Swedish holiday). */
function workingDayAhead(): string {
  const calendar = swedishWorkingDays();
  return calendar.onOrBefore(addDays(localDateOf(new Date(), 'Europe/Stockholm'), 35));
}

describeBrowser('tab (Möten) in Chromium', () => {
  const tab = useTabBrowser({ SAMORDNA_DEV_USER_ID: SAMORDNING });

  it('shows the year, the nudge list and the demo meetings, accessibly', async () => {
    const page = await openMeetings(tab);
    try {
      expect(await page.title()).toBe('Möten – Samordna');
      const nav = page.getByRole('navigation', { name: 'Vyer' });
      expect(await nav.getByRole('link', { name: 'Möten' }).getAttribute('aria-current')).toBe(
        'page',
      );
      expect(await page.locator('h1').textContent()).toMatch(/^Möten \d{4}$/);
      expect(await page.getByTestId('nudge-list').textContent()).toContain('Inte rapporterat än');
      expect(await page.getByTestId('meeting').count()).toBeGreaterThan(0);
      expect(await horizontalOverflow(page)).toBe(0);
      await expectAccessible(page, 'tab-meetings');
      await expectAccessible(await openMeetings(tab, '&theme=dark&lang=en'));
    } finally {
      await page.close();
    }
  });

  it('lets Samordning choose the channel for summaries and announcements, accessibly', async () => {
    const page = await openMeetings(tab);
    try {
      const section = page.getByTestId('team-channel');
      await section.getByTestId('team-channel-waiting').waitFor();
      expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe(
        'Kanal för sammanfattningar och meddelanden',
      );
      expect(await section.textContent()).toContain('Ingen kanal är vald.');
      expect(await section.textContent()).toContain('Samordna är inte tillagd i någon teamkanal');
      await expectAccessible(page);
    } finally {
      await page.close();
    }
    // Samordna is added to two teams' channels (installing chooses nothing).
    for (const [team, channel, name] of [
      ['19:samordningsgruppen@thread.tacv2', '19:moten@thread.tacv2', 'Möten'],
      ['19:annat@thread.tacv2', '19:annat@thread.tacv2', undefined],
    ] as const) {
      await postActivity(
        tab.server.url,
        teamsActivity(
          'conversationUpdate',
          {
            membersAdded: [{ id: BOT_ID }],
            channelData: {
              team: {
                id: team,
                name: team.includes('annat') ? 'Annat team' : 'Samordningsgruppen',
              },
              channel: { id: channel, ...(name === undefined ? {} : { name }) },
            },
          },
          { conversationType: 'channel', conversationId: channel },
        ),
      );
    }
    const chooser = await openMeetings(tab);
    try {
      const section = chooser.getByTestId('team-channel');
      const select = section.getByLabel('Kanal', { exact: true });
      await select.waitFor();
      expect(await select.locator('option').allTextContents()).toEqual([
        'Allmänt i Annat team',
        'Möten i Samordningsgruppen',
      ]);
      expect(await tab.server.runtime.teamChannel.get()).toBeUndefined();
      await select.selectOption({ label: 'Möten i Samordningsgruppen' });
      await section.getByRole('button', { name: 'Använd kanalen' }).click();
      await section
        .getByRole('status')
        .filter({ hasText: 'skickas nu till Möten i Samordningsgruppen' })
        .waitFor();
      expect(await section.getByTestId('team-channel-current').textContent()).toContain(
        'Möten i Samordningsgruppen',
      );
      expect((await tab.server.runtime.teamChannel.get())?.conversationId).toBe(
        '19:moten@thread.tacv2',
      );
      await expectAccessible(chooser, 'tab-meetings-channel');
    } finally {
      await chooser.close();
    }
  }, 45_000);

  it('shows the chosen channel accessibly in the dark and high-contrast themes', async () => {
    for (const query of ['&theme=dark&lang=en', '&theme=contrast']) {
      const themed = await openMeetings(tab, query);
      try {
        await themed.getByTestId('team-channel-current').waitFor();
        await expectAccessible(themed);
      } finally {
        await themed.close();
      }
    }
  }, 45_000);

  it('plans a meeting: bad input gets Swedish reasons and stores nothing; good input is listed', async () => {
    const page = await openMeetings(tab);
    try {
      const before = (await tab.server.rhythm.meetings.listMeetings()).length;
      await page.getByRole('button', { name: 'Nytt möte' }).click();
      const form = page.getByTestId('meeting-form');
      await form.getByLabel('Tema').fill('Trygghet i stadsdelarna');
      await form.getByLabel('Datum').fill('2020-03-03');
      await form.getByRole('button', { name: 'Spara' }).click();
      const problems = page.getByTestId('meeting-form-problems');
      await problems.waitFor();
      expect(await problems.textContent()).toContain(
        'Mötet ligger i det förflutna. Välj en tid framåt.',
      );
      expect(await tab.server.rhythm.meetings.listMeetings()).toHaveLength(before);
      await expectAccessible(page);

      const date = workingDayAhead();
      await form.getByLabel('Datum').fill(date);
      await form.getByRole('button', { name: 'Spara' }).click();
      await page.getByRole('status').filter({ hasText: 'Mötet är sparat.' }).waitFor();
      const stored = await tab.server.rhythm.meetings.listMeetings();
      expect(stored).toHaveLength(before + 1);
      expect(stored.some((m) => m.theme === 'Trygghet i stadsdelarna')).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describeBrowser('tab (Möten) with the group calendar in Chromium', () => {
  const GROUP = '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
  const day = swedishWorkingDays().onOrBefore(
    addDays(localDateOf(new Date(), 'Europe/Stockholm'), 49),
  );
  const at = (time: string) => localToUtc(day, time, 'Europe/Stockholm').toISOString();
  const monthly: FakeCalendarEvent = {
    id: 'AAMkAG-monthly=',
    subject: 'Samordningsgruppen (från kalendern)',
    start: at('13:00'),
    end: at('15:00'),
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_cal%40thread.v2/0',
  };
  const evening: FakeCalendarEvent = {
    id: 'AAMkAG-evening=',
    subject: 'Kvällsträff',
    start: at('18:00'),
    end: at('19:30'),
  };
  let fake: GraphFake | undefined;
  // The server starts first; the calendar adapter on the fake is made once the fake runs.
  let adapter: GroupCalendar | undefined;
  const tab = useTabBrowser(
    { SAMORDNA_DEV_USER_ID: SAMORDNING },
    {
      groupCalendar: {
        listEvents: (window) => {
          if (adapter === undefined) throw new Error('the Graph fake is not running');
          return adapter.listEvents(window);
        },
      },
    },
  );
  beforeAll(async () => {
    const app = {
      ...WRITER,
      clientId: 'samordna-with-calendar',
      permissions: ['Calendars.ReadBasic'],
    };
    fake = await GraphFake.start({ clients: [app] });
    fake.calendars.setEvents(GROUP, [monthly, evening]);
    adapter = new GraphGroupCalendar(fakeHttp(fake, app), GROUP);
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('lists calendar events, adds one as a meeting once, explains a refused one and shows drift, accessibly', async () => {
    const page = await openMeetings(tab);
    try {
      const section = page.getByTestId('calendar-section');
      await section.getByTestId('calendar-proposal').first().waitFor();
      expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe(
        'Från gruppkalendern',
      );
      expect(await section.getByTestId('calendar-proposal').count()).toBe(2);
      // The calendar's window reaches into the next year: every date says its year.
      expect(await section.getByTestId('calendar-proposal').first().textContent()).toContain(
        day.slice(0, 4),
      );
      await expectAccessible(page, 'tab-meetings-calendar');

      const refused = section.getByTestId('calendar-proposal').filter({ hasText: 'Kvällsträff' });
      await refused.getByRole('button', { name: 'Lägg till som möte' }).click();
      await refused.getByRole('alert').waitFor();
      expect(await refused.getByRole('alert').textContent()).toMatch(/arbetstid|17:00/);
      const before = await tab.server.rhythm.meetings.listMeetings();
      expect(before.some((m) => m.calendarEventId !== undefined)).toBe(false);

      await section
        .getByTestId('calendar-proposal')
        .filter({ hasText: monthly.subject })
        .getByRole('button', { name: 'Lägg till som möte' })
        .click();
      await page
        .getByRole('status')
        .filter({ hasText: `${monthly.subject} är tillagt som möte.` })
        .waitFor();
      const stored = await tab.server.rhythm.meetings.findByCalendarEvent(monthly.id);
      expect(stored).toMatchObject({ startsAt: monthly.start, teamsLink: monthly.joinUrl });
      await page.waitForFunction(
        () =>
          (
            globalThis as unknown as {
              document: { querySelectorAll(s: string): { length: number } };
            }
          ).document.querySelectorAll('[data-testid="calendar-proposal"]').length === 1,
      );

      // Someone moves the event in Outlook: the meeting shows a drift warning.
      fake?.calendars.setEvents(GROUP, [
        { ...monthly, start: at('14:00'), end: at('16:00') },
        evening,
      ]);
      const again = await openMeetings(tab, '&lang=en');
      try {
        const drift = again.getByTestId('calendar-drift');
        await drift.waitFor();
        expect(await drift.textContent()).toContain('has moved in the group calendar');
        await expectAccessible(again);
      } finally {
        await again.close();
      }
    } finally {
      await page.close();
    }
  });
});
