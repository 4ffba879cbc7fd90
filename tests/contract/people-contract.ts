/**
 * The people part of the StorePort contract (members removed and logged, stand-ins, a
 * stand-in's report), run by store.contract.test.ts against every adapter.
 */
import type { PeopleAuditEntry, StandIn } from '../../bot/src/domain/people/people-types';
import type { StorePort } from '../../bot/src/domain/ports/store.port';
import type { Member, StatusReport } from '../../bot/src/domain/types';
import { newActivity } from '../helpers/fixtures';

const sara: Member = {
  userId: 'user-1',
  name: 'Sara Lind – åäö',
  organisationId: 'org-a',
  roles: ['samordnare'],
};

export function logEntry(
  id: string,
  at: string,
  change: PeopleAuditEntry['change'],
  subjectUserId = 'user-1',
): PeopleAuditEntry {
  return { id, at, actorUserId: 'boss', actorName: 'Omar Haddad', subjectUserId, change };
}

export function standIn(id: string, overrides: Partial<StandIn> = {}): StandIn {
  // Every field filled, so the adapters' mappers are fully exercised.
  return {
    id,
    organisationId: 'org-a',
    absentUserId: 'user-1',
    absentName: 'Sara Lind',
    standInUserId: 'user-9',
    standInName: 'Nils Öst',
    from: '2026-07-01',
    to: '2026-07-31',
    createdByUserId: 'user-1',
    createdByName: 'Sara Lind',
    createdAt: '2026-06-20T08:00:00.000Z',
    endedAt: null,
    endedByName: null,
    ...overrides,
  };
}

/** An open round and an activity of org-a in plan-p to report on, and a report on it by Sara. */
export async function reportable(store: StorePort, activityId: string): Promise<StatusReport> {
  await store.rounds.upsert({
    id: 'round-p',
    planId: 'plan-p',
    kind: 'mote',
    title: 'Runda',
    opensAt: '2026-01-01T00:00:00.000Z',
    closesAt: '2027-01-01T00:00:00.000Z',
  });
  await store.activities.create(
    newActivity({ id: activityId, planId: 'plan-p', organisationId: 'org-a' }),
  );
  return {
    id: `rep-${activityId}`,
    activityId,
    roundId: 'round-p',
    status: 'pagar',
    done: 'Gjort',
    next: '',
    reason: '',
    reportedByUserId: 'user-1',
    reportedByName: 'Sara Lind',
    reportedAt: '2026-02-01T08:00:00.000Z',
  };
}

export const PLAN_P = {
  id: 'plan-p',
  title: 'Plan',
  periodStart: 2022,
  periodEnd: 2026,
  vision: '',
  goals: [{ number: 1, title: 'Mål', strategies: [] }],
  focusAreas: [],
  perspectives: [],
  targetGroups: [],
  preventionLevels: [],
  headings: [],
};

