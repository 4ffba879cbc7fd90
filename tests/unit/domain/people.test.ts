/**
 * The pure people rules: who gets an organisation's reminder when samordnare are away, who may
 * report for whom, the member rules (self-elevation, one's own and the last Samordning), and
 * the seed leaving a member list Samordning manages alone.
 */
import { seedStore } from '../../../bot/src/domain/services/seed';
import { memberProblems } from '../../../bot/src/domain/people/people-rules';
import type { StandIn } from '../../../bot/src/domain/people/people-types';
import {
  isActiveOn,
  peopleToday,
  reminderRecipients,
  reportingRight,
} from '../../../bot/src/domain/people/stand-ins';
import type { Member } from '../../../bot/src/domain/types';
import { SqliteStore } from '../../../bot/src/store/sqlite/sqlite-store';
import { friFranVald } from '../../helpers/malmo-plan';
import { demoRound } from '../../../bot/src/domain/catalog/demo-round';
import { standIn } from '../../contract/people-contract';

const member = (userId: string, organisationId: string | null, roles: Member['roles']): Member => ({
  userId,
  name: `Namn ${userId}`,
  organisationId,
  roles,
});

const A = member('a', 'org-a', ['samordnare']);
const B = member('b', 'org-a', ['samordnare']);
const C = member('c', 'org-b', ['samordnare']);
const away = (absent: Member, by: string, overrides: Partial<StandIn> = {}): StandIn =>
  standIn(`si-${absent.userId}-${by}`, {
    organisationId: absent.organisationId ?? '',
    absentUserId: absent.userId,
    absentName: absent.name,
    standInUserId: by,
    standInName: `Namn ${by}`,
    from: '2026-07-01',
    to: '2026-07-31',
    ...overrides,
  });

describe('reminder recipients', () => {
  const orgs = new Set(['org-a', 'org-b']);

  it('are the samordnare of the organisations, with a stand-in instead of one away', () => {
    const recipients = reminderRecipients([A, B, C], [away(A, 'x')], orgs, '2026-07-15');
    expect(recipients).toEqual([
      { userId: 'x', organisationId: 'org-a', standingInFor: { userId: 'a', name: 'Namn a' } },
      { userId: 'b', organisationId: 'org-a', standingInFor: null },
      { userId: 'c', organisationId: 'org-b', standingInFor: null },
    ]);
  });

  it('count the period’s first and last day, and not an ended or other-organisation stand-in', () => {
    for (const day of ['2026-07-01', '2026-07-31']) {
      expect(reminderRecipients([A], [away(A, 'x')], orgs, day).map((r) => r.userId)).toEqual([
        'x',
      ]);
    }
    for (const day of ['2026-06-30', '2026-08-01']) {
      expect(reminderRecipients([A], [away(A, 'x')], orgs, day).map((r) => r.userId)).toEqual([
        'a',
      ]);
    }
    const ended = away(A, 'x', { endedAt: '2026-07-02T08:00:00.000Z', endedByName: 'Omar' });
    expect(reminderRecipients([A], [ended], orgs, '2026-07-15').map((r) => r.userId)).toEqual([
      'a',
    ]);
    const moved = away(A, 'x', { organisationId: 'org-b' });
    expect(reminderRecipients([A], [moved], orgs, '2026-07-15').map((r) => r.userId)).toEqual([
      'a',
    ]);
  });

  it('remind a stand-in once per organisation, and not at all when she is a samordnare of it', () => {
    const both = reminderRecipients([A, B], [away(A, 'x'), away(B, 'x')], orgs, '2026-07-15');
    expect(both.map((r) => r.userId)).toEqual(['x']);
    const colleague = reminderRecipients([A, B], [away(A, 'b')], orgs, '2026-07-15');
    expect(colleague).toEqual([{ userId: 'b', organisationId: 'org-a', standingInFor: null }]);
    const elsewhere = reminderRecipients([A, C], [away(A, 'c')], orgs, '2026-07-15');
    expect(elsewhere.map((r) => `${r.userId}@${r.organisationId}`)).toEqual(['c@org-a', 'c@org-b']);
  });

  it('leave out organisations not asked for and members who are not samordnare', () => {
    const hr = member('h', 'org-a', ['hr']);
    expect(reminderRecipients([A, C, hr], [], new Set(['org-b']), '2026-07-15')).toEqual([
      { userId: 'c', organisationId: 'org-b', standingInFor: null },
    ]);
  });
});

describe('reporting right and today', () => {
  it('is one’s own for one’s organisation or as Samordning, else for the absent samordnare', () => {
    const samordning = member('s', null, ['samordning']);
    expect(reportingRight(A, [], 'org-a')).toEqual({ onBehalfOf: null });
    expect(reportingRight(samordning, [], 'org-b')).toEqual({ onBehalfOf: null });
    expect(reportingRight(C, [away(A, 'c')], 'org-a')).toEqual({
      onBehalfOf: { userId: 'a', name: 'Namn a' },
    });
    expect(reportingRight(C, [], 'org-a')).toBeNull();
    expect(reportingRight(member('h', 'org-a', ['hr']), [], 'org-a')).toBeNull();
  });

  it('takes today in Europe/Stockholm (a UTC evening is the next local day in summer)', () => {
    expect(peopleToday(new Date('2026-07-31T22:30:00.000Z'))).toBe('2026-08-01');
    expect(isActiveOn(away(A, 'x'), peopleToday(new Date('2026-07-31T22:30:00.000Z')))).toBe(false);
  });
});

describe('member rules', () => {
  const organisationIds = new Set(['org-a']);
  const omar = member('omar', null, ['samordning']);

  it('let Samordning by token record herself, with the roles she holds only', () => {
    const self = (roles: Member['roles']) =>
      memberProblems({
        actor: { userId: 'it', roles: ['samordning'] },
        before: null,
        after: member('it', null, roles),
        organisationIds,
        samordning: [omar],
      });
    expect(self(['samordning'])).toEqual([]);
    expect(self(['samordning', 'hr'])).toEqual(['self-elevation']);
  });

  it('never leave the list without Samordning', () => {
    expect(
      memberProblems({
        actor: { userId: 'other', roles: ['samordning'] },
        before: omar,
        after: { ...omar, roles: ['hr'] },
        organisationIds,
        samordning: [omar],
      }),
    ).toEqual(['last-samordning']);
  });
});

describe('the demo seed and a managed member list', () => {
  it('seeds the demo members until Samordning changes the list, then never again', async () => {
    const store = SqliteStore.open(':memory:');
    const clock = { now: () => new Date('2026-01-01T08:00:00.000Z') };
    const input = {
      plan: friFranVald,
      organisations: [{ id: 'org-a', name: 'Alfa', kind: 'forvaltning' as const }],
      demo: { activities: [], members: [A, B], round: demoRound },
    };
    try {
      await seedStore(store, clock, input);
      expect((await store.members.list()).map((m) => m.userId)).toEqual(['a', 'b']);
      await store.members.remove('a', {
        id: 'log-1',
        at: '2026-01-02T08:00:00.000Z',
        actorUserId: 's',
        actorName: 'Omar',
        subjectUserId: 'a',
        change: { kind: 'member', before: A, after: null },
      });
      await seedStore(store, clock, input);
      expect((await store.members.list()).map((m) => m.userId)).toEqual(['b']);
    } finally {
      await store.close();
    }
  });
});
