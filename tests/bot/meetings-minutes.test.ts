/**
 * Issue 18 items 4 and 5, the meeting walked through the real server: the Dagordning is built
 * from the deviations and prepared by Samordning, two decisions are recorded during the
 * meeting, the minutes are exported as DOCX and read back, the samordnare concerned receives
 * the decisions in the bot (through the outbox and the fake Bot Connector), and her next
 * reminder carries the action's due date. Bad input and other roles store nothing.
 */
import type { AgendaItem, MeetingDecision } from '../../bot/src/domain/minutes/minutes-types';
import { meetingSchedule } from '../../bot/src/domain/meetings/schedule';
import { createLogger } from '../../bot/src/logging';
import { tick } from '../../bot/src/rhythm/scheduler';
import { startFakeBotConnector, type FakeBotConnector } from '../fakes/bot-connector';
import { DEMO_SAMORDNING } from '../helpers/activities';
import { texts, type CardNode } from '../helpers/card-nodes';
import { personalConversation, teamsDispatcher } from '../helpers/delivery-rig';
import { docxParagraphs } from '../helpers/docx-text';
import { TestClock } from '../helpers/rhythm-world';
import { serverScheduler } from '../helpers/server-scheduler';
import { callApi, startTestServer, type TestServer } from '../helpers/server';

const JONAS = '00000000-0000-0000-0000-0000000000a4'; // demo samordnare, Fritidsförvaltningen
const KARIN = '00000000-0000-0000-0000-0000000000a5'; // demo samordnare, Kulturförvaltningen
const FRITID = 'fritidsforvaltningen';
const KULTUR = 'kulturforvaltningen';

const plan = (date: string, theme: string) => ({
  date,
  startTime: '09:00',
  endTime: '10:30',
  theme,
  agenda: '',
  organisationIds: [FRITID, KULTUR],
  teamsLink: '',
});

