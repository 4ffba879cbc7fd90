/**
 * Organisations change (issue 15 item 5, decision 0030): the pure decisions (rename, merge,
 * split and their refusals), the organisations as they were on a day, and the service that
 * writes a decision only when nothing was refused.
 */
import {
  planMerge,
  planRename,
  planSplit,
  type ChangeContext,
} from '../../../bot/src/domain/organisations/organisation-changes';
import {
  asOfDay,
  asOfRound,
  nameOn,
} from '../../../bot/src/domain/organisations/organisation-history';
import { changeOrganisations } from '../../../bot/src/domain/services/organisation-change-service';
import { auditAction, type StandIn } from '../../../bot/src/domain/people/people-types';
import type { Activity, Member, Organisation, Plan } from '../../../bot/src/domain/types';
import { SqliteStore } from '../../../bot/src/store/sqlite/sqlite-store';
import { newActivity } from '../../helpers/fixtures';
import { standIn } from '../../contract/people-contract';
import { storePeople } from '../../helpers/people-fixtures';

const plan: Plan = {
  id: 'plan-a',
  title: 'Plan A',
  periodStart: 2022,
  periodEnd: 2026,
  vision: 'Ingen blir utsatt för våld.',
  goals: [{ number: 1, title: 'Mål ett', strategies: [] }],
  focusAreas: [],
  perspectives: [],
  targetGroups: [],
  preventionLevels: [],
  headings: [],
};

const org = (id: string, name: string, extra: Partial<Organisation> = {}): Organisation => ({
  id,
  name,
  kind: 'forvaltning',
  ...extra,
});

const activity = (id: string, organisationId: string): Activity => ({
  ...newActivity({ id, organisationId }),
  version: 1,
});

const sara: Member = {
  userId: 'u-1',
  name: 'Sara',
  organisationId: 'kultur',
  roles: ['samordnare'],
};

/** Stand-ins for Sara at Kultur: one past, one ended, one that reaches the merge day. */
const saraAway = (id: string, from: string, to: string, extra: Partial<StandIn> = {}): StandIn =>
  standIn(id, {
    organisationId: 'kultur',
    absentUserId: 'u-1',
    absentName: 'Sara',
    from,
    to,
    ...extra,
  });
const pastStandIn = saraAway('s-past', '2024-07-01', '2024-07-31');
const endedStandIn = saraAway('s-ended', '2024-12-20', '2025-01-10', {
  endedAt: '2024-12-22T08:00:00.000Z',
  endedByName: 'Sara',
});
const currentStandIn = saraAway('s-current', '2024-12-27', '2025-03-31');

function context(overrides: Partial<ChangeContext> = {}): ChangeContext {
  return {
    plan,
    standIns: [],
    organisations: [org('fritid', 'Fritidsförvaltningen'), org('kultur', 'Kulturförvaltningen')],
    activities: [activity('a-1', 'kultur'), activity('a-2', 'kultur'), activity('a-3', 'fritid')],
    members: [sara, { ...sara, userId: 'u-2', name: 'Ali', organisationId: 'fritid' }],
    reportedRounds: [{ title: 'Halvtid 2024', day: '2023-11-01' }],
    ...overrides,
  };
}

