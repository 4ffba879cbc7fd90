import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Samordna } from '../../bot/src/compose';
import { loadConfig } from '../../bot/src/config';
import { DEMO_HISTORY_PREFIX } from '../../bot/src/domain/catalog/demo-history';
import { roundProgress } from '../../bot/src/domain/meetings/progress';
import { meetingSchedule } from '../../bot/src/domain/meetings/schedule';
import { loadDashboard } from '../../bot/src/domain/services/dashboard-service';
import type { StatusReport } from '../../bot/src/domain/types';
import { startWired } from '../helpers/compose';
import { TestClock } from '../helpers/rhythm-world';

/** The day the issue saw "Läget frystes fredag 4 december": the demo's first start. */
const FIRST_START = '2026-12-04T09:00:00.000Z';

async function start(dataDir: string, clock: TestClock, demo = true): Promise<Samordna> {
  const config = loadConfig({
    PORT: '0',
    SAMORDNA_DATA_DIR: dataDir,
    SAMORDNA_TAB_DIR: join(__dirname, '..', '..', 'tab', 'dist'),
    LOG_LEVEL: 'warn',
    ...(demo ? {} : { SAMORDNA_DEMO_DATA: 'false' }),
  });
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  return startWired(config, { clock, scheduler: false, logDestination: sink });
}

/** Every report in the store, by activity history. */
async function allReports(server: Samordna): Promise<StatusReport[]> {
  const out: StatusReport[] = [];
  for (const activity of await server.store.activities.list()) {
    out.push(...(await server.store.reports.history(activity.id)));
  }
  return out;
}

async function state(server: Samordna) {
  const meetings = await server.rhythm.meetings.listMeetings();
  return {
    meetings,
    rounds: await server.store.rounds.list('fri-fran-vald-2022-2026'),
    reports: (await allReports(server)).map((r) => r.id).sort(),
    jobs: (await server.rhythm.delivery?.outbox.list()) ?? [],
    snapshots: await Promise.all(meetings.map((m) => server.rhythm.meetings.getSnapshot(m.id))),
    steps: await Promise.all(meetings.map((m) => server.rhythm.meetings.listSteps(m.id))),
  };
}

