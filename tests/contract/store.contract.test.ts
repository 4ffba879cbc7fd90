/**
 * One contract suite for every StorePort adapter. Only the port interface is used
 * here, so a SharePoint/Graph adapter can join the `adapters` list unchanged.
 */
import {
  ConflictError,
  IdempotencyKeyReusedError,
  NotFoundError,
  type StorePort,
} from '../../bot/src/domain/ports/store.port';
import type { SupportEntry } from '../../bot/src/domain/support/support-types';
import type {
  Activity,
  Member,
  Organisation,
  Plan,
  ReportingRound,
  StatusReport,
} from '../../bot/src/domain/types';
import { SqliteStore } from '../../bot/src/store/sqlite/sqlite-store';
import { newActivity, type NewActivity } from '../helpers/fixtures';
import { GraphFake } from '../fakes/graph-fake';
import { openFakeStore, provisionFake } from '../helpers/sharepoint';
import { peopleContract } from './people-contract';

function plan(id: string, periodStart: number, title = `Plan ${id}`): Plan {
  return {
    id,
    title,
    periodStart,
    periodEnd: periodStart + 4,
    vision: 'Ingen blir utsatt för våld.',
    goals: [
      { number: 1, title: 'Mål ett', strategies: [{ id: 'm1-s1', text: 'arbeta förebyggande' }] },
      { number: 2, title: 'Mål två', strategies: [] },
    ],
    focusAreas: [{ id: 'vald-i-nara-relation', name: 'Våld i nära relation', nameEn: 'IPV' }],
    perspectives: [],
    targetGroups: [],
    preventionLevels: [{ id: 'universell', name: 'Universell', nameEn: 'Universal' }],
    headings: [],
  };
}

const org = (
  id: string,
  name: string,
  kind: Organisation['kind'] = 'forvaltning',
): Organisation => ({
  id,
  name,
  kind,
});

function activity(id: string, overrides: Partial<NewActivity> = {}): NewActivity {
  // Every field filled with a non-default value, so the adapters' mappers are fully exercised.
  return newActivity({
    id,
    strategyId: 'm1-s1',
    description: 'Beskrivning med åäö och "citat".',
    focusAreaIds: ['vald-i-nara-relation'],
    perspectiveIds: ['barnperspektivet'],
    targetGroupIds: ['barn', 'unga'],
    preventionLevel: 'universell',
    direction: 'malmobor',
    partners: ['Polisen'],
    owner: 'Enheten för trygghet',
    startDate: '2024-01-01',
    endDate: null,
    createdAt: '2024-01-01T08:00:00.000Z',
    updatedAt: '2024-01-01T08:00:00.000Z',
    ...overrides,
  });
}

function round(
  id: string,
  opensAt: string,
  overrides: Partial<ReportingRound> = {},
): ReportingRound {
  return {
    id,
    planId: 'plan-a',
    kind: 'mote',
    title: `Runda ${id}`,
    opensAt,
    closesAt: '2030-01-01T00:00:00.000Z',
    ...overrides,
  };
}

function report(
  id: string,
  activityId: string,
  reportedAt: string,
  overrides: Partial<StatusReport> = {},
): StatusReport {
  return {
    id,
    activityId,
    roundId: 'round-1',
    status: 'pagar',
    done: `Gjort (${id})`,
    next: 'Nästa steg',
    reason: '',
    reportedByUserId: 'user-1',
    reportedByName: 'Sara Lind',
    reportedAt,
    ...overrides,
  };
}

/** Plans, organisations and rounds the activity and report tests refer to. */
async function seedBasics(store: StorePort): Promise<void> {
  await store.plans.upsert(plan('plan-a', 2022));
  await store.plans.upsert(plan('plan-b', 2027));
  await store.organisations.upsert(org('org-a', 'Alfa-förvaltningen'));
  await store.organisations.upsert(org('org-b', 'Beta AB', 'bolag'));
  await store.rounds.upsert(round('round-1', '2024-01-01T00:00:00.000Z'));
  await store.rounds.upsert(round('round-2', '2024-06-01T00:00:00.000Z'));
}

