/**
 * Issue #14, item 8: `GET /api/v1/meetings` names people only to Samordning. Who a failed or
 * unreachable ("når inte") reminder was for — name and Entra object id, also inside the job's
 * key — is shown to Samordning, with the technical fix for IT; a samordnare and a signed-in
 * user who is no member at all see the counts only, and no Graph permission names. Roles from validated Teams SSO tokens, in production mode.
 */
import { InMemoryLeases, InMemoryOutbox } from '../fakes/in-memory-outbox';
import { TestClock } from '../helpers/rhythm-world';
import { startSsoRig, type SsoRig } from '../helpers/sso';

const NOW = '2026-11-23T10:00:00.000Z';
const SAMORDNING = 'aaaaaaaa-0000-4000-8000-0000000000a2';
const SAMORDNARE = 'aaaaaaaa-0000-4000-8000-0000000000a1';
const UNREACHABLE = 'aaaaaaaa-0000-4000-8000-0000000000c1';
const FAILED = 'aaaaaaaa-0000-4000-8000-0000000000c2';
const STRANGER = 'aaaaaaaa-0000-4000-8000-0000000000ff';
const PEOPLE = [
  { userId: SAMORDNING, name: 'Omar Samordning', organisationId: 'fritidsforvaltningen' },
  { userId: SAMORDNARE, name: 'Sara Samordnare', organisationId: 'fritidsforvaltningen' },
  { userId: UNREACHABLE, name: 'Nils Nårinte', organisationId: 'kulturforvaltningen' },
  { userId: FAILED, name: 'Fia Misslyckad', organisationId: 'kulturforvaltningen' },
];

const json_ = (body: unknown): string => JSON.stringify(body);

interface Reminders {
  counts: Record<string, number>;
  recipients?: { key: string; userId: string; name: string; state: string }[];
}

describe('GET /api/v1/meetings names people only to Samordning', () => {
  let rig: SsoRig;
  const outbox = new InMemoryOutbox();
  let meetingId: string;

  const meetings = async (bearer: string) => {
    const answer = await rig.call('/api/v1/meetings?year=2027', bearer);
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const remindersOf = (body: Record<string, unknown>): Reminders | undefined =>
    (body['meetings'] as { meeting: { id: string }; reminders: Reminders }[]).find(
      (m) => m.meeting.id === meetingId,
    )?.reminders;

  beforeAll(async () => {
    rig = await startSsoRig({}, new TestClock(new Date(NOW)), {
      delivery: { outbox, leases: new InMemoryLeases() },
    });
    for (const person of PEOPLE) {
      // Planning checks the store's record too (meeting-service.ts): Samordning there as well.
      const roles = person.userId === SAMORDNING ? (['samordning'] as const) : [];
      await rig.server.store.members.upsert({ ...person, roles: [...roles] });
    }
    const samordning = await rig.token(SAMORDNING, { claims: { roles: ['Samordning'] } });
    const planned = await rig.call('/api/v1/meetings', samordning, {
      method: 'POST',
      body: {
        date: '2027-01-20',
        startTime: '13:00',
        endTime: '15:00',
        theme: 'Skolan som skyddsfaktor',
        agenda: '',
        organisationIds: [],
        teamsLink: '',
      },
    });
    expect(planned.status).toBe(201);
    meetingId = (planned.body['meeting'] as { id: string }).id;
    for (const [userId, status] of [
      [UNREACHABLE, 'unreachable'],
      [FAILED, 'failed'],
    ] as const) {
      const key = `${meetingId}:r1:open:${userId}`;
      await outbox.enqueue(
        {
          key,
          groupKey: meetingId,
          kind: 'round-open',
          recipient: { kind: 'user', userId },
          message: { text: 'Dags att rapportera' },
          dueAt: NOW,
        },
        NOW,
      );
      await outbox.claimDue('dispatcher', NOW, 60_000, 10);
      await outbox.markFinal(key, 'dispatcher', status, 'detail for the log', NOW);
    }
  }, 30_000);

  afterAll(async () => {
    await rig?.stop();
  });

  // Decision 0022: the tab takes the validated token's app roles together with the member
  // list's, so IT can bootstrap the first Samordning with the Entra app role alone.
  it.each([
    ['Samordning by the member list and the token', SAMORDNING],
    ['Samordning by the validated token only (no member record)', STRANGER],
  ])('shows %s who each failed or unreachable reminder was for', async (_who, oid) => {
    const body = await meetings(await rig.token(oid, { claims: { roles: ['Samordning'] } }));
    expect(body['canPlan']).toBe(true);
    const reminders = remindersOf(body);
    expect(reminders?.counts).toMatchObject({ unreachable: 1, failed: 1 });
    expect(reminders?.recipients?.map((a) => [a.state, a.userId, a.name]).sort()).toEqual([
      ['failed', FAILED, 'Fia Misslyckad'],
      ['unreachable', UNREACHABLE, 'Nils Nårinte'],
    ]);
    // The technical fix ("För IT") goes to Samordning.
    expect(JSON.stringify(body['itHelp'])).toContain(
      'TeamsAppInstallation.ReadWriteSelfForUser.All',
    );
  });

  it.each([
    ['a samordnare', SAMORDNARE, { roles: ['Samordnare'] }],
    ['a signed-in user who is no member', STRANGER, {}],
    // A member's record cannot lend a role the token lacks for someone else: a Samordnare
    // token for a stranger stays a stranger.
    ['a non-member whose token claims Samordnare', STRANGER, { roles: ['Samordnare'] }],
  ])('gives %s the counts only: no names, no object ids', async (_who, oid, claims) => {
    const body = await meetings(await rig.token(oid, { claims }));
    expect(body['canPlan']).toBe(false);
    const reminders = remindersOf(body);
    expect(reminders?.counts).toMatchObject({ unreachable: 1, failed: 1 });
    expect(reminders?.recipients).toBeUndefined();
    // No technical fix for anyone but Samordning (decision 0023): not sent at all.
    expect(body['itHelp']).toBeUndefined();
    expect(json_(body)).not.toMatch(/TeamsAppInstallation|Graph/);
    const json = json_(body);
    for (const person of PEOPLE) {
      expect(json).not.toContain(person.userId);
      expect(json).not.toContain(person.name);
    }
    expect(json).not.toContain('detail for the log');
  });
});
