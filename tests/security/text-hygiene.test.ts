/**
 * Issue #14, items 4 and 9: every text a person stores through the bot or the tab API passes
 * the domain's text hygiene (bot/src/domain/text/clean-text.ts) before validation. Characters
 * XML 1.0 forbids (U+FFFE, U+FFFF, C0 controls, lone surrogates) and bidi controls (U+202E …)
 * never reach the store, and a text that is empty after cleaning gets the normal "required"
 * refusal with nothing stored. Through the real server, CloudAdapter, SQLite store and the
 * Graph adapter of the group calendar on the Graph fake.
 */
import { randomUUID } from 'node:crypto';
import { t } from '../../bot/src/i18n';
import { isCleanText } from '../../bot/src/domain/text/clean-text';
import { GraphGroupCalendar } from '../../bot/src/store/calendar/graph-group-calendar';
import { GraphFake, WRITER, type GraphFakeClient } from '../fakes/graph-fake';
import { DEMO_SAMORDNARE, DEMO_SAMORDNING, type ActivityOptions } from '../helpers/activities';
import { actionData, cardActor } from '../helpers/card-invoke';
import { texts, type CardNode } from '../helpers/card-nodes';
import { demoRoundId } from '../helpers/demo-round';
import { TestClock } from '../helpers/rhythm-world';
import { callApi, startTestServer, type TestServer } from '../helpers/server';
import { fakeHttp } from '../helpers/sharepoint';

const NOW = '2026-11-23T10:00:00.000Z';
const DEMO_HR = '00000000-0000-0000-0000-0000000000a3';
const GRUNDSKOLA = 'grundskoleforvaltningen';
const GROUP = '0c4d2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const APP: GraphFakeClient = {
  ...WRITER,
  clientId: 'hygiene',
  permissions: ['Calendars.ReadBasic'],
};

/**
 * What a samordnare can type (or paste) that must not be stored: noncharacters U+FFFE and
 * U+FFFF, C0 controls (NUL, BEL, ESC), a lone surrogate, and the bidi controls RLO, LRI, PDI,
 * RLM and ALM.
 */
const FORBIDDEN = ['\uFFFE', '\uFFFF', '\u0000', '\u0007', '\u001B', '\uD800'];
const BIDI = ['\u202E', '\u2066', '\u2069', '\u200F', '\u061C'];
const BAD = [...FORBIDDEN, ...BIDI].join('');

/** `text` with every bad character before, inside and after it. */
const dirty = (text: string): string => `${BAD}${text.slice(0, 3)}${BAD}${text.slice(3)}${BAD}`;

/** Every string inside a stored record, depth first. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(stringsOf);
}

/** Every string of `value` holds none of the bad characters, nor anything clean-text.ts removes. */
function expectClean(value: unknown): void {
  const strings = stringsOf(value);
  expect(strings.length).toBeGreaterThan(0);
  for (const text of strings) {
    for (const char of [...FORBIDDEN, ...BIDI]) expect(text.includes(char)).toBe(false);
    expect(isCleanText(text)).toBe(true);
  }
}

