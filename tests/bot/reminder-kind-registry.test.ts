/**
 * Acceptance for issue #16 item 3 (decision 0029): adding a reminder kind is one registry
 * entry, its strings and its test. This test registers a kind Samordna does not have
 * ("agendan klar", two days before the meeting; tests/helpers/agenda-ready-kind.ts) and sees it
 * planned by the scheduler, rendered as a card, and listed in the tab's data from
 * GET /api/v1/meetings, through the real server; nothing else in bot/ or tab/ names it.
 */
import type { OutboxJob } from '../../bot/src/domain/ports/outbox.port';
import { findReminderKind } from '../../bot/src/domain/reminders/reminder-kinds';
import { tick, type SchedulerDeps } from '../../bot/src/rhythm/scheduler';
import { InMemoryLeases, InMemoryOutbox } from '../fakes/in-memory-outbox';
import { DEMO_SAMORDNING } from '../helpers/activities';
import { validateAdaptiveCard } from '../helpers/adaptive-card-validator';
import { registerAgendaReady } from '../helpers/agenda-ready-kind';
import { TestClock } from '../helpers/rhythm-world';
import { callApi, startTestServer, type TestServer } from '../helpers/server';

const NOW = '2026-11-23T10:00:00.000Z';
/** Wednesday 20 January 2027 13:00 local; two days before is Monday 18 January, 09:00 local. */
const meetingForm = {
  date: '2027-01-20',
  startTime: '13:00',
  endTime: '15:00',
  theme: 'Skolan som skyddsfaktor',
  agenda: '1. Läget',
  organisationIds: [],
  teamsLink: '',
};
const AGENDA_READY_AT = '2027-01-18T08:00:00.000Z';

interface KindView {
  kind: string;
  step: string | null;
  audience: string;
  labels: { sv: string; en: string };
  stepLabels: { sv: string; en: string } | null;
}
interface Overview {
  reminderKinds: KindView[];
  meetings: {
    meeting: { id: string };
    steps: { step: string; at: string; outcome: string | null }[];
    reminders: { recipients?: { userId: string; kind: string }[] } | null;
  }[];
}