describe('a samordningsgrupp meeting: agenda, decisions, minutes', () => {
  const clock = new TestClock(new Date('2027-01-10T10:00:00.000Z'));
  let server: TestServer;
  let connector: FakeBotConnector;
  let meetingId: string;
  let deviating: { id: string; title: string };
  let items: AgendaItem[];

  const agenda = async () => {
    const got = await callApi(server, 'GET', `/api/v1/meetings/${meetingId}/agenda`);
    expect(got.status).toBe(200);
    return got.body as { items: AgendaItem[]; canEdit: boolean; edited: unknown };
  };

  beforeAll(async () => {
    [server, connector] = await Promise.all([
      startTestServer({ SAMORDNA_DEV_USER_ID: DEMO_SAMORDNING }, clock),
      startFakeBotConnector(),
    ]);
    const planned = await callApi(
      server,
      'POST',
      '/api/v1/meetings',
      plan('2027-01-20', 'Unga och våld'),
    );
    expect(planned.body['problems'] ?? null).toBeNull();
    expect(planned.status).toBe(201);
    meetingId = String((planned.body['meeting'] as { id: string }).id);
    const meeting = await server.rhythm.meetings.getMeeting(meetingId);
    if (meeting === undefined) throw new Error('meeting not stored');
    // Fritid reports one activity with a deviation in the meeting's round; Kultur nothing.
    const [first] = (await server.store.activities.list({ organisationId: FRITID })).filter(
      (a) => a.planId === meeting.planId,
    );
    if (first === undefined) throw new Error('no Fritid activity in the demo data');
    deviating = { id: first.id, title: first.title };
    await server.store.reports.append(
      {
        id: 'r-minutes-1',
        activityId: first.id,
        roundId: meeting.roundId,
        status: 'pagar-med-avvikelse',
        done: 'Två träffar',
        next: 'Ny föreläsare',
        reason: 'Föreläsaren blev sjuk',
        reportedByUserId: JONAS,
        reportedByName: 'Jonas',
        reportedAt: '2027-01-11T09:00:00.000Z',
      },
      'k-minutes-1',
    );
  });

  afterAll(async () => {
    await Promise.all([server.stop(), connector.close()]);
  });

  it('builds the Dagordning from the theme, the deviation and who has not reported', async () => {
    const body = await agenda();
    items = body.items;
    expect(body.canEdit).toBe(true);
    expect(items[0]).toMatchObject({ id: 'tema', kind: 'theme', title: 'Unga och våld' });
    expect(items).toContainEqual(
      expect.objectContaining({
        id: `aktivitet:${deviating.id}`,
        kind: 'deviation',
        organisationId: FRITID,
        detail: 'Föreläsaren blev sjuk',
      }),
    );
    expect(items).toContainEqual(
      expect.objectContaining({ id: `ej-rapporterat:${KULTUR}`, kind: 'not-reported' }),
    );
  });

  it('Samordning reorders and adds an item; bad input and other roles store nothing', async () => {
    const bad = await callApi(server, 'PUT', `/api/v1/meetings/${meetingId}/agenda`, {
      order: ['tema'],
      added: [{ title: '   ' }],
    });
    expect(bad.status).toBe(400);
    expect((bad.body['error'] as { message: string }).message).toBe(
      'Inget sparades. Rätta uppgifterna och försök igen.',
    );
    expect((bad.body['problems'] as { message: string }[])[0]?.message).toBe(
      'En egen punkt behöver en rubrik.',
    );
    expect((await agenda()).edited).toBeNull();

    const samordning = await server.store.members.get(DEMO_SAMORDNING);
    if (samordning === undefined) throw new Error('no demo Samordning');
    await server.store.members.upsert({ ...samordning, roles: ['samordnare'] });
    const refused = await callApi(server, 'PUT', `/api/v1/meetings/${meetingId}/agenda`, {
      order: [],
      added: [{ title: 'Smyger in' }],
    });
    expect(refused.status).toBe(403);
    expect((await agenda()).canEdit).toBe(false);
    await server.store.members.upsert(samordning);

    const order = [`ej-rapporterat:${KULTUR}`, `aktivitet:${deviating.id}`];
    const saved = await callApi(server, 'PUT', `/api/v1/meetings/${meetingId}/agenda`, {
      order,
      added: [{ title: 'Övriga frågor' }],
    });
    expect(saved.status).toBe(200);
    items = (await agenda()).items;
    expect(items.slice(0, 2).map((i) => i.id)).toEqual(order);
    expect(items.at(-1)).toMatchObject({ kind: 'added', title: 'Övriga frågor' });
  });

  it('records two decisions during the meeting; a retry and bad input add nothing', async () => {
    clock.set('2027-01-20T08:30:00.000Z');
    const url = `/api/v1/meetings/${meetingId}/decisions`;
    const action = {
      id: 'beslut-0001-fritid',
      agendaItemId: `aktivitet:${deviating.id}`,
      note: 'Föreläsaren är sjuk till mars.',
      kind: 'action',
      what: 'Boka en ny föreläsare',
      organisationId: FRITID,
      dueDate: '2027-03-31',
    };
    expect((await callApi(server, 'POST', url, action)).status).toBe(201);
    expect((await callApi(server, 'POST', url, action)).status).toBe(200);
    const bad = await callApi(server, 'POST', url, {
      ...action,
      id: undefined,
      dueDate: '2027-01-01',
    });
    expect(bad.status).toBe(400);
    expect((bad.body['problems'] as { message: string }[])[0]?.message).toBe(
      'Datumet kan inte ligga före mötet.',
    );
    clock.set('2027-01-20T08:50:00.000Z');
    const decision = await callApi(server, 'POST', url, {
      agendaItemId: 'tema',
      kind: 'decision',
      what: 'Temat följs upp i maj',
      organisationId: null,
      dueDate: null,
    });
    expect(decision.status).toBe(201);
    const minutes = await callApi(server, 'GET', `/api/v1/meetings/${meetingId}/minutes`);
    const decisions = minutes.body['decisions'] as MeetingDecision[];
    expect(decisions.map((d) => d.what)).toEqual([
      'Boka en ny föreläsare',
      'Temat följs upp i maj',
    ]);
    expect(decisions[0]?.activityId).toBe(deviating.id);
    // The decision is on the activity's history.
    const history = await callApi(server, 'GET', `/api/v1/activities/${deviating.id}/decisions`);
    expect((history.body['decisions'] as MeetingDecision[]).map((d) => d.id)).toEqual([
      'beslut-0001-fritid',
    ]);
  });

  it('exports the minutes as DOCX that reads back', async () => {
    const response = await fetch(`${server.url}/api/v1/meetings/${meetingId}/minutes.docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml');
    const paragraphs = await docxParagraphs(Buffer.from(await response.arrayBuffer()));
    expect(paragraphs[0]).toBe('Protokoll – samordningsgruppens möte 20 januari 2027 kl. 09:00');
    expect(paragraphs).toContain(`2. Avvikelse: ${deviating.title} (Fritidsförvaltningen)`);
    expect(paragraphs).toContain('Föreläsaren är sjuk till mars.');
    expect(paragraphs).toContain(
      'Åtgärd: Boka en ny föreläsare – ansvarig: Fritidsförvaltningen, senast 31 mars 2027.',
    );
    expect(paragraphs).toContain('Beslut: Temat följs upp i maj – ansvarig: Hela gruppen.');
  });

  it('sends the samordnare concerned her decisions in the bot, once', async () => {
    clock.set('2027-01-20T15:00:00.000Z');
    const now = clock.now().toISOString();
    for (const user of [JONAS, KARIN]) {
      await server.runtime.conversations.save(
        personalConversation(user, connector.serviceUrl, now),
      );
    }
    const sent = await callApi(server, 'POST', `/api/v1/meetings/${meetingId}/minutes/send`, {});
    expect(sent.body).toEqual({ queued: 1, planned: 1, organisations: 1 });
    const again = await callApi(server, 'POST', `/api/v1/meetings/${meetingId}/minutes/send`, {});
    expect(again.body).toEqual({ queued: 0, planned: 1, organisations: 1 });

    const dispatcher = teamsDispatcher(server.runtime, clock, createLogger('silent'));
    await dispatcher.runOnce();
    await dispatcher.stop();
    expect(connector.posts.map((p) => p.conversationId)).toEqual([`a:personal-${JONAS}`]);
    const attachments = connector.posts[0]?.body['attachments'] as { content: CardNode }[];
    const lines = texts(attachments[0]?.content);
    expect(lines[0]).toBe('Beslut från mötet 20 januari 2027 kl. 09:00');
    const text = lines.join('\n');
    expect(text).toContain('Åtgärd: Att göra till 31 mars 2027: Boka en ny föreläsare');
    // The whole group's decision does not concern Fritid alone: it is in the minutes only.
    expect(text).not.toContain('Temat följs upp i maj');
  });

  it('the next reminder carries the action’s due date', async () => {
    const next = await callApi(
      server,
      'POST',
      '/api/v1/meetings',
      plan('2027-03-10', 'Uppföljning'),
    );
    expect(next.status).toBe(201);
    const nextId = String((next.body['meeting'] as { id: string }).id);
    const meeting = await server.rhythm.meetings.getMeeting(nextId);
    if (meeting === undefined || server.rhythm.delivery === null) throw new Error('no meeting');
    const open = meetingSchedule(meeting, server.rhythm.settings, server.rhythm.calendar).find(
      (s) => s.step === 'open',
    );
    clock.set(open?.at ?? '');
    await tick(
      { ...serverScheduler(server, server.rhythm.delivery), owner: 'minutes-test' },
      clock.now(),
    );
    const jobs = (await server.rhythm.delivery.outbox.list({ groupKey: nextId })).filter(
      (j) => j.kind === 'round-open',
    );
    const textOf = (userId: string) =>
      texts(
        jobs.find((j) => j.recipient.kind === 'user' && j.recipient.userId === userId)?.message
          .card as CardNode,
      ).join('\n');
    expect(textOf(JONAS)).toContain('Att göra till 31 mars 2027: Boka en ny föreläsare');
    expect(textOf(KARIN)).not.toContain('Att göra');
  });
});
