/**
 * The people lists on the Graph fake beyond the shared contract: what a second instance reads
 * back after a cold sync (a removal, the log, a stand-in, a stand-in's report), and that a
 * change and its log entry reach SharePoint together.
 */
import type { Member, StatusReport } from '../../bot/src/domain/types';
import { useFakeSite } from '../helpers/fake-site';
import { logEntry, PLAN_P, reportable, standIn } from './people-contract';

const sara: Member = { userId: 'u1', name: 'Sara', organisationId: 'org-a', roles: ['samordnare'] };

describe('SharePoint people lists', () => {
  const site = useFakeSite();
  const open = site.open;
  it('a second instance reads the removal, the log, the stand-in and the report back', async () => {
    const a = await open();
    await a.organisations.upsert({ id: 'org-a', name: 'Alfa', kind: 'forvaltning' });
    await a.members.upsert(
      sara,
      logEntry('l1', '2026-01-01T08:00:00.000Z', {
        kind: 'member',
        before: null,
        after: sara,
      }),
    );
    const july = standIn('s1', { absentUserId: 'u1' });
    await a.standIns.save(
      july,
      logEntry('l2', '2026-01-02T08:00:00.000Z', {
        kind: 'stand-in',
        before: null,
        after: july,
      }),
    );
    await a.members.remove(
      'u1',
      logEntry('l3', '2026-01-03T08:00:00.000Z', {
        kind: 'member',
        before: sara,
        after: null,
      }),
    );
    await a.plans.upsert(PLAN_P);
    const report: StatusReport = {
      ...(await reportable(a, 'act')),
      reportedByUserId: 'u9',
      reportedByName: 'Nils Öst',
      onBehalfOf: { userId: 'u1', name: 'Sara' },
    };
    await a.reports.append(report, 'k1');
    expect(await a.flush()).toBe(true);

    const b = await open();
    expect(await b.members.get('u1')).toBeUndefined();
    expect(await b.members.list()).toEqual([]);
    expect((await b.members.auditLog()).map((e) => e.id)).toEqual(['l3', 'l2', 'l1']);
    expect(await b.standIns.get('s1')).toEqual(july);
    expect(await b.reports.history('act')).toEqual([report]);
    // The removed member is an item with RemovedAt, not a deleted one.
    const items = [...(site.fake().site.list('Medlemmar')?.items.values() ?? [])];
    expect(items).toHaveLength(1);
    expect(items[0]?.fields['RemovedAt']).toBe('2026-01-03T08:00:00.000Z');
  });

  it('provisions the people lists with an index on every column it filters on', async () => {
    const indexed = (list: string): string[] =>
      (site.fake().site.list(list)?.columns ?? []).filter((c) => c.indexed).map((c) => c.name);
    expect(indexed('Ersättare')).toEqual(
      expect.arrayContaining(['SamordnaId', 'OrganisationId', 'AbsentUserId', 'StandInUserId']),
    );
    expect(indexed('Medlemmar-logg')).toEqual(
      expect.arrayContaining(['SamordnaId', 'At', 'SubjectUserId']),
    );
    const a = await open();
    const s = standIn('s2');
    await a.standIns.save(
      s,
      logEntry('l9', '2026-01-01T08:00:00.000Z', { kind: 'stand-in', before: null, after: s }),
    );
    expect(await a.flush()).toBe(true);
    expect(site.fake().requests.filter((r) => r.status >= 400)).toEqual([]);
  });
});