describe('text hygiene at the domain edge', () => {
  let fake: GraphFake;
  let server: TestServer;
  let hr: TestServer;
  let roundId: string;

  const act = async (verb: string, data: Record<string, unknown>, options: ActivityOptions = {}) =>
    (await cardActor(server)(verb, data, options)).value as CardNode;

  beforeAll(async () => {
    fake = await GraphFake.start({ clients: [APP, WRITER] });
    fake.calendars.setEvents(GROUP, [
      {
        id: 'AAMkAG-bidi=',
        subject: dirty('Samordningsgruppen februari'),
        start: '2027-02-03T12:00:00.000Z',
        end: '2027-02-03T14:00:00.000Z',
      },
    ]);
    const clock = new TestClock(new Date(NOW));
    [server, hr] = await Promise.all([
      startTestServer({ SAMORDNA_DEV_USER_ID: DEMO_SAMORDNING }, clock, {
        groupCalendar: new GraphGroupCalendar(fakeHttp(fake, APP), GROUP),
      }),
      startTestServer({ SAMORDNA_DEV_USER_ID: DEMO_HR }, clock),
    ]);
    roundId = await demoRoundId(server.store);
  });

  afterAll(async () => {
    await Promise.all([server.stop(), hr.stop()]);
    await fake.close();
  });

  describe('status reports (bot)', () => {
    async function submit(activityId: string, fields: Record<string, unknown>, userId?: string) {
      const options = userId === undefined ? {} : { userId };
      const form = await act('status.open', { activityId, roundId }, options);
      return act('status.submit', { ...actionData(form, 'status.submit'), ...fields }, options);
    }

    it('stores "vad har gjorts", "nästa steg" and the reason clean, line breaks kept', async () => {
      const [activity] = await server.store.activities.list({ organisationId: GRUNDSKOLA });
      if (activity === undefined) throw new Error('no demo activity');
      await submit(activity.id, {
        status: 'pagar-med-avvikelse',
        done: dirty('Utbildat personal\r\nom våld'),
        next: dirty('Följa upp'),
        reason: dirty('Sjukdom i gruppen'),
      });
      const [stored] = await server.store.reports.latest({ activityIds: [activity.id] });
      expect(stored).toMatchObject({
        done: 'Utbildat personal\nom våld',
        next: 'Följa upp',
        reason: 'Sjukdom i gruppen',
        reportedByUserId: DEMO_SAMORDNARE,
      });
      expectClean(stored);
    });

    it('refuses a reason that is empty after cleaning as missing, storing nothing', async () => {
      const [, activity] = await server.store.activities.list({ organisationId: GRUNDSKOLA });
      if (activity === undefined) throw new Error('no demo activity');
      const before = await server.store.reports.history(activity.id);
      const card = await submit(activity.id, { status: 'framflyttad', done: 'x', reason: BAD });
      expect(texts(card)).toContain(t('sv', 'status.problem.reason-required'));
      expect(await server.store.reports.history(activity.id)).toEqual(before);
    });

    it("stores the reporter's name clean even when the directory's name is not", async () => {
      const userId = randomUUID();
      await server.store.members.upsert({
        userId,
        name: 'Mallory \u202Eexe.txt\uFFFE',
        organisationId: GRUNDSKOLA,
        roles: ['samordnare'],
      });
      const [activity] = await server.store.activities.list({ organisationId: GRUNDSKOLA });
      if (activity === undefined) throw new Error('no demo activity');
      await submit(activity.id, { status: 'pagar', done: 'Klart' }, userId);
      const [stored] = await server.store.reports.latest({ activityIds: [activity.id] });
      expect(stored?.reportedByName).toBe('Mallory exe.txt');
    });
  });

  describe('activities (bot card and tab API)', () => {
    it('stores a new activity from the card clean: title, description, owner, partners', async () => {
      const form = await act('activity.new', {});
      const save = actionData(form, 'activity.save');
      const title = `Rollspel om ${randomUUID()}`;
      await act('activity.save', {
        ...save,
        title: dirty(title),
        description: dirty('Första raden\r\nAndra raden'),
        goal: '1',
        heading: 'verksamhetsspecifik',
        partners: `${dirty('Polisen')},${BAD}, Region Skåne`,
        direction: 'intern',
        owner: dirty('Elevhälsan'),
      });
      const [created] = (await server.store.activities.list()).filter((a) => a.title === title);
      expect(created).toMatchObject({
        title,
        description: 'Första raden\nAndra raden',
        owner: 'Elevhälsan',
        partners: ['Polisen', 'Region Skåne'],
      });
      expectClean(created);
    });

    it('refuses a title that is empty after cleaning, storing nothing', async () => {
      const before = await server.store.activities.list();
      const form = await act('activity.new', {});
      const save = actionData(form, 'activity.save');
      const card = await act('activity.save', {
        ...save,
        title: BAD,
        goal: '1',
        heading: 'verksamhetsspecifik',
        direction: 'intern',
      });
      expect(texts(card)).toContain(t('sv', 'activityForm.problem.title'));
      expect(await server.store.activities.list()).toEqual(before);
    });

    it('stores an edit through PUT /api/v1/activities/:id clean', async () => {
      const [activity] = await server.store.activities.list({ organisationId: GRUNDSKOLA });
      if (activity === undefined) throw new Error('no demo activity');
      const answer = await callApi(server, 'PUT', `/api/v1/activities/${activity.id}`, {
        version: activity.version,
        title: dirty('evil.exe visas som exe.live'),
        description: dirty('Beskrivning'),
        goal: activity.goal,
        strategyId: activity.strategyId ?? '',
        heading: activity.heading,
        partners: [dirty('Polisen'), BAD],
        focusAreaIds: activity.focusAreaIds,
        perspectiveIds: activity.perspectiveIds,
        targetGroupIds: activity.targetGroupIds,
        preventionLevel: activity.preventionLevel,
        direction: activity.direction,
        owner: dirty('Rektor'),
        startDate: activity.startDate,
        endDate: activity.endDate,
      });
      expect(answer.status).toBe(200);
      const stored = await server.store.activities.get(activity.id);
      expect(stored).toMatchObject({
        title: 'evil.exe visas som exe.live',
        description: 'Beskrivning',
        partners: ['Polisen'],
        owner: 'Rektor',
      });
      expectClean(stored);
      const refused = await callApi(server, 'PUT', `/api/v1/activities/${activity.id}`, {
        ...(answer.body['activity'] as Record<string, unknown>),
        title: BAD,
      });
      expect(refused.status).toBe(400);
      expect(refused.body['problems']).toEqual(['title-required']);
      expect(await server.store.activities.get(activity.id)).toEqual(stored);
    });
  });

  describe('meetings (tab API and the group calendar)', () => {
    const form = {
      date: '2027-01-27',
      startTime: '13:00',
      endTime: '15:00',
      agenda: '',
      organisationIds: [],
      teamsLink: '',
    };

    it('stores theme, agenda and Teams link clean', async () => {
      const answer = await callApi(server, 'POST', '/api/v1/meetings', {
        ...form,
        theme: dirty('Hedersrelaterat våld'),
        agenda: dirty('1. Läget\r\n2. Nästa steg'),
        teamsLink: `https://teams.microsoft.com/l/meetup-join/${BIDI.join('')}abc`,
      });
      expect(answer.status).toBe(201);
      const id = (answer.body['meeting'] as { id: string }).id;
      const stored = await server.rhythm.meetings.getMeeting(id);
      expect(stored).toMatchObject({
        theme: 'Hedersrelaterat våld',
        agenda: '1. Läget\n2. Nästa steg',
        teamsLink: 'https://teams.microsoft.com/l/meetup-join/abc',
      });
      expectClean(stored);
    });

    it('refuses a theme that is empty after cleaning as required, storing nothing', async () => {
      const before = await server.rhythm.meetings.listMeetings();
      const answer = await callApi(server, 'POST', '/api/v1/meetings', {
        ...form,
        date: '2027-03-03',
        theme: BAD,
      });
      expect(answer.status).toBe(400);
      expect(answer.body['problems']).toEqual([
        expect.objectContaining({
          field: 'theme',
          code: 'required',
          message: t('sv', 'meeting.problem.themeRequired'),
        }),
      ]);
      expect(await server.rhythm.meetings.listMeetings()).toEqual(before);
    });

    it('shows and stores a meeting from the group calendar with a clean theme', async () => {
      const proposals = await callApi(server, 'GET', '/api/v1/meetings/calendar');
      expect(proposals.body['proposals']).toEqual([
        expect.objectContaining({ subject: 'Samordningsgruppen februari' }),
      ]);
      const answer = await callApi(server, 'POST', '/api/v1/meetings/calendar/import', {
        eventId: 'AAMkAG-bidi=',
      });
      expect(answer.status).toBe(201);
      const id = (answer.body['meeting'] as { id: string }).id;
      const stored = await server.rhythm.meetings.getMeeting(id);
      expect(stored?.theme).toBe('Samordningsgruppen februari');
      expectClean(stored);
    });
  });

  describe('support information (tab API, HR)', () => {
    const entry = {
      audiences: ['medarbetare'],
      category: 'akut-hjalp',
      ownerOrganisationId: 'stadskontoret',
      validFrom: null,
      validTo: null,
    };

    it('stores title, body, contacts and source clean, and the editor clean in the history', async () => {
      const answer = await callApi(hr, 'POST', '/api/v1/support', {
        ...entry,
        title: dirty('Kvinnofridslinjen'),
        body: dirty('Ring **020-50 50 50**.\r\n\r\n[Läs mer](https://kvinnofridslinjen.se)'),
        contacts: [
          {
            name: dirty('Kvinnofridslinjen'),
            phone: dirty('020-50 50 50'),
            email: '',
            url: dirty('https://kvinnofridslinjen.se'),
          },
        ],
        source: dirty('https://nck.uu.se'),
      });
      expect(answer.status).toBe(201);
      const id = (answer.body['entry'] as { id: string }).id;
      const stored = await hr.store.support.get(id);
      expect(stored).toMatchObject({
        title: 'Kvinnofridslinjen',
        body: 'Ring **020-50 50 50**.\n\n[Läs mer](https://kvinnofridslinjen.se)',
        contacts: [
          {
            name: 'Kvinnofridslinjen',
            phone: '020-50 50 50',
            email: '',
            url: 'https://kvinnofridslinjen.se',
          },
        ],
        source: 'https://nck.uu.se',
      });
      expectClean(stored);
      expectClean(await hr.store.support.versions(id));
    });

    it('refuses a title that is empty after cleaning as required, storing nothing', async () => {
      const before = await hr.store.support.list();
      const answer = await callApi(hr, 'POST', '/api/v1/support', {
        ...entry,
        title: BAD,
        body: 'Text',
        contacts: [],
        source: '',
      });
      expect(answer.status).toBe(400);
      expect(answer.body['problems']).toEqual([
        expect.objectContaining({ field: 'title', code: 'required' }),
      ]);
      expect(await hr.store.support.list()).toEqual(before);
    });
  });
});
