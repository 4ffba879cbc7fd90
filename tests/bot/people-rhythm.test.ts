/**
 * Issue 15 and 18's acceptance through the real server: "Personer" changes count from the next
 * reminder. A samordnare added in the tab gets the next reminder; one removed gets none and her
 * reports keep her name; a stand-in gets the absent samordnare's reminder instead of her,
 * reports for the organisation, and the report says both names; someone unknown is told whom
 * to ask. The scheduler is ticked by hand on the server's clock.
 */
import { randomUUID } from 'node:crypto';
import type { OutboxJob } from '../../bot/src/domain/ports/outbox.port';
import { meetingSchedule } from '../../bot/src/domain/meetings/schedule';
import { tick } from '../../bot/src/rhythm/scheduler';
import { InMemoryLeases, InMemoryOutbox } from '../fakes/in-memory-outbox';
import {
  DEMO_SAMORDNING,
  cardAction,
  message,
  postActivity,
  postInvoke,
  type ActivityOptions,
} from '../helpers/activities';
import { executes, texts, type CardNode } from '../helpers/card-nodes';
import { TestClock } from '../helpers/rhythm-world';
import { serverScheduler } from '../helpers/server-scheduler';
import { callApi, startTestServer, type TestServer } from '../helpers/server';

const JONAS = '00000000-0000-0000-0000-0000000000a4'; // demo samordnare, Fritidsförvaltningen
const KARIN = '00000000-0000-0000-0000-0000000000a5'; // demo samordnare, Kulturförvaltningen
const LISA = '00000000-0000-0000-0000-0000000000b1'; // in the demo directory, not a member
const NILS = '00000000-0000-0000-0000-0000000000b4'; // in the demo directory, not a member
const FRITID = 'fritidsforvaltningen';
const KULTUR = 'kulturforvaltningen';

const cardOf = (body: { value: unknown }): CardNode => body.value as CardNode;
const dataOf = (action: CardNode | undefined): Record<string, unknown> =>
  (action?.['data'] ?? {}) as Record<string, unknown>;

