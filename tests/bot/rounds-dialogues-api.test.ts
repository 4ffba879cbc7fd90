/**
 * Dialogue meetings of a follow-up round through the real server (issue 15 item 7, decision
 * 0033): Samordning creates a round with a dialogue meeting per organisation, or adds dialogues
 * to a round later; a round and its dialogues are stored together or not at all, each problem
 * names its organisation in Swedish, a repeated request changes nothing, and a past follow-up's
 * dialogues are recorded. A samordnare reads the rounds but writes nothing.
 */
import type { Organisation } from '../../bot/src/domain/types';
import { DEMO_SAMORDNARE, DEMO_SAMORDNING } from '../helpers/activities';
import { dumpDatabase } from '../helpers/db-dump';
import { TestClock } from '../helpers/rhythm-world';
import { expectOnlySamordning } from '../helpers/only-samordning';
import { callApi, startTestServer, type TestServer } from '../helpers/server';

const NOW = '2026-11-23T10:00:00.000Z';

interface ListedDialogue {
  id: string;
  organisation: { id: string; name: string };
  date: string;
  start: string;
  end: string;
  status: string;
  teamsLink: string | null;
}

interface ListedRound {
  id: string;
  title: string;
  kind: string;
  from: string;
  to: string;
  dialogues: ListedDialogue[];
}

interface DialogueProblem {
  organisation: string;
  message: string;
  messageEn: string;
}

const DIALOG_2027 = {
  title: 'Uppföljning genom dialog 2027',
  from: '2027-03-01',
  to: '2027-04-30',
};

/** Three organisations that exist throughout (no validity limits), in the store's order. */
async function steadyOrganisations(
  server: TestServer,
): Promise<[Organisation, Organisation, Organisation]> {
  const all = (await server.store.organisations.list()).filter(
    (o) => o.validFrom === undefined && o.validTo === undefined,
  );
  const [a, b, c] = all;
  if (a === undefined || b === undefined || c === undefined) throw new Error('demo changed');
  return [a, b, c];
}

const dialogue = (organisation: string, date: string, start = '09:00', end = '10:30') => ({
  organisation,
  date,
  start,
  end,
});

const TEAMS_LINK = 'https://teams.microsoft.com/l/meetup-join/x';

/** a's and b's dialogues at the same time (two dialogues may run side by side), b's with a link. */
const twoDialogues = (a: Organisation, b: Organisation) => [
  dialogue(a.id, '2027-03-10'),
  { ...dialogue(b.id, '2027-03-10'), teamsLink: TEAMS_LINK },
];