describe('demo data that looks like a year of use (#18 item 2)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samordna-demo-history-'));
  const clock = new TestClock(new Date(FIRST_START));
  let server: Samordna;

  beforeAll(async () => {
    server = await start(dataDir, clock);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const pastMeetings = async () =>
    (await server.rhythm.meetings.listMeetings()).filter((m) => m.startsAt < FIRST_START);

  it('has five past meetings over the last year, marked demo, each with its own round', async () => {
    const past = await pastMeetings();
    expect(past).toHaveLength(5);
    expect(past.every((m) => m.id.startsWith(DEMO_HISTORY_PREFIX))).toBe(true);
    const yearAgo = new Date(Date.parse(FIRST_START) - 366 * 24 * 3600_000).toISOString();
    expect(past.every((m) => m.startsAt > yearAgo)).toBe(true);
    expect(new Set(past.map((m) => m.roundId)).size).toBe(5);
    for (const meeting of past) {
      expect(meeting.theme).toMatch(/\(demo\)$/);
      expect((await server.store.rounds.get(meeting.roundId))?.title).toContain('(demo)');
    }
  });

  it('freezes every past meeting at its own start, with the reports of its round up to then', async () => {
    const dashboard = await loadDashboard(server.store, clock, undefined, {});
    const timeline = new Map(dashboard?.timeline.meetings.map((m) => [m.id, m]));
    for (const meeting of await pastMeetings()) {
      const snapshot = await server.rhythm.meetings.getSnapshot(meeting.id);
      expect(snapshot?.takenAt).toBe(meeting.startsAt);
      const inRound = (await allReports(server)).filter((r) => r.roundId === meeting.roundId);
      // Nobody reported in a past round after its meeting.
      expect(inRound.every((r) => r.reportedAt < meeting.startsAt)).toBe(true);
      const reported = new Set(inRound.map((r) => r.activityId)).size;
      const progress = await roundProgress(server.store, meeting);
      const total = progress.reduce((n, p) => n + p.total, 0);
      expect(reported).toBeGreaterThan(0.55 * total);
      expect(reported).toBeLessThan(total);
      expect(progress.reduce((n, p) => n + p.reported, 0)).toBe(reported);
      expect(snapshot?.entries.filter((e) => e.reportedInRound)).toHaveLength(reported);
      // Mötesrytm shows the same count ("37 av 53"), not "0 av 53".
      expect(timeline.get(meeting.roundId)).toMatchObject({ state: 'past', reported });
    }
  });

  it('gives response rates that vary by organisation and are above zero for most', async () => {
    const dashboard = await loadDashboard(server.store, clock, undefined, {});
    const rows = dashboard?.responseRates.rows ?? [];
    expect(rows.length).toBeGreaterThan(10);
    const rates = rows.map((r) => r.rate ?? 0);
    expect(rates.filter((r) => r > 0).length).toBeGreaterThanOrEqual(Math.ceil(rows.length * 0.8));
    expect(new Set(rates.map((r) => r.toFixed(2))).size).toBeGreaterThanOrEqual(6);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.2);
  });

  it('has realistic reports: mixed statuses with reasons, late reporters, edits, demo names', async () => {
    const past = await pastMeetings();
    const rounds = new Set(past.map((m) => m.roundId));
    const reports = (await allReports(server)).filter((r) => rounds.has(r.roundId));
    const statuses = new Set(reports.map((r) => r.status));
    for (const s of ['pagar', 'pagar-med-avvikelse', 'framflyttad', 'genomford'] as const) {
      expect(statuses).toContain(s);
    }
    const needReason = reports.filter((r) =>
      ['pagar-med-avvikelse', 'framflyttad'].includes(r.status),
    );
    expect(needReason.every((r) => r.reason.trim().length > 10)).toBe(true);
    expect(reports.every((r) => r.reportedByName.includes('(demo)'))).toBe(true);
    // Late: after the nudge went out; edits: a second report of an activity in one round.
    let late = 0;
    for (const meeting of past) {
      const nudge = meetingSchedule(meeting, server.rhythm.settings, server.rhythm.calendar).find(
        (s) => s.step === 'nudge',
      )?.at;
      late += reports.filter(
        (r) => r.roundId === meeting.roundId && r.reportedAt > (nudge ?? ''),
      ).length;
    }
    expect(late).toBeGreaterThan(5);
    const perRound = new Map<string, number>();
    for (const r of reports) {
      const key = `${r.roundId}:${r.activityId}`;
      perRound.set(key, (perRound.get(key) ?? 0) + 1);
    }
    expect([...perRound.values()].filter((n) => n === 2).length).toBeGreaterThanOrEqual(2);
  });

  it("records every past meeting's reminders as sent and its steps as the scheduler would", async () => {
    const samordnare = (await server.store.members.list()).filter((m) =>
      m.roles.includes('samordnare'),
    );
    for (const meeting of await pastMeetings()) {
      const jobs = (await server.rhythm.delivery?.outbox.list({ groupKey: meeting.id })) ?? [];
      expect(jobs.filter((j) => j.kind === 'round-open')).toHaveLength(samordnare.length);
      // No team channel was chosen in the demo: no summary was posted anywhere.
      expect(jobs.filter((j) => j.recipient.kind === 'conversation')).toEqual([]);
      expect(jobs.every((j) => j.status === 'sent' && j.sentAt !== null)).toBe(true);
      expect(jobs.every((j) => (j.sentAt ?? '') < meeting.startsAt)).toBe(true);
      const steps = await server.rhythm.meetings.listSteps(meeting.id);
      expect(Object.fromEntries(steps.map((s) => [s.step, s.outcome]))).toEqual({
        open: 'done',
        nudge: 'done',
        summary: 'skipped',
        close: 'done',
      });
    }
  });

  it('is written once: a restart a week later adds, moves and freezes nothing', async () => {
    const before = await state(server);
    await server.close();
    clock.set('2026-12-11T08:00:00.000Z');
    server = await start(dataDir, clock);
    const after = await state(server);
    expect(after.meetings.map((m) => [m.id, m.startsAt])).toEqual(
      before.meetings.map((m) => [m.id, m.startsAt]),
    );
    expect(after.rounds.map((r) => r.id)).toEqual(before.rounds.map((r) => r.id));
    expect(after.reports).toEqual(before.reports);
    expect(after.jobs.map((j) => [j.key, j.status])).toEqual(
      before.jobs.map((j) => [j.key, j.status]),
    );
    expect(after.snapshots).toEqual(before.snapshots);
    expect(after.steps).toEqual(before.steps);
  });

  it('writes nothing with SAMORDNA_DEMO_DATA=false', async () => {
    const emptyDir = mkdtempSync(join(tmpdir(), 'samordna-no-demo-'));
    const bare = await start(emptyDir, new TestClock(new Date(FIRST_START)), false);
    try {
      const s = await state(bare);
      expect(s.meetings).toEqual([]);
      expect(s.rounds).toEqual([]);
      expect(s.reports).toEqual([]);
      expect(s.jobs).toEqual([]);
      expect(await bare.store.activities.list()).toEqual([]);
    } finally {
      await bare.close();
      rmSync(emptyDir, { recursive: true, force: true });
    }
  });
});
