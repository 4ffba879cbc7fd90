/**
 * The tab's meetings API through the real server: reading for everyone, planning, moving,
 * cancelling and "försök igen" for Samordning only (403 otherwise, role from the store's
 * member record), bad input answered in Swedish with nothing stored, reminders grouped by
 * status with "når inte" and how to fix it.
 */
import { InMemoryLeases, InMemoryOutbox } from '../fakes/in-memory-outbox';
import { DEMO_SAMORDNARE, DEMO_SAMORDNING } from '../helpers/activities';
import { TestClock } from '../helpers/rhythm-world';
import { callApi, startTestServer, type TestServer } from '../helpers/server';

const NOW = '2026-11-23T10:00:00.000Z';

const call = callApi;

const meetingForm = {
  date: '2027-01-20',
  startTime: '13:00',
  endTime: '15:00',
  theme: 'Skolan som skyddsfaktor',
  agenda: '1. Läget',
  organisationIds: [],
  teamsLink: '',
};

describe('meetings API', () => {
  let server: TestServer;
  let reader: TestServer;
  const outbox = new InMemoryOutbox();

  beforeAll(async () => {
    const clock = new TestClock(new Date(NOW));
    [server, reader] = await Promise.all([
      startTestServer({ SAMORDNA_DEV_USER_ID: DEMO_SAMORDNING }, clock, {
        delivery: { outbox, leases: new InMemoryLeases() },
        scheduler: false,
      }),
      startTestServer({ SAMORDNA_DEV_USER_ID: DEMO_SAMORDNARE }, clock, { scheduler: false }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([server.stop(), reader.stop()]);
  });

  it('lists the year for everyone; only Samordning may plan', async () => {
    const read = await call(reader, 'GET', '/api/v1/meetings?year=2026');
    expect(read.status).toBe(200);
    expect(read.body['canPlan']).toBe(false);
    expect((read.body['meetings'] as unknown[]).length).toBeGreaterThan(0);
    expect(read.body['deliveryAvailable']).toBe(true);
    // The technical fix ("För IT") is for Samordning only: a samordnare is not sent it.
    expect(read.body['itHelp']).toBeUndefined();
    expect(JSON.stringify(read.body)).not.toContain('TeamsAppInstallation');
    expect((await call(reader, 'POST', '/api/v1/meetings', meetingForm)).status).toBe(403);
    expect(
      (await call(reader, 'PATCH', '/api/v1/meetings/x', { action: 'cancel', version: 1 })).status,
    ).toBe(403);
    expect((await call(reader, 'POST', '/api/v1/outbox/x/retry', {})).status).toBe(403);
    const samordning = await call(server, 'GET', '/api/v1/meetings?year=2026');
    expect(samordning.body['canPlan']).toBe(true);
    expect(JSON.stringify(samordning.body['itHelp'])).toContain(
      'TeamsAppInstallation.ReadWriteSelfForUser.All',
    );
  });

  it('offers a new meeting only organisations that exist today (decision 0030)', async () => {
    const before = await call(server, 'GET', '/api/v1/meetings?year=2026');
    const ids = (body: Record<string, unknown>) =>
      (body['organisations'] as { id: string }[]).map((o) => o.id);
    const [first] = await server.store.organisations.list();
    expect(ids(before.body)).toContain(first!.id);
    await server.store.organisations.upsert({ ...first!, validTo: '2020-12-31' });
    try {
      const after = await call(server, 'GET', '/api/v1/meetings?year=2026');
      expect(ids(after.body)).not.toContain(first!.id);
      expect(ids(after.body)).toHaveLength(ids(before.body).length - 1);
    } finally {
      await server.store.organisations.upsert(first!);
    }
  });

  it('refuses bad input in Swedish and English and stores nothing', async () => {
    const before = await server.rhythm.meetings.listMeetings();
    const bad = await call(server, 'POST', '/api/v1/meetings', {
      ...meetingForm,
      date: '2026-12-31',
      organisationIds: ['finns-inte'],
    });
    expect(bad.status).toBe(400);
    const problems = bad.body['problems'] as { message: string; messageEn: string }[];
    expect(problems.map((p) => p.message)).toEqual([
      'Mötet ligger på nyårsafton. Välj en arbetsdag.',
      'Okänd förvaltning eller bolag: finns-inte.',
    ]);
    expect(problems[1]?.messageEn).toBe('Unknown organisation: finns-inte.');
    expect((await call(server, 'POST', '/api/v1/meetings', { theme: 42 })).status).toBe(400);
    expect(await server.rhythm.meetings.listMeetings()).toEqual(before);
  });

  it('plans, moves (telling those already reminded) and cancels a meeting', async () => {
    const created = await call(server, 'POST', '/api/v1/meetings', meetingForm);
    expect(created.status).toBe(201);
    const meeting = created.body['meeting'] as { id: string; version: number; startsAt: string };
    expect(meeting.startsAt).toBe('2027-01-20T12:00:00.000Z');
    // The round-open reminder reached one samordnare before the move.
    await outbox.enqueue(
      {
        key: `${meeting.id}:r1:open:${DEMO_SAMORDNARE}`,
        groupKey: meeting.id,
        kind: 'round-open',
        recipient: { kind: 'user', userId: DEMO_SAMORDNARE },
        message: { text: 'Dags att rapportera' },
        dueAt: NOW,
      },
      NOW,
    );
    await outbox.deliverAll(NOW);
    const moved = await call(server, 'PATCH', `/api/v1/meetings/${meeting.id}`, {
      ...meetingForm,
      date: '2027-01-21',
      action: 'move',
      version: meeting.version,
    });
    expect(moved.status).toBe(200);
    expect((await outbox.list({ kinds: ['meeting-moved'] })).map((j) => j.recipient)).toEqual([
      { kind: 'user', userId: DEMO_SAMORDNARE },
    ]);
    const stale = await call(server, 'PATCH', `/api/v1/meetings/${meeting.id}`, {
      action: 'cancel',
      version: 1,
    });
    expect(stale.status).toBe(409);
    const cancelled = await call(server, 'PATCH', `/api/v1/meetings/${meeting.id}`, {
      action: 'cancel',
      version: 2,
    });
    expect(cancelled.status).toBe(200);
    expect((cancelled.body['meeting'] as { status: string }).status).toBe('cancelled');
    expect(await outbox.list({ kinds: ['meeting-cancelled'] })).toHaveLength(1);
    expect(
      await outbox.list({ groupKey: meeting.id, statuses: ['pending'], kinds: ['meeting-moved'] }),
    ).toEqual([]);
  });

  it('shows one line per person with the state of her latest reminder (issue 18: Sara "når inte" though reached, three people twice)', async () => {
    const created = await call(server, 'POST', '/api/v1/meetings', {
      ...meetingForm,
      date: '2027-02-17',
      theme: 'Påminnelser som de läses',
    });
    expect(created.status).toBe(201);
    const meetingId = (created.body['meeting'] as { id: string }).id;
    const [jonas, karin, ali] = ['a4', 'a5', 'a6'].map(
      (n) => `00000000-0000-0000-0000-0000000000${n}`,
    );
    const DAY_BEFORE = '2026-11-22T10:00:00.000Z';
    const book = async (
      what: string,
      kind: string,
      userId: string,
      at: string,
      status: 'sent' | 'unreachable',
    ) => {
      const key = `${meetingId}:r1:${what}:${userId}`;
      await outbox.enqueue(
        {
          key,
          groupKey: meetingId,
          kind,
          recipient: { kind: 'user', userId },
          message: { text: 'Dags att rapportera' },
          dueAt: at,
        },
        at,
      );
      await outbox.claimDue('dispatcher', at, 60_000, 100);
      if (status === 'sent') await outbox.markSent(key, 'dispatcher', at);
      else await outbox.markFinal(key, 'dispatcher', status, 'no conversation', at);
    };
    // The round opened before anyone had the app: nobody was reached. Then Sara added the app
    // and "påminn nu" reached her; the other three still cannot be reached.
    for (const userId of [DEMO_SAMORDNARE, jonas, karin, ali]) {
      await book('open', 'round-open', userId ?? '', DAY_BEFORE, 'unreachable');
    }
    await book('now-2026-11-23T10:00', 'remind-now', DEMO_SAMORDNARE, NOW, 'sent');
    for (const userId of [jonas, karin, ali]) {
      await book('now-2026-11-23T10:00', 'remind-now', userId ?? '', NOW, 'unreachable');
    }
    const list = await call(server, 'GET', '/api/v1/meetings?year=2027');
    const view = (
      list.body['meetings'] as {
        meeting: { id: string };
        reminders: {
          counts: Record<string, number>;
          recipients: { userId: string; name: string; state: string; lastSentAt: string | null }[];
        };
      }[]
    ).find((m) => m.meeting.id === meetingId);
    const lines = view?.reminders.recipients ?? [];
    expect(lines.map((l) => l.userId).sort()).toEqual([DEMO_SAMORDNARE, jonas, karin, ali].sort());
    expect(lines.find((l) => l.userId === DEMO_SAMORDNARE)).toMatchObject({
      name: 'Sara Lind (demo)',
      state: 'sent',
      lastSentAt: NOW,
    });
    expect(
      lines
        .filter((l) => l.state === 'unreachable')
        .map((l) => l.name)
        .sort(),
    ).toEqual(['Ali Demir (demo)', 'Jonas Ek (demo)', 'Karin Ahl (demo)']);
    expect(view?.reminders.counts).toMatchObject({ sent: 1, unreachable: 3, failed: 0 });
  });

  it('shows failed and unreachable reminders by status, and "försök igen" puts them back', async () => {
    const [current] = (await server.rhythm.meetings.listMeetings()).filter((m) => m.startsAt > NOW);
    if (current === undefined) throw new Error('no upcoming demo meeting');
    const key = `${current.id}:r1:open:${DEMO_SAMORDNARE}`;
    await outbox.enqueue(
      {
        key,
        groupKey: current.id,
        kind: 'round-open',
        recipient: { kind: 'user', userId: DEMO_SAMORDNARE },
        message: { text: 'x' },
        dueAt: NOW,
      },
      NOW,
    );
    await outbox.claimDue('dispatcher', NOW, 60_000, 100);
    await outbox.markFinal(key, 'dispatcher', 'unreachable', 'no personal conversation', NOW);
    const list = await call(server, 'GET', `/api/v1/meetings?year=2026`);
    const view = (
      list.body['meetings'] as {
        meeting: { id: string };
        reminders: { counts: Record<string, number>; recipients: unknown[] };
      }[]
    ).find((m) => m.meeting.id === current.id);
    expect(view?.reminders.counts['unreachable']).toBe(1);
    expect(view?.reminders.recipients).toEqual([
      {
        key,
        kind: 'round-open',
        state: 'unreachable',
        userId: DEMO_SAMORDNARE,
        name: 'Sara Lind (demo)',
        at: NOW,
        lastSentAt: null,
        attempts: 0,
      },
    ]);
    expect(JSON.stringify(list.body)).not.toContain('no personal conversation');
    const retried = await call(
      server,
      'POST',
      `/api/v1/outbox/${encodeURIComponent(key)}/retry`,
      {},
    );
    expect(retried).toEqual({ status: 200, body: { key, status: 'pending' } });
    expect(
      (await call(server, 'POST', `/api/v1/outbox/${encodeURIComponent(key)}/retry`, {})).status,
    ).toBe(409);
    expect((await call(server, 'POST', '/api/v1/outbox/nope/retry', {})).status).toBe(404);
  });
});