describe('a new reminder kind: one entry, its strings, its test', () => {
  let server: TestServer;
  let undo: () => void;
  const outbox = new InMemoryOutbox();
  const clock = new TestClock(new Date(NOW));

  beforeAll(async () => {
    undo = registerAgendaReady();
    server = await startTestServer({ SAMORDNA_DEV_USER_ID: DEMO_SAMORDNING }, clock, {
      delivery: { outbox, leases: new InMemoryLeases() },
      scheduler: false,
    });
  });
  afterAll(async () => {
    undo();
    await server.stop();
  });

  const schedulerDeps = (): SchedulerDeps => ({
    store: server.store,
    meetings: server.rhythm.meetings,
    minutes: server.rhythm.minutes,
    outbox,
    leases: new InMemoryLeases(),
    channel: server.rhythm.channel,
    renderer: server.rhythm.renderer,
    settings: server.rhythm.settings,
    calendar: server.rhythm.calendar,
    owner: 'acceptance',
    tabUrl: () => 'https://samordna.example/tab/',
  });

  it('is planned, rendered as a card and listed in the tab with its labels', async () => {
    const created = await callApi(server, 'POST', '/api/v1/meetings', meetingForm);
    expect(created.status).toBe(201);
    const meetingId = (await server.rhythm.meetings.listMeetings()).find((m) =>
      m.startsAt.startsWith('2027-01-20'),
    )?.id;
    expect(meetingId).toBeDefined();

    // Planned: the scheduler expands its step when it is due, like the built-in ones.
    const before = await tick(schedulerDeps(), new Date('2027-01-18T07:59:00.000Z'));
    expect(before.expansions.filter((e) => e.meetingId === meetingId).map((e) => e.step)).toEqual([
      'open',
      'nudge',
    ]);
    const result = await tick(schedulerDeps(), new Date(AGENDA_READY_AT));
    const expansion = result.expansions.find((e) => e.meetingId === meetingId);
    expect(expansion).toMatchObject({ step: 'agenda-ready', outcome: 'done' });
    const jobs: OutboxJob[] = (await outbox.list({ groupKey: meetingId ?? '' })).filter(
      (j) => j.kind === 'agenda-ready',
    );
    expect(jobs.length).toBe(expansion?.jobs);
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) {
      expect(job.key).toMatch(new RegExp(`^${meetingId}:r1:agenda-ready:`));
      expect(job.dueAt).toBe(AGENDA_READY_AT);
      expect(job.recipient.kind).toBe('user');
    }

    // Rendered: the personal reminder card with the kind's own title and text (Swedish).
    const [first] = jobs;
    expect(first?.message.summary).toBe(
      'Dagordningen inför mötet 20 januari 2027 kl. 13:00 är klar',
    );
    expect(validateAdaptiveCard(first?.message.card)).toEqual([]);
    expect(JSON.stringify(first?.message.card)).toContain(
      'Rapportera det som saknas för din förvaltning.',
    );

    // Listed in the tab's data: the kind with its labels, its step in the meeting's schedule
    // (in order of days before the meeting) and the people it reached.
    const list = await callApi(server, 'GET', '/api/v1/meetings?year=2027');
    expect(list.status).toBe(200);
    const overview = list.body as unknown as Overview;
    expect(overview.reminderKinds.find((k) => k.kind === 'agenda-ready')).toEqual({
      kind: 'agenda-ready',
      step: 'agenda-ready',
      audience: 'unreported',
      labels: { sv: 'agendan klar', en: 'agenda ready' },
      stepLabels: { sv: 'Agendan klar', en: 'Agenda ready' },
    });
    const view = overview.meetings.find((m) => m.meeting.id === meetingId);
    expect(view?.steps.map((s) => s.step)).toEqual([
      'open',
      'nudge',
      'agenda-ready',
      'summary',
      'close',
    ]);
    expect(view?.steps.find((s) => s.step === 'agenda-ready')).toMatchObject({
      at: AGENDA_READY_AT,
      outcome: 'done',
    });
    const reached = (view?.reminders?.recipients ?? []).filter((r) => r.kind === 'agenda-ready');
    expect(reached.map((r) => r.userId).sort()).toEqual(
      jobs.map((j) => (j.recipient.kind === 'user' ? j.recipient.userId : '')).sort(),
    );
  });

  it('the built-in kinds are listed with their labels too, and the close step is no kind', async () => {
    const list = await callApi(server, 'GET', '/api/v1/meetings?year=2027');
    const kinds = (list.body as unknown as Overview).reminderKinds;
    expect(kinds.map((k) => k.kind)).toEqual([
      'round-open',
      'nudge',
      'summary',
      'remind-now',
      'meeting-moved',
      'meeting-cancelled',
      'minutes',
      'agenda-ready',
    ]);
    expect(kinds.find((k) => k.kind === 'round-open')?.stepLabels).toEqual({
      sv: 'Omgången öppnar',
      en: 'Round opens',
    });
    expect(kinds.find((k) => k.kind === 'remind-now')).toMatchObject({
      step: null,
      stepLabels: null,
      labels: { sv: 'påminn nu', en: 'remind now' },
    });
    expect(kinds.some((k) => k.step === 'close')).toBe(false);
  });

  it('once unregistered, the kind is gone from the registry and the tab', async () => {
    undo();
    try {
      expect(findReminderKind('agenda-ready')).toBeUndefined();
      const list = await callApi(server, 'GET', '/api/v1/meetings?year=2027');
      const overview = list.body as unknown as Overview;
      expect(overview.reminderKinds.map((k) => k.kind)).not.toContain('agenda-ready');
      expect(overview.meetings.flatMap((m) => m.steps.map((s) => s.step))).not.toContain(
        'agenda-ready',
      );
    } finally {
      undo = registerAgendaReady();
    }
  });
});