export function peopleContract(current: () => StorePort): void {
  let store: StorePort;

  beforeEach(async () => {
    store = current();
    await store.plans.upsert(PLAN_P);
    await store.organisations.upsert({ id: 'org-a', name: 'Alfa', kind: 'forvaltning' });
    await store.organisations.upsert({ id: 'org-b', name: 'Beta', kind: 'bolag' });
  });

  describe('members and the people log', () => {
    it('logs a change with the member as one unit, once per entry, newest first', async () => {
      const added = logEntry('log-1', '2026-01-01T08:00:00.000Z', {
        kind: 'member',
        before: null,
        after: sara,
      });
      await store.members.upsert(sara, added);
      await store.members.upsert(sara, added);
      const moved: Member = { ...sara, organisationId: 'org-b', roles: ['samordnare', 'hr'] };
      const change = logEntry('log-2', '2026-01-02T08:00:00.000Z', {
        kind: 'member',
        before: sara,
        after: moved,
      });
      await store.members.upsert(moved, change);
      expect(await store.members.get('user-1')).toEqual(moved);
      expect(await store.members.auditLog()).toEqual([change, added]);
      expect(await store.members.auditLog({ limit: 1 })).toEqual([change]);
    });

    it('logs nothing without an entry (the seed)', async () => {
      await store.members.upsert(sara);
      expect(await store.members.get('user-1')).toEqual(sara);
      expect(await store.members.auditLog()).toEqual([]);
    });

    it('removes a member with the entry; their reports stay; removing again is a no-op', async () => {
      await store.members.upsert(sara);
      await store.members.upsert({ ...sara, userId: 'user-2', name: 'Kvar' });
      const report = await reportable(store, 'act-p');
      await store.reports.append(report, 'key-p');

      const removal = logEntry('log-r', '2026-03-01T08:00:00.000Z', {
        kind: 'member',
        before: sara,
        after: null,
      });
      await store.members.remove('user-1', removal);
      expect(await store.members.get('user-1')).toBeUndefined();
      expect((await store.members.list()).map((m) => m.userId)).toEqual(['user-2']);
      expect(await store.reports.history('act-p')).toEqual([report]);
      await store.members.remove(
        'user-1',
        logEntry('log-r2', '2026-03-02T08:00:00.000Z', removal.change),
      );
      await store.members.remove(
        'nobody',
        logEntry('log-r3', '2026-03-02T08:00:00.000Z', removal.change),
      );
      expect(await store.members.auditLog()).toEqual([removal]);

      // Added back later: a member again, with the record as it is now.
      await store.members.upsert({ ...sara, organisationId: 'org-b' });
      expect(await store.members.get('user-1')).toEqual({ ...sara, organisationId: 'org-b' });
    });
  });

  describe('stand-ins', () => {
    it('saves, replaces and lists stand-ins by organisation, each save logged once', async () => {
      const july = standIn('si-1');
      const august = standIn('si-2', { from: '2026-08-01', to: '2026-08-10' });
      const other = standIn('si-3', { organisationId: 'org-b', from: '2026-06-01' });
      const addedJuly = logEntry('log-s1', '2026-06-20T08:00:00.000Z', {
        kind: 'stand-in',
        before: null,
        after: july,
      });
      await store.standIns.save(
        august,
        logEntry('log-s2', '2026-06-20T09:00:00.000Z', {
          kind: 'stand-in',
          before: null,
          after: august,
        }),
      );
      await store.standIns.save(july, addedJuly);
      await store.standIns.save(july, addedJuly);
      await store.standIns.save(
        other,
        logEntry('log-s3', '2026-06-20T10:00:00.000Z', {
          kind: 'stand-in',
          before: null,
          after: other,
        }),
      );
      expect(await store.standIns.get('si-1')).toEqual(july);
      expect(await store.standIns.get('missing')).toBeUndefined();
      expect((await store.standIns.list()).map((s) => s.id)).toEqual(['si-3', 'si-1', 'si-2']);
      expect((await store.standIns.list({ organisationId: 'org-a' })).map((s) => s.id)).toEqual([
        'si-1',
        'si-2',
      ]);

      const ended: StandIn = { ...july, endedAt: '2026-07-10T12:00:00.000Z', endedByName: 'Omar' };
      const endedLog = logEntry('log-s4', '2026-07-10T12:00:00.000Z', {
        kind: 'stand-in',
        before: july,
        after: ended,
      });
      await store.standIns.save(ended, endedLog);
      expect(await store.standIns.get('si-1')).toEqual(ended);
      const log = await store.members.auditLog();
      expect(log.map((e) => e.id)).toEqual(['log-s4', 'log-s3', 'log-s2', 'log-s1']);
      expect(log[0]).toEqual(endedLog);
    });
  });

  describe("a stand-in's report", () => {
    it('keeps whom it was made for; other reports have no such field', async () => {
      const own = await reportable(store, 'act-s');
      const forSara: StatusReport = {
        ...own,
        id: 'rep-for',
        reportedByUserId: 'user-9',
        reportedByName: 'Nils Öst',
        reportedAt: '2026-07-02T08:00:00.000Z',
        onBehalfOf: { userId: 'user-1', name: 'Sara Lind' },
      };
      await store.reports.append(own, 'k-own');
      await store.reports.append(forSara, 'k-for', { userBound: true });
      const history = await store.reports.history('act-s');
      expect(history).toEqual([own, forSara]);
      expect(history[0]).not.toHaveProperty('onBehalfOf');
      expect(await store.reports.latest({ activityIds: ['act-s'] })).toEqual([forSara]);
    });
  });
}
