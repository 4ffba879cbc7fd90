/**
 * "Ny planperiod" and "Ny uppföljningsomgång" through the real server (issue 15 items 4 and 7,
 * decision 0031): Samordning checks a plan file's text (every problem with its line), imports
 * it, gets the carry suggestion, carries two activities under a confirmed mapping, makes the new
 * plan current and creates a follow-up round in the past; the old plan's Översikt stays byte for
 * byte. Refused input gets Swedish problems and stores nothing; a samordnare may do none of it,
 * whatever the request says.
 */
import { PLAN_FILES, planFileText } from '../helpers/plan-documents';
import { dumpDatabase } from '../helpers/db-dump';
import {
  brokenPlanText,
  NEXT_GOAL_2,
  NEXT_PLAN_ID,
  nextPlanText,
  OLD_PLAN_ID,
} from '../helpers/next-plan-file';
import { expectOnlySamordning } from '../helpers/only-samordning';
import { callApi, startTestServer, type TestServer } from '../helpers/server';

const SAMORDNING_USER = '00000000-0000-0000-0000-0000000000a2';
const SAMORDNARE_USER = '00000000-0000-0000-0000-0000000000a1';

interface Problem {
  line: number;
  message: string;
  text: string;
}

describe('plans and rounds API as Samordning', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ SAMORDNA_DEV_USER_ID: SAMORDNING_USER });
  }, 60_000);
  afterAll(async () => {
    await server.stop();
  });

  const dump = () => dumpDatabase(server.store.database);
  const oldOverview = async () =>
    (await fetch(`${server.url}/api/v1/dashboard?plan=${OLD_PLAN_ID}`)).text();

  it('checks a broken plan file: every problem with its line, in Swedish; nothing stored', async () => {
    const before = dump();
    for (const route of ['check', 'import']) {
      const answer = await callApi(server, 'POST', `/api/v1/plans/${route}`, {
        text: brokenPlanText(),
      });
      expect(answer.status).toBe(400);
      expect(answer.body['error']).toMatchObject({ code: 'invalid-plan-file' });
      const problems = answer.body['problems'] as Problem[];
      const lines = planFileText(PLAN_FILES.malmo).split('\n');
      const visionLine = lines.findIndex((l) => l.startsWith('vision:')) + 1;
      expect(problems.map((p) => p.line)).toEqual(
        [...problems.map((p) => p.line)].sort((a, b) => a - b),
      );
      expect(problems.some((p) => p.line === visionLine && /visionen/.test(p.text))).toBe(true);
      expect(problems.some((p) => /titel/.test(p.message))).toBe(true);
      for (const p of problems) expect(p.text).toMatch(/^Rad \d+: /);
    }
    const badYaml = await callApi(server, 'POST', '/api/v1/plans/check', {
      text: 'id: x\n\ttitel: y\n',
    });
    expect(badYaml.status).toBe(400);
    expect((badYaml.body['problems'] as Problem[])[0]?.line).toBe(2);
    expect(dump()).toBe(before);
  });

  it('refuses a body without text or one past the limit', async () => {
    const before = dump();
    expect((await callApi(server, 'POST', '/api/v1/plans/check', { text: '' })).status).toBe(400);
    expect((await callApi(server, 'POST', '/api/v1/plans/import', { file: 'x' })).status).toBe(400);
    const huge = await callApi(server, 'POST', '/api/v1/plans/import', {
      text: 'x'.repeat(300 * 1024),
    });
    expect(huge.status).toBe(413);
    expect(dump()).toBe(before);
  });

  it('checks, imports (idempotently) and refuses a changed version of a plan with reports', async () => {
    const before = dump();
    const checked = await callApi(server, 'POST', '/api/v1/plans/check', { text: nextPlanText() });
    expect(checked).toEqual({
      status: 200,
      body: {
        plan: {
          id: NEXT_PLAN_ID,
          title: 'Fri från våld – en gemensam angelägenhet',
          periodStart: 2027,
          periodEnd: 2030,
          goals: 6,
          organisations: 15,
        },
        exists: false,
      },
    });
    expect(dump()).toBe(before);

    const imported = await callApi(server, 'POST', '/api/v1/plans/import', {
      text: nextPlanText(),
    });
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({
      outcome: 'created',
      plan: { id: NEXT_PLAN_ID, current: false },
    });
    const again = await callApi(server, 'POST', '/api/v1/plans/import', { text: nextPlanText() });
    expect([again.status, again.body['outcome']]).toEqual([200, 'unchanged']);

    const afterImport = dump();
    const changedOld = planFileText(PLAN_FILES.malmo).replace(
      'titel: Staden arbetar aktivt med att förhindra att våld upprepas',
      'titel: Något annat',
    );
    const frozen = await callApi(server, 'POST', '/api/v1/plans/import', { text: changedOld });
    expect(frozen.status).toBe(409);
    expect(frozen.body['error']).toMatchObject({
      code: 'plan-frozen',
      message: expect.stringContaining('rapporter och är låst') as unknown as string,
    });
    expect(dump()).toBe(afterImport);
  });

  it('suggests goals, refuses an unconfirmed goal, carries two activities and links them back', async () => {
    const overviewBefore = await oldOverview();
    const suggestion = await callApi(
      server,
      'GET',
      `/api/v1/plans/carry?from=${OLD_PLAN_ID}&to=${NEXT_PLAN_ID}`,
    );
    expect(suggestion.status).toBe(200);
    const goals = suggestion.body['goals'] as { from: number; to: number; match: string }[];
    // Goal 2 was reworded in the next plan; the others are word for word.
    expect(goals.map((g) => [g.from, g.to, g.match])).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => [n, n, n === 2 ? 'similar-text' : 'same-text']),
    );
    const to = suggestion.body['to'] as { goals: { number: number; title: string }[] };
    expect(to.goals[1]).toEqual({ number: 2, title: NEXT_GOAL_2 });
    const activities = suggestion.body['activities'] as {
      id: string;
      goal: number;
      organisationName: string;
      carried: boolean;
    }[];
    expect(activities.length).toBeGreaterThan(10);
    expect(activities.every((a) => !a.carried && a.organisationName !== '')).toBe(true);
    // Two activities under different goals.
    const other = activities.find((a) => a.goal !== activities[0]?.goal);
    const chosen = [activities[0], other].map((a) => a?.id ?? '');
    const goalOf = (id: string) => activities.find((a) => a.id === id)?.goal ?? 0;

    // Goals left unmapped: refused with the goal named, nothing stored.
    const before = dump();
    const refused = await callApi(server, 'POST', '/api/v1/plans/carry', {
      from: OLD_PLAN_ID,
      to: NEXT_PLAN_ID,
      goals: [{ from: goalOf(chosen[0] ?? ''), to: 1 }],
      activityIds: chosen,
    });
    expect(refused.status).toBe(400);
    expect(refused.body['problems']).toEqual([
      {
        code: 'goal-unmapped',
        message: `Inriktningsmål ${String(goalOf(chosen[1] ?? ''))} i den gamla planen har inget mål i den nya. Välj ett mål för det eller välj bort dess aktiviteter.`,
      },
    ]);
    const unknown = await callApi(server, 'POST', '/api/v1/plans/carry', {
      from: OLD_PLAN_ID,
      to: 'ingen-plan',
      goals: [],
      activityIds: chosen,
    });
    expect(unknown.status).toBe(404);
    expect(dump()).toBe(before);

    // The person's mapping: goal 2 → 1 (changed from the suggestion), the rest as suggested.
    const mapping = goals.map((g) => ({ from: g.from, to: g.from === 2 ? 1 : g.to }));
    const carried = await callApi(server, 'POST', '/api/v1/plans/carry', {
      from: OLD_PLAN_ID,
      to: NEXT_PLAN_ID,
      goals: mapping,
      activityIds: chosen,
    });
    expect(carried.status).toBe(200);
    const created = carried.body['created'] as { id: string }[];
    expect(created.map((a) => a.id)).toEqual(chosen.map((id) => `${id}--${NEXT_PLAN_ID}`));
    const repeat = await callApi(server, 'POST', '/api/v1/plans/carry', {
      from: OLD_PLAN_ID,
      to: NEXT_PLAN_ID,
      goals: mapping,
      activityIds: chosen,
    });
    expect([repeat.status, repeat.body['created'], repeat.body['existing']]).toEqual([200, [], 2]);

    const detail = await callApi(server, 'GET', `/api/v1/activities/${created[0]?.id ?? ''}`);
    expect(detail.body['carriedFrom']).toEqual({ activityId: chosen[0], planId: OLD_PLAN_ID });
    const oldDetail = await callApi(server, 'GET', `/api/v1/activities/${chosen[0] ?? ''}`);
    expect(oldDetail.body['carriedFrom']).toBeNull();
    const listedAgain = await callApi(
      server,
      'GET',
      `/api/v1/plans/carry?from=${OLD_PLAN_ID}&to=${NEXT_PLAN_ID}`,
    );
    const marked = (listedAgain.body['activities'] as { id: string; carried: boolean }[]).filter(
      (a) => a.carried,
    );
    expect(marked.map((a) => a.id).sort()).toEqual([...chosen].sort());
    expect(await oldOverview()).toBe(overviewBefore);
  });

  it('makes the new plan current; the old Översikt stays byte for byte', async () => {
    const overviewBefore = await oldOverview();
    const unknown = await callApi(server, 'POST', '/api/v1/plans/ingen-plan/current');
    expect(unknown.status).toBe(404);
    const made = await callApi(server, 'POST', `/api/v1/plans/${NEXT_PLAN_ID}/current`);
    expect(made).toMatchObject({ status: 200, body: { currentPlanId: NEXT_PLAN_ID } });
    const plans = await callApi(server, 'GET', '/api/v1/plans');
    expect(plans.body['currentPlanId']).toBe(NEXT_PLAN_ID);
    expect(await oldOverview()).toBe(overviewBefore);
  });

  it('creates a round in the past, idempotently; refuses bad dates in Swedish', async () => {
    const before = dump();
    const bad = await callApi(server, 'POST', '/api/v1/rounds', {
      title: 'Halvtidsuppföljning 2024',
      from: '2024-13-01',
      to: '2024-01-01',
      plan: OLD_PLAN_ID,
    });
    expect(bad.status).toBe(400);
    expect(bad.body['problems']).toEqual([
      { message: 'Startdatumet "2024-13-01" är inget datum. Skriv det som ÅÅÅÅ-MM-DD.' },
    ]);
    const reversed = await callApi(server, 'POST', '/api/v1/rounds', {
      title: 'Halvtidsuppföljning 2024',
      from: '2024-06-30',
      to: '2024-01-01',
      plan: OLD_PLAN_ID,
    });
    expect(reversed.body['problems']).toEqual([
      { message: 'Slutdatumet 2024-01-01 ligger före startdatumet 2024-06-30.' },
    ]);
    const noPlan = await callApi(server, 'POST', '/api/v1/rounds', {
      title: 'X',
      from: '2024-01-01',
      to: '2024-06-30',
      plan: 'ingen-plan',
    });
    expect(noPlan.status).toBe(404);
    expect(dump()).toBe(before);

    const input = {
      title: 'Halvtidsuppföljning 2024',
      from: '2024-01-01',
      to: '2024-06-30',
      plan: OLD_PLAN_ID,
    };
    const created = await callApi(server, 'POST', '/api/v1/rounds', input);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      outcome: 'created',
      plan: { id: OLD_PLAN_ID },
      round: { title: 'Halvtidsuppföljning 2024', from: '2024-01-01', to: '2024-06-30' },
    });
    const again = await callApi(server, 'POST', '/api/v1/rounds', input);
    expect([again.status, again.body['outcome']]).toEqual([200, 'exists']);
    const clash = await callApi(server, 'POST', '/api/v1/rounds', { ...input, to: '2024-12-31' });
    expect(clash.status).toBe(400);

    const listed = await callApi(server, 'GET', `/api/v1/rounds?plan=${OLD_PLAN_ID}`);
    const rounds = listed.body['rounds'] as { title: string; from: string; to: string }[];
    expect(rounds).toContainEqual(
      expect.objectContaining({ title: 'Halvtidsuppföljning 2024', from: '2024-01-01' }),
    );
    // Without a plan: the current one (the new plan, no rounds yet).
    const current = await callApi(server, 'GET', '/api/v1/rounds');
    expect(current.body).toMatchObject({ plan: { id: NEXT_PLAN_ID }, rounds: [], canCreate: true });
    expect((await callApi(server, 'GET', '/api/v1/rounds?plan=ingen-plan')).status).toBe(404);
  });
});

describe('plans and rounds API as a samordnare', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ SAMORDNA_DEV_USER_ID: SAMORDNARE_USER });
  }, 60_000);
  afterAll(async () => {
    await server.stop();
  });

  it('may read rounds but change nothing, whatever the request says', async () => {
    await expectOnlySamordning(server, [
      ['POST', '/api/v1/plans/check', { text: nextPlanText(), role: 'samordning' }],
      ['POST', '/api/v1/plans/import', { text: nextPlanText(), roles: ['samordning'] }],
      ['POST', `/api/v1/plans/${OLD_PLAN_ID}/current`, undefined],
      ['GET', `/api/v1/plans/carry?from=${OLD_PLAN_ID}&to=${OLD_PLAN_ID}`, undefined],
      [
        'POST',
        '/api/v1/plans/carry',
        { from: OLD_PLAN_ID, to: NEXT_PLAN_ID, goals: [], activityIds: ['a'] },
      ],
      ['POST', '/api/v1/rounds', { title: 'X', from: '2024-01-01', to: '2024-02-01' }],
    ]);
    const rounds = await callApi(server, 'GET', '/api/v1/rounds');
    expect(rounds).toMatchObject({ status: 200, body: { canCreate: false } });
  });
});