describe('rename', () => {
  it('keeps the old name with its last day, the day before the new one', () => {
    const outcome = planRename(context(), {
      id: 'fritid',
      name: ' Fritids- och kulturförvaltningen ',
      from: '2025-01-01',
    });
    expect(outcome).toEqual({
      organisations: [
        org('fritid', 'Fritids- och kulturförvaltningen', {
          formerNames: [{ name: 'Fritidsförvaltningen', until: '2024-12-31' }],
        }),
      ],
      moves: [],
      members: [],
      standIns: [],
      membersLeft: [],
    });
  });

  it.each<[string, Parameters<typeof planRename>[1], unknown]>([
    ['a date that is none', { id: 'fritid', name: 'X', from: '2025-02-30' }, { kind: 'bad-date' }],
    [
      'an unknown organisation',
      { id: 'okand', name: 'X', from: '2025-01-01' },
      { kind: 'unknown-organisation' },
    ],
    [
      'the same name',
      { id: 'fritid', name: 'Fritidsförvaltningen', from: '2025-01-01' },
      { kind: 'same-name' },
    ],
    ['a blank name', { id: 'fritid', name: '  ', from: '2025-01-01' }, { kind: 'empty-name' }],
    [
      'another organisation’s name',
      { id: 'fritid', name: 'kulturförvaltningen', from: '2025-01-01' },
      { kind: 'name-taken', id: 'kultur' },
    ],
    [
      'a day after the plan',
      { id: 'fritid', name: 'X', from: '2027-01-01' },
      { kind: 'outside-plan' },
    ],
    [
      'the opening day of a round with reports',
      { id: 'fritid', name: 'X', from: '2023-11-01' },
      { kind: 'before-reported-round', round: { title: 'Halvtid 2024', day: '2023-11-01' } },
    ],
  ])('refuses %s', (_what, request, refusal) => {
    expect(planRename(context(), request)).toMatchObject(refusal as object);
  });

  it('accepts the day after a reported round opened: that round was counted before it', () => {
    expect(planRename(context(), { id: 'fritid', name: 'X', from: '2023-11-02' })).toHaveProperty(
      'organisations',
    );
  });

  it('refuses an organisation that has ended or does not exist yet on the day', () => {
    const ended = context({
      organisations: [
        org('fritid', 'Fritid', { validTo: '2024-12-31' }),
        org('ny', 'Ny', { validFrom: '2025-01-01' }),
      ],
    });
    expect(planRename(ended, { id: 'fritid', name: 'X', from: '2025-01-01' })).toEqual({
      kind: 'not-valid-on',
      id: 'fritid',
      day: '2025-01-01',
    });
    expect(planRename(ended, { id: 'ny', name: 'X', from: '2025-01-01' })).toMatchObject({
      kind: 'not-valid-on',
    });
  });
});

describe('merge', () => {
  it('moves the activities and the samordnare, ends the source and records the handover', () => {
    const outcome = planMerge(context(), { from: 'kultur', into: 'fritid', day: '2025-01-01' });
    expect(outcome).toEqual({
      organisations: [
        org('kultur', 'Kulturförvaltningen', {
          validTo: '2024-12-31',
          handovers: [{ to: 'fritid', from: '2025-01-01', activityIds: ['a-1', 'a-2'] }],
        }),
      ],
      moves: [
        { activity: activity('a-1', 'kultur'), to: 'fritid' },
        { activity: activity('a-2', 'kultur'), to: 'fritid' },
      ],
      members: [{ before: sara, after: { ...sara, organisationId: 'fritid' } }],
      standIns: [],
      membersLeft: [],
    });
  });

  it('moves the source’s stand-ins that reach the merge day; past and ended ones stay', () => {
    const outcome = planMerge(context({ standIns: [pastStandIn, endedStandIn, currentStandIn] }), {
      from: 'kultur',
      into: 'fritid',
      day: '2025-01-01',
    });
    expect(outcome).toMatchObject({
      standIns: [
        { before: currentStandIn, after: { ...currentStandIn, organisationId: 'fritid' } },
      ],
    });
  });

  it('leaves the stand-ins of other organisations', () => {
    const elsewhere = { ...currentStandIn, id: 's-fritid', organisationId: 'fritid' };
    const outcome = planMerge(context({ standIns: [elsewhere] }), {
      from: 'kultur',
      into: 'fritid',
      day: '2025-01-01',
    });
    expect(outcome).toMatchObject({ standIns: [] });
  });

  it('refuses merging an organisation with itself or into one that does not exist', () => {
    expect(planMerge(context(), { from: 'kultur', into: 'kultur', day: '2025-01-01' })).toEqual({
      kind: 'same-organisation',
      id: 'kultur',
    });
    expect(planMerge(context(), { from: 'kultur', into: 'okand', day: '2025-01-01' })).toEqual({
      kind: 'unknown-organisation',
      id: 'okand',
    });
  });
});