function supportEntry(
  id: string,
  overrides: Partial<Omit<SupportEntry, 'version'>> = {},
): Omit<SupportEntry, 'version'> {
  // Every field filled with a non-default value, so the adapters' mappers are fully exercised.
  return {
    id,
    title: `Stöd ${id} – åäö`,
    body: 'Ring **020-50 50 50**.\n\n[Läs mer](https://example.se/"citat")',
    audiences: ['chef', 'kollega'],
    category: 'stod-for-dig-som-ar-utsatt',
    contacts: [
      { name: 'Linjen', phone: '020-50 50 50', email: 'a@example.se', url: 'https://example.se' },
      { name: 'Tom', phone: '', email: '', url: '' },
    ],
    ownerOrganisationId: 'org-a',
    status: 'utkast',
    validFrom: '2024-01-01',
    validTo: null,
    reviewedAt: '2024-01-01T08:00:00.000Z',
    source: 'https://example.se/kalla',
    demo: true,
    updatedAt: '2024-01-01T08:00:00.000Z',
    updatedByName: 'Eva Berg',
    ...overrides,
  };
}

const created = {
  action: 'skapad',
  changedByUserId: 'hr-1',
  changedByName: 'Eva Berg',
  changedAt: '2024-01-01T08:00:00.000Z',
} as const;