describe('people changes reach the reminders at once', () => {
  const clock = new TestClock(new Date('2026-11-23T10:00:00.000Z'));
  const outbox = new InMemoryOutbox();
  const leases = new InMemoryLeases();
  let server: TestServer;
  let meetingId: string;
  let steps: { step: string; at: string }[];

  const scheduler = () => serverScheduler(server, { outbox, leases });
  const at = (step: string): string => steps.find((s) => s.step === step)?.at ?? '';
  const jobsOf = async (kind: string): Promise<OutboxJob[]> =>
    (await outbox.list({ groupKey: meetingId })).filter((j) => j.kind === kind);
  const recipients = async (kind: string): Promise<string[]> =>
    (await jobsOf(kind)).map((j) => (j.recipient.kind === 'user' ? j.recipient.userId : '')).sort();
  const act = (verb: string, data: Record<string, unknown>, options: ActivityOptions) =>
    postInvoke(server.url, cardAction(verb, data, options));

  /** Reports on the organisation's first activity from the list card the reminder opens. */
  async function reportFromReminder(userId: string, job: OutboxJob | undefined, done: string) {
    const open = executes(job?.message.card, 'status.list')[0];
    const list = cardOf(await act('status.list', dataOf(open), { userId }));
    const first = executes(list, 'status.open')[0];
    const form = cardOf(await act('status.open', dataOf(first), { userId }));
    const submit = dataOf(executes(form, 'status.submit')[0]);
    const saved = cardOf(
      await act(
        'status.submit',
        { ...submit, status: 'pagar', done, next: '', reason: '' },
        { userId },
      ),
    );
    return { list, saved, activityId: String(submit['activityId']) };
  }

  beforeAll(async () => {
    server = await startTestServer({ SAMORDNA_DEV_USER_ID: DEMO_SAMORDNING }, clock, {
      delivery: { outbox, leases },
      scheduler: false,
    });
    const planned = await callApi(server, 'POST', '/api/v1/meetings', {
      date: '2027-01-20',
      startTime: '13:00',
      endTime: '15:00',
      theme: 'Personer och ersättare',
      agenda: '',
      organisationIds: [FRITID, KULTUR],
      teamsLink: '',
    });
    expect(planned.status).toBe(201);
    meetingId = String((planned.body['meeting'] as { id: string }).id);
    const meeting = await server.rhythm.meetings.getMeeting(meetingId);
    if (meeting === undefined) throw new Error('meeting not stored');
    steps = meetingSchedule(meeting, server.rhythm.settings, server.rhythm.calendar);
  });

  afterAll(async () => {
    await server.stop();
  });

  it('a samordnare added in the tab gets the next reminder', async () => {
    const added = await callApi(server, 'POST', '/api/v1/people/members', {
      userId: LISA,
      name: 'Lisa Nordström (demo)',
      organisationId: FRITID,
      roles: ['samordnare'],
    });
    expect(added.status).toBe(201);
    clock.set(at('open'));
    await tick(scheduler(), new Date(at('open')));
    expect(await recipients('round-open')).toEqual([JONAS, KARIN, LISA].sort());
  });

  it('one removed gets no reminder, and the report she made keeps her name', async () => {
    clock.set(new Date(Date.parse(at('open')) + 3_600_000).toISOString());
    const jonasReminder = (await jobsOf('round-open')).find(
      (j) => j.recipient.kind === 'user' && j.recipient.userId === JONAS,
    );
    const { activityId } = await reportFromReminder(JONAS, jonasReminder, 'Jonas rapport');

    const removed = await callApi(server, 'DELETE', `/api/v1/people/members/${JONAS}`);
    expect(removed.status).toBe(200);
    expect(await server.store.members.get(JONAS)).toBeUndefined();

    const detail = await callApi(server, 'GET', `/api/v1/activities/${activityId}`);
    const history = detail.body['history'] as { done: string; reportedBy: { name: string } }[];
    expect(history.find((h) => h.done === 'Jonas rapport')?.reportedBy.name).toBe(
      'Jonas Ek (demo)',
    );

    // Removed now: the bot no longer lets her report, and says whom to ask.
    const status = await postActivity(server.url, message('status', { userId: JONAS }));
    expect(JSON.stringify(status)).toContain('Be Samordning lägga till dig: Omar Haddad (demo)');
  });

  it('a stand-in gets the reminder instead of the absent samordnare, reports, and both names show', async () => {
    const named = await callApi(server, 'POST', '/api/v1/people/stand-ins', {
      organisationId: KULTUR,
      absentUserId: KARIN,
      standInUserId: NILS,
      standInName: 'Nils Öst (demo)',
      from: at('nudge').slice(0, 10),
      to: '2027-01-25',
    });
    expect(named.status).toBe(201);

    clock.set(at('nudge'));
    await tick(scheduler(), new Date(at('nudge')));
    expect(await recipients('nudge')).toEqual([LISA, NILS].sort());
    const nudge = (await jobsOf('nudge')).find(
      (j) => j.recipient.kind === 'user' && j.recipient.userId === NILS,
    );
    expect(nudge?.key).toContain(`${NILS}~${KULTUR}`);
    expect(texts(nudge?.message.card).join(' ')).toContain(
      'Du är ersättare för Karin Ahl (demo) och får påminnelsen i hens ställe.',
    );

    clock.set(new Date(Date.parse(at('nudge')) + 3_600_000).toISOString());
    const { list, saved, activityId } = await reportFromReminder(NILS, nudge, 'Nils rapport');
    expect(texts(list).join(' ')).toContain('Kulturförvaltningen');
    expect(texts(list)).toContain('Du rapporterar som ersättare för Karin Ahl (demo).');
    expect(texts(saved).join(' ')).toMatch(
      /Rapporterat av Nils Öst \(demo\) för Karin Ahl \(demo\) \d+ januari 2027/,
    );
    const [report] = await server.store.reports.latest({ activityIds: [activityId] });
    expect(report).toMatchObject({
      reportedByUserId: NILS,
      reportedByName: 'Nils Öst (demo)',
      onBehalfOf: { userId: KARIN, name: 'Karin Ahl (demo)' },
    });
    const detail = await callApi(server, 'GET', `/api/v1/activities/${activityId}`);
    const history = detail.body['history'] as { reportedBy: Record<string, string> }[];
    expect(history[0]?.reportedBy).toMatchObject({
      name: 'Nils Öst (demo)',
      onBehalfOfName: 'Karin Ahl (demo)',
    });
  });

  it('tells someone unknown that she is not registered, and whom to ask', async () => {
    const replies = await postActivity(server.url, message('status', { userId: randomUUID() }));
    expect(JSON.stringify(replies)).toContain(
      'Du är inte registrerad som samordnare. Be Samordning lägga till dig: Omar Haddad (demo).',
    );
    const people = await callApi(server, 'GET', '/api/v1/people/audit');
    const actions = (people.body['entries'] as { action: string }[]).map((e) => e.action);
    expect(actions).toEqual(['stand-in-added', 'member-removed', 'member-added']);
  });
});