describe('rounds API with dialogue meetings as Samordning', () => {
  let server: TestServer;
  let a: Organisation;
  let b: Organisation;
  let c: Organisation;
  beforeAll(async () => {
    server = await startTestServer(
      { SAMORDNA_DEV_USER_ID: DEMO_SAMORDNING },
      new TestClock(new Date(NOW)),
    );
    [a, b, c] = await steadyOrganisations(server);
  }, 60_000);
  afterAll(async () => {
    await server.stop();
  });

  const dump = () => dumpDatabase(server.store.database);
  const dialogMeetings = async () =>
    (await server.rhythm.meetings.listMeetings()).filter((m) => m.kind === 'dialog');
  const listed = async (title: string): Promise<ListedRound | undefined> => {
    const answer = await callApi(server, 'GET', '/api/v1/rounds');
    expect(answer.status).toBe(200);
    return (answer.body['rounds'] as ListedRound[]).find((r) => r.title === title);
  };

  it('refuses a round with one bad dialogue: the problem names the organisation, nothing is stored', async () => {
    const before = dump();
    const cases: [string, ReturnType<typeof dialogue>, RegExp][] = [
      // 2027-03-13 is a Saturday.
      ['weekend', dialogue(b.id, '2027-03-13'), /lördag eller söndag/],
      [
        'outside',
        dialogue(b.id, '2027-05-12'),
        /utanför uppföljningsomgången \(2027-03-01–2027-04-30\)/,
      ],
      [
        'unknown',
        dialogue('ingen-forvaltning', '2027-03-11'),
        /^Okänd förvaltning eller bolag: ingen-forvaltning\.$/,
      ],
    ];
    for (const [name, bad, words] of cases) {
      const answer = await callApi(server, 'POST', '/api/v1/rounds', {
        ...DIALOG_2027,
        dialogues: [dialogue(a.id, '2027-03-10'), bad],
      });
      expect([name, answer.status]).toEqual([name, 400]);
      expect(answer.body['error']).toMatchObject({
        code: 'invalid',
        message: 'Omgången skapades inte – inget har sparats. Se vad som behöver rättas.',
      });
      const problems = answer.body['problems'] as DialogueProblem[];
      expect(problems.map((p) => p.organisation)).toEqual([bad.organisation]);
      expect(problems[0]?.message).toMatch(words);
      if (name !== 'unknown') expect(problems[0]?.message.startsWith(`${b.name}: `)).toBe(true);
      expect(problems[0]?.messageEn).not.toBe(problems[0]?.message);
    }
    expect(dump()).toBe(before);
    expect(await listed(DIALOG_2027.title)).toBeUndefined();
    expect(await dialogMeetings()).toEqual([]);
  });

  it('creates a round with two dialogues (201) and lists both with it', async () => {
    const answer = await callApi(server, 'POST', '/api/v1/rounds', {
      ...DIALOG_2027,
      dialogues: twoDialogues(a, b),
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      outcome: 'created',
      round: { ...DIALOG_2027, kind: 'uppfoljning' },
    });
    const round = await listed(DIALOG_2027.title);
    expect(round?.dialogues.map((d) => [d.organisation, d.date, d.start, d.end, d.status])).toEqual(
      expect.arrayContaining([
        [{ id: a.id, name: a.name }, '2027-03-10', '09:00', '10:30', 'planned'],
        [{ id: b.id, name: b.name }, '2027-03-10', '09:00', '10:30', 'planned'],
      ]),
    );
    expect(round?.dialogues).toHaveLength(2);
    expect(round?.dialogues.find((d) => d.organisation.id === b.id)?.teamsLink).toBe(TEAMS_LINK);
    expect(answer.body['dialogues']).toEqual(round?.dialogues);
    const stored = await dialogMeetings();
    expect(stored.map((m) => [m.roundId, m.theme])).toEqual([
      [round?.id, `Dialogmöte: ${DIALOG_2027.title}`],
      [round?.id, `Dialogmöte: ${DIALOG_2027.title}`],
    ]);
    // The log says what happened, without people's data.
    const events = server.logs.filter((l) => l['event'] === 'dialogues-planned');
    expect(events).toEqual([expect.objectContaining({ round: round?.id, created: 2 })]);
    expect(JSON.stringify(events)).not.toContain(DEMO_SAMORDNING);
    // Möten names the dialogue's organisation.
    const meetings = await callApi(server, 'GET', '/api/v1/meetings?year=2027');
    const views = meetings.body['meetings'] as {
      meeting: { id: string; kind: string };
      dialogue?: { organisation: { id: string; name: string } };
    }[];
    expect(
      views.filter((v) => v.meeting.kind === 'dialog').map((v) => v.dialogue?.organisation),
    ).toEqual(
      expect.arrayContaining([
        { id: a.id, name: a.name },
        { id: b.id, name: b.name },
      ]),
    );
  });

  it('repeats the same request as a no-op: 200, no duplicates', async () => {
    const before = dump();
    const again = await callApi(server, 'POST', '/api/v1/rounds', {
      ...DIALOG_2027,
      dialogues: twoDialogues(a, b),
    });
    expect([again.status, again.body['outcome']]).toEqual([200, 'exists']);
    expect(again.body['dialogues']).toHaveLength(2);
    expect(dump()).toBe(before);
    // The same organisation at another time is refused: the stored one is moved under Möten.
    const moved = await callApi(server, 'POST', '/api/v1/rounds', {
      ...DIALOG_2027,
      dialogues: [dialogue(a.id, '2027-03-11')],
    });
    expect(moved.status).toBe(400);
    expect((moved.body['problems'] as DialogueProblem[])[0]?.message).toBe(
      `${a.name} har redan ett dialogmöte i omgången. Flytta det under Möten i stället.`,
    );
    expect(dump()).toBe(before);
  });

  it('adds a dialogue to an existing round, idempotently', async () => {
    const round = await listed(DIALOG_2027.title);
    if (round === undefined) throw new Error('the round is created above');
    const path = `/api/v1/rounds/${round.id}/dialogues`;
    const added = await callApi(server, 'POST', path, {
      dialogues: [{ ...dialogue(c.id, '2027-04-06', '13:00', '14:00'), teamsLink: '' }],
    });
    expect(added.status).toBe(201);
    expect(added.body['created']).toBe(1);
    expect(
      (await listed(DIALOG_2027.title))?.dialogues.map((d) => d.organisation.id).sort(),
    ).toEqual([a.id, b.id, c.id].sort());
    const before = dump();
    const again = await callApi(server, 'POST', path, {
      dialogues: [dialogue(c.id, '2027-04-06', '13:00', '14:00')],
    });
    expect([again.status, again.body['created']]).toEqual([200, 0]);
    expect(await dialogMeetings()).toHaveLength(3);
    // One bad dialogue among good ones: none of them is stored.
    const refused = await callApi(server, 'POST', path, {
      dialogues: [dialogue('ingen-forvaltning', '2027-04-07'), dialogue(c.id, '2027-04-08')],
    });
    expect(refused.status).toBe(400);
    expect(refused.body['error']).toMatchObject({
      message: 'Dialogmötena sparades inte – inget har sparats. Se vad som behöver rättas.',
    });
    expect((refused.body['problems'] as DialogueProblem[]).map((p) => p.organisation)).toEqual([
      'ingen-forvaltning',
      c.id,
    ]);
    expect(dump()).toBe(before);
  });

  it('lists a cancelled dialogue as cancelled; its organisation may get a new one', async () => {
    const round = await listed(DIALOG_2027.title);
    const cs = round?.dialogues.find((d) => d.organisation.id === c.id);
    const meeting = await server.rhythm.meetings.getMeeting(cs?.id ?? '');
    if (round === undefined || meeting === undefined)
      throw new Error('c’s dialogue is added above');
    const cancelled = await callApi(server, 'PATCH', `/api/v1/meetings/${meeting.id}`, {
      action: 'cancel',
      version: meeting.version,
    });
    expect(cancelled.status).toBe(200);
    expect(
      (await listed(DIALOG_2027.title))?.dialogues.find((d) => d.id === meeting.id)?.status,
    ).toBe('cancelled');
    const again = await callApi(server, 'POST', `/api/v1/rounds/${round.id}/dialogues`, {
      dialogues: [dialogue(c.id, '2027-04-13', '13:00', '14:00')],
    });
    expect([again.status, again.body['created']]).toEqual([201, 1]);
    const cs2 = (await listed(DIALOG_2027.title))?.dialogues.filter(
      (d) => d.organisation.id === c.id,
    );
    expect(cs2?.map((d) => [d.date, d.status])).toEqual([
      ['2027-04-06', 'cancelled'],
      ['2027-04-13', 'planned'],
    ]);
  });

  it('answers 404 for an unknown round or plan and 400 for a meeting’s round', async () => {
    const before = dump();
    const body = { dialogues: [dialogue(a.id, '2027-03-10')] };
    const unknown = await callApi(server, 'POST', '/api/v1/rounds/ingen-omgang/dialogues', body);
    expect(unknown.status).toBe(404);
    expect(unknown.body['error']).toMatchObject({ message: 'Omgången finns inte i planen.' });
    const round = await listed(DIALOG_2027.title);
    const otherPlan = await callApi(server, 'POST', `/api/v1/rounds/${round?.id ?? ''}/dialogues`, {
      ...body,
      plan: 'ingen-plan',
    });
    expect(otherPlan.status).toBe(404);
    const plan = await server.store.plans.current();
    const meetingRound = (await server.store.rounds.list(plan?.id ?? '')).find(
      (r) => r.kind === 'mote',
    );
    if (meetingRound === undefined) throw new Error('the demo has meeting rounds');
    const notFollowUp = await callApi(
      server,
      'POST',
      `/api/v1/rounds/${meetingRound.id}/dialogues`,
      body,
    );
    expect(notFollowUp.status).toBe(400);
    expect(notFollowUp.body['error']).toMatchObject({
      message: 'Omgången hör till ett möte och kan inte få dialogmöten.',
    });
    const empty = await callApi(server, 'POST', `/api/v1/rounds/${round?.id ?? ''}/dialogues`, {
      dialogues: [],
    });
    expect(empty.status).toBe(400);
    const tooMany = await callApi(server, 'POST', '/api/v1/rounds', {
      ...DIALOG_2027,
      dialogues: Array.from({ length: 201 }, () => dialogue(a.id, '2027-03-10')),
    });
    expect(tooMany.status).toBe(400);
    expect(dump()).toBe(before);
  });

  it('records a past round with its past dialogues (no reminders needed)', async () => {
    const answer = await callApi(server, 'POST', '/api/v1/rounds', {
      title: 'Halvtidsuppföljning 2024',
      from: '2024-01-01',
      to: '2024-06-30',
      // 2024-03-12 is a Tuesday.
      dialogues: [dialogue(a.id, '2024-03-12'), dialogue(c.id, '2024-05-14', '10:00', '11:00')],
    });
    expect(answer.status).toBe(201);
    const round = await listed('Halvtidsuppföljning 2024');
    expect(round?.dialogues.map((d) => [d.organisation.id, d.date, d.start])).toEqual([
      [a.id, '2024-03-12', '09:00'],
      [c.id, '2024-05-14', '10:00'],
    ]);
  });

  it('offers every organisation with its validity', async () => {
    const answer = await callApi(server, 'GET', '/api/v1/rounds');
    const organisations = answer.body['organisations'] as {
      id: string;
      name: string;
      validFrom: string | null;
      validTo: string | null;
    }[];
    expect(organisations).toHaveLength((await server.store.organisations.list()).length);
    expect(organisations).toContainEqual({
      id: a.id,
      name: a.name,
      validFrom: null,
      validTo: null,
    });
  });
});

describe('rounds API with dialogue meetings as a samordnare', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(
      { SAMORDNA_DEV_USER_ID: DEMO_SAMORDNARE },
      new TestClock(new Date(NOW)),
    );
  }, 60_000);
  afterAll(async () => {
    await server.stop();
  });

  it('reads the rounds but plans no dialogue, whatever the request says', async () => {
    const [a] = await steadyOrganisations(server);
    const [round] = await server.store.rounds.list((await server.store.plans.current())?.id ?? '');
    const dialogues = [dialogue(a.id, '2027-03-10')];
    await expectOnlySamordning(server, [
      ['POST', '/api/v1/rounds', { ...DIALOG_2027, dialogues, roles: ['samordning'] }],
      ['POST', `/api/v1/rounds/${round?.id ?? 'x'}/dialogues`, { dialogues }],
    ]);
    const rounds = await callApi(server, 'GET', '/api/v1/rounds');
    expect(rounds).toMatchObject({ status: 200, body: { canCreate: false } });
    expect((rounds.body['rounds'] as ListedRound[]).every((r) => Array.isArray(r.dialogues))).toBe(
      true,
    );
  });
});