export function storeContract(name: string, open: () => Promise<StorePort>): void {
  describe(`${name}`, () => {
    let store: StorePort;

    beforeEach(async () => {
      store = await open();
    });

    afterEach(async () => {
      await store.close();
    });

    describe('plans', () => {
      it('returns undefined for an unknown plan and an empty list at first', async () => {
        expect(await store.plans.get('nope')).toBeUndefined();
        expect(await store.plans.list()).toEqual([]);
      });

      it('upsert then get gives the same plan back', async () => {
        const p = plan('plan-a', 2022);
        await store.plans.upsert(p);
        expect(await store.plans.get('plan-a')).toEqual(p);
      });

      it('upsert is idempotent and replaces', async () => {
        await store.plans.upsert(plan('plan-a', 2022));
        await store.plans.upsert(plan('plan-a', 2022));
        expect(await store.plans.list()).toHaveLength(1);
        await store.plans.upsert(plan('plan-a', 2022, 'Ny titel'));
        const plans = await store.plans.list();
        expect(plans).toHaveLength(1);
        expect(plans[0]?.title).toBe('Ny titel');
      });

      it('lists the newest period first', async () => {
        await store.plans.upsert(plan('old', 2018));
        await store.plans.upsert(plan('new', 2027));
        await store.plans.upsert(plan('mid', 2022));
        expect((await store.plans.list()).map((p) => p.id)).toEqual(['new', 'mid', 'old']);
      });

      it('has no current plan when empty, and the newest period until one is chosen', async () => {
        expect(await store.plans.current()).toBeUndefined();
        await store.plans.upsert(plan('old', 2018));
        await store.plans.upsert(plan('new', 2027));
        expect((await store.plans.current())?.id).toBe('new');
      });

      it('makes exactly one plan current, kept across upserts, and refuses an unknown plan', async () => {
        await store.plans.upsert(plan('old', 2018));
        await store.plans.upsert(plan('new', 2027));
        await store.plans.makeCurrent('old');
        expect(await store.plans.current()).toEqual(plan('old', 2018));
        await store.plans.upsert(plan('old', 2018, 'Ändrad titel'));
        await store.plans.upsert(plan('newest', 2031));
        expect((await store.plans.current())?.title).toBe('Ändrad titel');
        await store.plans.makeCurrent('newest');
        expect((await store.plans.current())?.id).toBe('newest');
        await expect(store.plans.makeCurrent('nope')).rejects.toThrow(NotFoundError);
        expect((await store.plans.current())?.id).toBe('newest');
        // The mark is the store's, not the plan's: list and get give the plan as upserted.
        expect(await store.plans.get('old')).toEqual(plan('old', 2018, 'Ändrad titel'));
        expect((await store.plans.list()).map((p) => p.id)).toEqual(['newest', 'new', 'old']);
      });
    });

    describe('organisations', () => {
      it('sorts by Swedish collation: Å, Ä, Ö after Z', async () => {
        for (const [id, orgName] of [
          ['o', 'Öster'],
          ['ae', 'Ängel'],
          ['aa', 'Åby'],
          ['z', 'Zeta'],
          ['a', 'Alfa'],
        ]) {
          await store.organisations.upsert(org(id ?? '', orgName ?? ''));
        }
        expect((await store.organisations.list()).map((o) => o.name)).toEqual([
          'Alfa',
          'Zeta',
          'Åby',
          'Ängel',
          'Öster',
        ]);
      });

      it('get, upsert idempotently and replace', async () => {
        expect(await store.organisations.get('org-a')).toBeUndefined();
        await store.organisations.upsert(org('org-a', 'Alfa'));
        await store.organisations.upsert(org('org-a', 'Alfa'));
        expect(await store.organisations.list()).toEqual([org('org-a', 'Alfa')]);
        await store.organisations.upsert(org('org-a', 'Alfa AB', 'bolag'));
        expect(await store.organisations.get('org-a')).toEqual(org('org-a', 'Alfa AB', 'bolag'));
        expect(await store.organisations.list()).toHaveLength(1);
      });

      it('keeps the history: validity, former names and handovers (decision 0030)', async () => {
        const changed: Organisation = {
          ...org('org-a', 'Alfa- och betaförvaltningen'),
          validFrom: '2020-01-01',
          validTo: '2026-06-30',
          formerNames: [
            { name: 'Alfa', until: '2022-12-31' },
            { name: 'Alfaförvaltningen', until: '2024-06-30' },
          ],
          handovers: [{ to: 'org-b', from: '2026-07-01', activityIds: ['a-1', 'a-2'] }],
        };
        await store.organisations.upsert(changed);
        expect(await store.organisations.get('org-a')).toEqual(changed);
        expect(await store.organisations.list()).toEqual([changed]);
        // Replaced by a record without history: the history is gone, nothing empty is left.
        await store.organisations.upsert(org('org-a', 'Alfa'));
        expect(await store.organisations.get('org-a')).toEqual(org('org-a', 'Alfa'));
      });
    });

    describe('activities', () => {
      beforeEach(async () => {
        await seedBasics(store);
      });

      it('create stores version 1 and get returns it', async () => {
        const created = await store.activities.create(activity('act-1'));
        expect(created).toEqual({ ...activity('act-1'), version: 1 });
        expect(await store.activities.get('act-1')).toEqual({ ...activity('act-1'), version: 1 });
        expect(await store.activities.get('nope')).toBeUndefined();
      });

      it('round-trips nulls and empty arrays', async () => {
        const bare = activity('bare', {
          strategyId: null,
          preventionLevel: null,
          startDate: null,
          endDate: null,
          partners: [],
          focusAreaIds: [],
          demo: true,
        });
        await store.activities.create(bare);
        expect(await store.activities.get('bare')).toEqual({ ...bare, version: 1 });
      });

      it('create with the same id and content is a no-op', async () => {
        await store.activities.create(activity('act-1'));
        const again = await store.activities.create(activity('act-1'));
        expect(again).toEqual({ ...activity('act-1'), version: 1 });
        expect(await store.activities.list()).toHaveLength(1);
      });

      it('create ignores timestamps and key order when comparing content', async () => {
        await store.activities.create(activity('act-1'));
        const { id, title, ...rest } = activity('act-1', {
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-01-01T00:00:00.000Z',
        });
        const again = await store.activities.create({ title, ...rest, id });
        expect(again).toEqual({ ...activity('act-1'), version: 1 });
      });

      it('create with the same id and different content throws ConflictError', async () => {
        await store.activities.create(activity('act-1'));
        await expect(
          store.activities.create(activity('act-1', { title: 'Något annat' })),
        ).rejects.toBeInstanceOf(ConflictError);
        expect((await store.activities.get('act-1'))?.title).toBe('Aktivitet act-1');
      });

      it('update with the right version stores version + 1', async () => {
        await store.activities.create(activity('act-1'));
        const changed = activity('act-1', {
          title: 'Ny titel',
          partners: ['Region Skåne'],
          updatedAt: '2024-02-01T08:00:00.000Z',
        });
        const updated = await store.activities.update(changed, 1);
        expect(updated).toEqual({ ...changed, version: 2 });
        expect(await store.activities.get('act-1')).toEqual({ ...changed, version: 2 });
        const third = await store.activities.update(activity('act-1', { title: 'Tredje' }), 2);
        expect(third.version).toBe(3);
      });

      it('update with a stale version throws ConflictError and changes nothing', async () => {
        await store.activities.create(activity('act-1'));
        await store.activities.update(activity('act-1', { title: 'Först' }), 1);
        await expect(
          store.activities.update(activity('act-1', { title: 'Sent' }), 1),
        ).rejects.toBeInstanceOf(ConflictError);
        const stored = await store.activities.get('act-1');
        expect(stored?.title).toBe('Först');
        expect(stored?.version).toBe(2);
      });

      it('update of an unknown id throws NotFoundError', async () => {
        await expect(store.activities.update(activity('ghost'), 1)).rejects.toBeInstanceOf(
          NotFoundError,
        );
        expect(await store.activities.get('ghost')).toBeUndefined();
      });

      it('lists by organisation and plan, ordered by goal then title', async () => {
        await store.activities.create(activity('a-2b', { goal: 2, title: 'Bravo' }));
        await store.activities.create(activity('a-1c', { goal: 1, title: 'Charlie' }));
        await store.activities.create(activity('a-2a', { goal: 2, title: 'Alfa' }));
        await store.activities.create(activity('b-1', { organisationId: 'org-b', title: 'Beta' }));
        await store.activities.create(activity('p-b', { planId: 'plan-b', title: 'Annan plan' }));

        const ids = (activities: Activity[]): string[] => activities.map((a) => a.id);
        expect(
          ids(await store.activities.list({ organisationId: 'org-a', planId: 'plan-a' })),
        ).toEqual(['a-1c', 'a-2a', 'a-2b']);
        expect(ids(await store.activities.list({ organisationId: 'org-b' }))).toEqual(['b-1']);
        expect(ids(await store.activities.list({ planId: 'plan-b' }))).toEqual(['p-b']);
        expect(ids(await store.activities.list({ organisationId: 'org-none' }))).toEqual([]);
        expect(await store.activities.list()).toHaveLength(5);
        expect(await store.activities.list({})).toHaveLength(5);
      });
    });

    describe('reports', () => {
      beforeEach(async () => {
        await seedBasics(store);
        for (const id of ['act-1', 'act-2', 'act-3']) await store.activities.create(activity(id));
      });

      it('append stores a report once per idempotency key', async () => {
        const first = report('rep-1', 'act-1', '2024-02-01T10:00:00.000Z');
        expect(await store.reports.append(first, 'key-1')).toEqual({
          report: first,
          created: true,
        });

        const retry = report('rep-1-retry', 'act-1', '2024-02-01T10:00:05.000Z', {
          status: 'genomford',
        });
        const second = await store.reports.append(retry, 'key-1');
        expect(second.created).toBe(false);
        expect(second.report).toEqual(first);
        expect(await store.reports.history('act-1')).toEqual([first]);
      });

      it('binds a key to its activity and round: reused for another, it is refused and stores nothing', async () => {
        const first = report('rep-1', 'act-1', '2024-02-01T10:00:00.000Z');
        await store.reports.append(first, 'key-1');
        const otherActivity = report('rep-2', 'act-2', '2024-02-01T10:00:05.000Z');
        await expect(store.reports.append(otherActivity, 'key-1')).rejects.toThrow(
          IdempotencyKeyReusedError,
        );
        const otherRound = report('rep-3', 'act-1', '2024-02-01T10:00:05.000Z', {
          roundId: 'round-2',
        });
        await expect(store.reports.append(otherRound, 'key-1')).rejects.toThrow(
          IdempotencyKeyReusedError,
        );
        expect(await store.reports.history('act-1')).toEqual([first]);
        expect(await store.reports.history('act-2')).toEqual([]);
      });

      it('binds a user-bound key to its reporter; the error carries nothing of the first report', async () => {
        const first = report('rep-1', 'act-1', '2024-02-01T10:00:00.000Z', {
          done: 'Hemligt: bara Saras text',
        });
        await store.reports.append(first, 'card-1', { userBound: true });
        const replay = report('rep-1b', 'act-1', '2024-02-01T10:00:05.000Z');
        expect(await store.reports.append(replay, 'card-1', { userBound: true })).toEqual({
          report: first,
          created: false,
        });
        const forged = report('rep-x', 'act-1', '2024-02-01T10:00:09.000Z', {
          reportedByUserId: 'user-2',
          reportedByName: 'Mallory',
        });
        const error: unknown = await store.reports
          .append(forged, 'card-1', { userBound: true, expectedLatestId: 'rep-1' })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(IdempotencyKeyReusedError);
        expect(JSON.stringify(error)).not.toContain('Sara');
        expect(String((error as Error).message)).not.toMatch(/Sara|Hemligt|user-1/);
        expect(await store.reports.history('act-1')).toEqual([first]);
        // Without userBound (content keys, e.g. an import) the reporter does not matter.
        expect((await store.reports.append(forged, 'key-content-1')).created).toBe(true);
        const sameContent = { ...forged, id: 'rep-y', reportedByUserId: 'user-3' };
        expect((await store.reports.append(sameContent, 'key-content-1')).created).toBe(false);
      });

      it('latest gives the newest report per activity by reportedAt', async () => {
        const older = report('rep-a', 'act-1', '2024-02-01T10:00:00.000Z');
        const newer = report('rep-b', 'act-1', '2024-02-03T10:00:00.000Z', { status: 'genomford' });
        const other = report('rep-c', 'act-2', '2024-02-02T10:00:00.000Z');
        // Appended out of time order: reportedAt decides, not the order of appends.
        await store.reports.append(newer, 'k-b');
        await store.reports.append(older, 'k-a');
        await store.reports.append(other, 'k-c');

        const latest = await store.reports.latest();
        expect(latest).toHaveLength(2);
        expect(latest).toEqual(expect.arrayContaining([newer, other]));
        // act-3 has no report and is absent.
        expect(latest.some((r) => r.activityId === 'act-3')).toBe(false);
      });

      it('on a reportedAt tie the later append wins', async () => {
        const at = '2024-02-01T10:00:00.000Z';
        // The later append has the smaller id, so ordering by id would pick the wrong one.
        const first = report('rep-z', 'act-1', at, { status: 'pagar' });
        const second = report('rep-a', 'act-1', at, { status: 'framflyttad', reason: 'Sjukdom' });
        await store.reports.append(first, 'k-1');
        await store.reports.append(second, 'k-2');
        expect(await store.reports.latest()).toEqual([second]);
        expect(await store.reports.history('act-1')).toEqual([first, second]);
      });

      it('keeps the outcome of a Genomförd report whole, and gives none to other reports', async () => {
        const full = report('rep-o1', 'act-1', '2024-02-01T10:00:00.000Z', {
          status: 'genomford',
          outcome: {
            result: 'Alla chefer inom förskolan bjöds in; åäö och "citat".',
            reached: 120,
            target: 150.5,
            unit: 'chefer utbildade',
            links: [
              'https://malmostad.sharepoint.com/sites/samordna/Delade%20dokument/utvardering.docx',
              'https://malmostad-my.sharepoint.com/personal/sara/Documents/lista.xlsx',
            ],
          },
        });
        // Only a figure: no result text, no links.
        const figureOnly = report('rep-o2', 'act-2', '2024-02-01T10:00:00.000Z', {
          status: 'genomford',
          outcome: { result: '', reached: 7, target: null, unit: '', links: [] },
        });
        const plain = report('rep-o3', 'act-3', '2024-02-01T10:00:00.000Z');
        await store.reports.append(full, 'k-o1');
        await store.reports.append(figureOnly, 'k-o2');
        await store.reports.append(plain, 'k-o3');
        expect(await store.reports.history('act-1')).toEqual([full]);
        expect(await store.reports.history('act-2')).toEqual([figureOnly]);
        const [stored] = await store.reports.history('act-3');
        expect(stored).toEqual(plain);
        expect(stored).not.toHaveProperty('outcome');
        expect(await store.reports.latest()).toEqual(
          expect.arrayContaining([full, figureOnly, plain]),
        );
      });

      it('latest filters by round and by activities', async () => {
        const r1Late = report('r1-late', 'act-1', '2024-05-01T00:00:00.000Z', {
          roundId: 'round-1',
        });
        const r2Early = report('r2-early', 'act-1', '2024-04-01T00:00:00.000Z', {
          roundId: 'round-2',
        });
        const act2 = report('r1-act2', 'act-2', '2024-03-01T00:00:00.000Z', { roundId: 'round-1' });
        await store.reports.append(r1Late, 'k1');
        await store.reports.append(r2Early, 'k2');
        await store.reports.append(act2, 'k3');

        const byId = (reports: StatusReport[]): string[] => reports.map((r) => r.id).sort();
        expect(byId(await store.reports.latest({ roundId: 'round-2' }))).toEqual(['r2-early']);
        expect(byId(await store.reports.latest({ roundId: 'round-1' }))).toEqual([
          'r1-act2',
          'r1-late',
        ]);
        expect(byId(await store.reports.latest({ activityIds: ['act-2'] }))).toEqual(['r1-act2']);
        expect(byId(await store.reports.latest({ activityIds: ['act-1', 'act-3'] }))).toEqual([
          'r1-late',
        ]);
        expect(
          byId(await store.reports.latest({ roundId: 'round-2', activityIds: ['act-1', 'act-2'] })),
        ).toEqual(['r2-early']);
        expect(await store.reports.latest({ activityIds: [] })).toEqual([]);
        expect(await store.reports.latest({ roundId: 'no-such-round' })).toEqual([]);
      });

      it('history is oldest first and limited to the activity', async () => {
        const third = report('h3', 'act-1', '2024-03-01T00:00:00.000Z');
        const first = report('h1', 'act-1', '2024-01-01T00:00:00.000Z');
        const second = report('h2', 'act-1', '2024-02-01T00:00:00.000Z');
        await store.reports.append(third, 'k3');
        await store.reports.append(first, 'k1');
        await store.reports.append(report('other', 'act-2', '2024-01-15T00:00:00.000Z'), 'k-other');
        await store.reports.append(second, 'k2');
        expect(await store.reports.history('act-1')).toEqual([first, second, third]);
        expect(await store.reports.history('act-3')).toEqual([]);
      });
    });

    describe('rounds', () => {
      beforeEach(async () => {
        await seedBasics(store);
      });

      it('lists a plan’s rounds ordered by opensAt', async () => {
        await store.rounds.upsert(round('round-0', '2023-06-01T00:00:00.000Z'));
        await store.rounds.upsert(
          round('other-plan', '2023-01-01T00:00:00.000Z', { planId: 'plan-b' }),
        );
        expect((await store.rounds.list('plan-a')).map((r) => r.id)).toEqual([
          'round-0',
          'round-1',
          'round-2',
        ]);
        expect((await store.rounds.list('plan-b')).map((r) => r.id)).toEqual(['other-plan']);
        expect(await store.rounds.list('no-plan')).toEqual([]);
      });

      it('get and upsert (idempotent, replaces)', async () => {
        expect(await store.rounds.get('nope')).toBeUndefined();
        const changed = round('round-1', '2024-01-02T00:00:00.000Z', {
          kind: 'uppfoljning',
          title: 'Ny titel',
          closesAt: '2024-02-01T00:00:00.000Z',
        });
        await store.rounds.upsert(changed);
        await store.rounds.upsert(changed);
        expect(await store.rounds.get('round-1')).toEqual(changed);
        expect(await store.rounds.list('plan-a')).toHaveLength(2);
      });
    });

    describe('members', () => {
      beforeEach(async () => {
        await seedBasics(store);
      });

      it('get, upsert idempotently and replace', async () => {
        const sara: Member = {
          userId: 'user-1',
          name: 'Sara Lind',
          organisationId: 'org-a',
          roles: ['samordnare'],
        };
        expect(await store.members.get('user-1')).toBeUndefined();
        await store.members.upsert(sara);
        await store.members.upsert(sara);
        expect(await store.members.get('user-1')).toEqual(sara);
        expect(await store.members.list()).toEqual([sara]);

        const promoted: Member = { ...sara, organisationId: null, roles: ['samordning', 'hr'] };
        await store.members.upsert(promoted);
        expect(await store.members.get('user-1')).toEqual(promoted);
        expect(await store.members.list()).toHaveLength(1);
      });

      it('lists every member', async () => {
        await store.members.upsert({
          userId: 'u2',
          name: 'Omar',
          organisationId: 'org-b',
          roles: [],
        });
        await store.members.upsert({
          userId: 'u1',
          name: 'Eva',
          organisationId: null,
          roles: ['hr'],
        });
        expect((await store.members.list()).map((m) => m.userId).sort()).toEqual(['u1', 'u2']);
      });
    });

    describe('people', () => {
      peopleContract(() => store);
    });

    describe('support', () => {
      beforeEach(async () => {
        await seedBasics(store);
      });

      it('creates at version 1, reads it back unchanged and records the first version', async () => {
        const entry = supportEntry('s1');
        expect(await store.support.get('s1')).toBeUndefined();
        const stored = await store.support.create(entry, created);
        expect(stored).toEqual({ ...entry, version: 1 });
        expect(await store.support.get('s1')).toEqual(stored);
        expect(await store.support.versions('s1')).toEqual([
          { entryId: 's1', version: 1, ...created, entry: stored },
        ]);
      });

      it('create is idempotent for the same content and conflicts for other content', async () => {
        const first = await store.support.create(supportEntry('s1'), created);
        expect(await store.support.create(supportEntry('s1'), created)).toEqual(first);
        expect(await store.support.versions('s1')).toHaveLength(1);
        await expect(
          store.support.create(supportEntry('s1', { title: 'Annat' }), created),
        ).rejects.toBeInstanceOf(ConflictError);
        expect(await store.support.get('s1')).toEqual(first);
      });

      it('updates on the expected version, records who changed it, and refuses a stale version', async () => {
        await store.support.create(supportEntry('s1'), created);
        const change = {
          action: 'publicerad',
          changedByUserId: 'hr-2',
          changedByName: 'Ali HR',
          changedAt: '2024-02-01T08:00:00.000Z',
        } as const;
        const published = await store.support.update(
          supportEntry('s1', { status: 'publicerad', updatedByName: 'Ali HR' }),
          1,
          change,
        );
        expect(published.version).toBe(2);
        expect(await store.support.get('s1')).toEqual(published);
        await expect(
          store.support.update(supportEntry('s1', { title: 'Sent' }), 1, change),
        ).rejects.toBeInstanceOf(ConflictError);
        expect(await store.support.get('s1')).toEqual(published);
        const versions = await store.support.versions('s1');
        expect(versions.map((v) => [v.version, v.action, v.changedByName])).toEqual([
          [1, 'skapad', 'Eva Berg'],
          [2, 'publicerad', 'Ali HR'],
        ]);
        expect(versions[1]?.entry).toEqual(published);
        expect(versions[0]?.entry.status).toBe('utkast');
      });

      it('update of a missing entry throws NotFoundError', async () => {
        await expect(
          store.support.update(supportEntry('missing'), 1, created),
        ).rejects.toBeInstanceOf(NotFoundError);
        expect(await store.support.versions('missing')).toEqual([]);
      });

      it('lists every status, ordered by category then title', async () => {
        await store.support.create(
          supportEntry('b', { title: 'Örat', category: 'utbildning', status: 'arkiverad' }),
          created,
        );
        await store.support.create(supportEntry('c', { title: 'Ärende' }), created);
        await store.support.create(supportEntry('d', { title: 'Zeta' }), created);
        await store.support.create(
          supportEntry('a', { title: 'Övrigt', category: 'akut-hjalp', status: 'publicerad' }),
          created,
        );
        expect((await store.support.list()).map((e) => e.id)).toEqual(['a', 'd', 'c', 'b']);
      });
    });
  });
}

const adapters: [string, () => Promise<StorePort>][] = [
  ['SqliteStore (:memory:)', async () => SqliteStore.open(':memory:')],
  ['SharePointStore (Graph fake)', openSharePointOnFake],
];

/** A fresh provisioned site per test; closing the store also stops its fake. */
async function openSharePointOnFake(): Promise<StorePort> {
  const fake = await GraphFake.start();
  await provisionFake(fake);
  const store = await openFakeStore(fake);
  return {
    ...store,
    close: async () => {
      await store.close();
      expect(fake.violations).toEqual([]);
      await fake.close();
    },
  };
}

describe.each(adapters)('StorePort contract: %s', (name, open) => {
  storeContract(name, open);
});