describe('split', () => {
  const parts = [
    { id: 'kultur-norr', name: 'Kultur norr' },
    { id: 'kultur-soder', name: 'Kultur söder' },
  ];
  const placement = new Map([
    ['a-1', 'kultur-norr'],
    ['a-2', 'kultur-soder'],
  ]);

  it('creates the parts from the day, places each activity and leaves the samordnare listed', () => {
    const outcome = planSplit(context(), { from: 'kultur', parts, day: '2025-01-01', placement });
    expect(outcome).toMatchObject({
      organisations: [
        org('kultur', 'Kulturförvaltningen', {
          validTo: '2024-12-31',
          handovers: [
            { to: 'kultur-norr', from: '2025-01-01', activityIds: ['a-1'] },
            { to: 'kultur-soder', from: '2025-01-01', activityIds: ['a-2'] },
          ],
        }),
        org('kultur-norr', 'Kultur norr', { validFrom: '2025-01-01' }),
        org('kultur-soder', 'Kultur söder', { validFrom: '2025-01-01' }),
      ],
      moves: [
        { activity: { id: 'a-1' }, to: 'kultur-norr' },
        { activity: { id: 'a-2' }, to: 'kultur-soder' },
      ],
      members: [],
      membersLeft: [sara],
    });
  });

  it.each<[string, Partial<Parameters<typeof planSplit>[1]>, unknown]>([
    ['one part only', { parts: parts.slice(0, 1) }, { kind: 'too-few-parts' }],
    [
      'an id in use',
      { parts: [parts[0]!, { id: 'fritid', name: 'F' }] },
      { kind: 'id-taken', id: 'fritid' },
    ],
    ['a bad id', { parts: [parts[0]!, { id: 'Kultur Söder', name: 'S' }] }, { kind: 'bad-id' }],
    [
      'an unplaced activity',
      { placement: new Map([['a-1', 'kultur-norr']]) },
      { kind: 'unplaced-activities', ids: ['a-2'] },
    ],
    [
      'an activity of another organisation',
      { placement: new Map([...placement, ['a-3', 'kultur-norr']]) },
      { kind: 'unknown-activity', id: 'a-3' },
    ],
    [
      'a part that is not new',
      {
        placement: new Map([
          ['a-1', 'fritid'],
          ['a-2', 'kultur-norr'],
        ]),
      },
      { kind: 'unknown-part', id: 'fritid' },
    ],
  ])('refuses %s', (_what, overrides, refusal) => {
    const request = { from: 'kultur', parts, day: '2025-01-01', placement, ...overrides };
    expect(planSplit(context(), request)).toMatchObject(refusal as object);
  });
});

describe('the organisations as they were on a day', () => {
  const history = [
    org('fritid', 'Fritids- och kulturförvaltningen', {
      formerNames: [
        { name: 'Fritid', until: '2020-12-31' },
        { name: 'Fritidsförvaltningen', until: '2024-12-31' },
      ],
    }),
    org('kultur', 'Kulturförvaltningen', {
      validTo: '2024-12-31',
      handovers: [{ to: 'fritid', from: '2025-01-01', activityIds: ['a-1'] }],
    }),
    org('fritid-2', 'Fritid 2', {
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
    }),
  ];

  it('names each organisation as it was named then', () => {
    const [fritid] = history;
    expect(nameOn(fritid!, '2020-06-01')).toBe('Fritid');
    expect(nameOn(fritid!, '2024-12-31')).toBe('Fritidsförvaltningen');
    expect(nameOn(fritid!, '2025-01-01')).toBe('Fritids- och kulturförvaltningen');
  });

  it('counts only those that existed, and each activity with its organisation then', () => {
    const activities = [activity('a-1', 'fritid'), activity('a-3', 'fritid')];
    const before = asOfDay(history, activities, '2024-06-01');
    expect(before.organisations).toEqual([
      org('fritid', 'Fritidsförvaltningen'),
      org('kultur', 'Kulturförvaltningen'),
    ]);
    expect(before.activities.map((a) => [a.id, a.organisationId])).toEqual([
      ['a-1', 'kultur'],
      ['a-3', 'fritid'],
    ]);
    const after = asOfDay(history, activities, '2025-01-01');
    expect(after.organisations.map((o) => o.name)).toEqual([
      'Fritids- och kulturförvaltningen',
      'Fritid 2',
    ]);
    expect(after.activities).toEqual(activities);
  });

  it('follows a chain of handovers back to the first owner, on the round’s opening day', () => {
    const chain = [
      org('a', 'A', {
        validTo: '2024-12-31',
        handovers: [{ to: 'b', from: '2025-01-01', activityIds: ['x'] }],
      }),
      org('b', 'B', {
        validTo: '2025-12-31',
        handovers: [{ to: 'c', from: '2026-01-01', activityIds: ['x'] }],
      }),
      org('c', 'C'),
    ];
    const x = [activity('x', 'c')];
    const owner = (opensAt: string) =>
      asOfRound(chain, x, { opensAt }).activities[0]?.organisationId;
    // 2024-12-31T23:30Z is 1 January in Stockholm: the round is counted on its local opening day.
    expect(owner('2024-12-31T22:30:00.000Z')).toBe('a');
    expect(owner('2024-12-31T23:30:00.000Z')).toBe('b');
    expect(owner('2026-02-01T08:00:00.000Z')).toBe('c');
  });
});

describe('changeOrganisations on a store', () => {
  let store: SqliteStore;
  const clock = { now: () => new Date('2025-03-01T10:00:00.000Z') };
  const actor = { userId: 'npm-run-plan', name: 'Kommandoraden' };
  beforeEach(async () => {
    store = SqliteStore.open(':memory:');
    await store.plans.upsert(plan);
    for (const o of context().organisations) await store.organisations.upsert(o);
    for (const a of context().activities) await store.activities.create(newActivity(a));
    for (const m of context().members) await store.members.upsert(m);
    await storePeople(store, sara, { standIns: [pastStandIn, currentStandIn] });
  });
  afterEach(async () => store.close());

  it('writes a merge: activities moved, the samordnare moved and logged, the source ended', async () => {
    const outcome = await changeOrganisations(store, clock, actor, {
      kind: 'merge',
      from: 'kultur',
      into: 'fritid',
      day: '2025-01-01',
    });
    expect(outcome).toMatchObject({ kind: 'done', plan: { id: 'plan-a' } });
    expect((await store.activities.list({ organisationId: 'fritid' })).map((a) => a.id)).toEqual([
      'a-1',
      'a-2',
      'a-3',
    ]);
    expect(await store.organisations.get('kultur')).toMatchObject({ validTo: '2024-12-31' });
    expect(await store.members.get('u-1')).toEqual({ ...sara, organisationId: 'fritid' });
    const [entry] = (await store.members.auditLog()).filter((e) => e.change.kind === 'member');
    expect(entry).toMatchObject({
      actorName: 'Kommandoraden',
      subjectUserId: 'u-1',
      change: { kind: 'member', before: sara, after: { ...sara, organisationId: 'fritid' } },
    });
  });

  it('moves the source’s current stand-in with its samordnare, logged like the member move', async () => {
    await changeOrganisations(store, clock, actor, {
      kind: 'merge',
      from: 'kultur',
      into: 'fritid',
      day: '2025-01-01',
    });
    const moved = { ...currentStandIn, organisationId: 'fritid' };
    expect(await store.standIns.get('s-current')).toEqual(moved);
    // A stand-in that ended before the merge day stays with the organisation it was for.
    expect(await store.standIns.get('s-past')).toEqual(pastStandIn);
    const entries = (await store.members.auditLog()).filter(
      (e) => e.change.kind === 'stand-in' && e.actorName === 'Kommandoraden',
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorName: 'Kommandoraden',
      subjectUserId: 'u-1',
      change: { kind: 'stand-in', before: currentStandIn, after: moved },
    });
    expect(auditAction(entries[0]!.change)).toBe('stand-in-moved');
  });

  it('stores nothing when refused', async () => {
    const before = {
      organisations: await store.organisations.list(),
      activities: await store.activities.list(),
      members: await store.members.list(),
      standIns: await store.standIns.list(),
      log: await store.members.auditLog(),
    };
    const outcome = await changeOrganisations(store, clock, actor, {
      kind: 'split',
      from: 'kultur',
      parts: [
        { id: 'kultur-norr', name: 'Norr' },
        { id: 'kultur-soder', name: 'Söder' },
      ],
      day: '2025-01-01',
      placement: new Map([['a-1', 'kultur-norr']]),
    });
    expect(outcome).toEqual({ kind: 'unplaced-activities', ids: ['a-2'] });
    expect({
      organisations: await store.organisations.list(),
      activities: await store.activities.list(),
      members: await store.members.list(),
      standIns: await store.standIns.list(),
      log: await store.members.auditLog(),
    }).toEqual(before);
  });

  it('refuses a plan that does not exist', async () => {
    const request = { kind: 'rename', id: 'fritid', name: 'X', from: '2025-01-01' } as const;
    expect(await changeOrganisations(store, clock, actor, request, 'okand')).toEqual({
      kind: 'plan-not-found',
      requested: 'okand',
    });
  });
});
