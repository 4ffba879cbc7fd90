/**
 * A second plan unlike Malmö's (Ekby: four goals, five organisations, no bolag, its own
 * headings and target groups) read from its plan file at startup, through the real server
 * and with no demo data: the plan is the one the product works on, nothing of the demo is
 * written, and the tab API follows the chosen plan (issue 15, decision 0021).
 */
import { importPlan } from '../../bot/src/domain/services/plan-import';
import { t } from '../../bot/src/i18n';
import { actionData, cardActor } from '../helpers/card-invoke';
import { docxParagraphs } from '../helpers/docx-text';
import { swedishCsv } from '../helpers/import-store';
import { PLAN_FILES } from '../helpers/plan-documents';
import { loadPlanDocument } from '../helpers/malmo-plan';
import { startTestServer, type TestServer } from '../helpers/server';

const SAMORDNING_USER = '00000000-0000-0000-0000-0000000000e1';
const EKBY = 'trygg-i-ekby-2025-2028';
const MALMO = 'fri-fran-vald-2022-2026';

const count = (server: TestServer, table: string): number =>
  (server.store.database.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

async function getJson(server: TestServer, path: string) {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('a second plan (Ekby) from SAMORDNA_PLAN_FILE, without demo data', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      SAMORDNA_PLAN_FILE: PLAN_FILES.ekby,
      SAMORDNA_DEMO_DATA: 'false',
      SAMORDNA_DEV_USER_ID: SAMORDNING_USER,
    });
    await server.store.members.upsert({
      userId: SAMORDNING_USER,
      name: 'Samordning Ekby',
      organisationId: null,
      roles: ['samordning'],
    });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('stores the plan and its five organisations, and nothing of the demo', () => {
    expect(count(server, 'plans')).toBe(1);
    expect(count(server, 'organisations')).toBe(5);
    for (const table of ['activities', 'reports', 'rounds', 'stand_ins', 'people_log']) {
      expect([table, count(server, table)]).toEqual([table, 0]);
    }
    expect(count(server, 'members')).toBe(1);
    const kinds = server.store.database
      .prepare('SELECT kind, COUNT(*) AS n FROM organisations GROUP BY kind ORDER BY kind')
      .all();
    expect(kinds).toEqual([
      { kind: 'forvaltning', n: 4 },
      { kind: 'stadsovergripande-funktion', n: 1 },
    ]);
  });

  it('lists Ekby as the only, current plan for the plan picker', async () => {
    const { status, body } = await getJson(server, '/api/v1/plans');
    expect(status).toBe(200);
    expect(body).toEqual({
      currentPlanId: EKBY,
      plans: [
        {
          id: EKBY,
          title: 'Trygg i Ekby – plan mot våld i nära relationer',
          periodStart: 2025,
          periodEnd: 2028,
          current: true,
          ended: false,
          frozen: false,
        },
      ],
    });
  });

  it('shows Ekby’s four goals and its own headings in Översikt, by default and by id', async () => {
    const byDefault = await getJson(server, '/api/v1/dashboard');
    expect(byDefault.status).toBe(200);
    const goals = byDefault.body['goals'] as { number: number; title: string }[];
    expect(goals.map((g) => g.number)).toEqual([1, 2, 3, 4]);
    expect(goals[0]?.title).toBe('Våld förebyggs tidigt');
    const choices = byDefault.body['choices'] as { headings: { id: string }[] };
    expect(choices.headings.map((h) => h.id)).toEqual([
      'kommungemensamt',
      'med-andra',
      'egen-verksamhet',
    ]);
    const byId = await getJson(server, `/api/v1/dashboard?plan=${EKBY}`);
    expect(byId.body['goals']).toEqual(goals);
  });

  it('refuses an unknown plan with 404 plan-not-found and a Swedish message', async () => {
    for (const path of [
      '/api/v1/dashboard?plan=nope',
      '/api/v1/data/rounds?plan=nope',
      '/api/v1/data/export?plan=nope&format=csv',
      '/api/v1/data/report?plan=nope',
    ]) {
      const { status, body } = await getJson(server, path);
      expect([path, status]).toEqual([path, 404]);
      expect(body['error']).toMatchObject({
        code: 'plan-not-found',
        message: 'Planen finns inte.',
        messageEn: 'The plan does not exist.',
      });
    }
  });

  it('exports the Ekby plan (no rounds yet: the activities without status)', async () => {
    const res = await fetch(`${server.url}/api/v1/data/export?plan=${EKBY}&format=csv`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.split(/\r?\n/)[0]).toContain('Förvaltning');
    const rounds = await getJson(server, `/api/v1/data/rounds?plan=${EKBY}`);
    expect(rounds.body).toMatchObject({ rounds: [], currentRoundId: null });
  });
});

describe('two plans in one store', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      SAMORDNA_DEV_USER_ID: '00000000-0000-0000-0000-0000000000a2',
    });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('keeps the first plan current when a newer one is imported, until one is chosen', async () => {
    const outcome = await importPlan(server.store, loadPlanDocument(PLAN_FILES.ekby));
    expect(outcome.kind).toBe('created');
    const listed = await getJson(server, '/api/v1/plans');
    expect(listed.body['currentPlanId']).toBe(MALMO);
    const plans = listed.body['plans'] as { id: string; frozen: boolean; current: boolean }[];
    expect(plans.map((p) => [p.id, p.current, p.frozen])).toEqual([
      [EKBY, false, false],
      [MALMO, true, true],
    ]);
    // The default follows the current plan; ?plan= picks the other.
    const malmo = await getJson(server, '/api/v1/dashboard');
    expect((malmo.body['goals'] as unknown[]).length).toBe(6);
    const ekby = await getJson(server, `/api/v1/dashboard?plan=${EKBY}`);
    expect((ekby.body['goals'] as unknown[]).length).toBe(4);
    const rounds = await getJson(server, `/api/v1/data/rounds?plan=${EKBY}`);
    expect(rounds.body['rounds']).toEqual([]);

    // As `npm run plan -- current` does (another process: the dashboard's cache ages out).
    await server.store.plans.makeCurrent(EKBY);
    const now = await getJson(server, '/api/v1/plans');
    expect(now.body['currentPlanId']).toBe(EKBY);
    const roundsNow = await getJson(server, '/api/v1/data/rounds');
    expect(roundsNow.body['rounds']).toEqual([]);
    await server.store.plans.makeCurrent(MALMO);
    expect((await getJson(server, '/api/v1/data/rounds')).body['rounds']).not.toEqual([]);
  });

  it('refuses to change a plan that has reports; the same file again changes nothing', async () => {
    const malmo = loadPlanDocument(PLAN_FILES.malmo);
    expect((await importPlan(server.store, malmo)).kind).toBe('unchanged');
    const changed = { ...malmo, vision: 'En annan vision.' };
    const before = await server.store.plans.get(MALMO);
    const refused = await importPlan(server.store, changed);
    expect(refused.kind).toBe('frozen');
    expect(await server.store.plans.get(MALMO)).toEqual(before);
  });
});

describe('an Ekby activity under Ekby’s own headings, through the whole product', () => {
  const SAMORDNARE_EKBY = '00000000-0000-0000-0000-0000000000e2';
  let server: TestServer;
  let act: ReturnType<typeof cardActor>;
  const roundId = 'ekby-uppfoljning-test';
  const title = 'Föräldraträffar tillsammans med andra';

  beforeAll(async () => {
    server = await startTestServer({
      SAMORDNA_PLAN_FILE: PLAN_FILES.ekby,
      SAMORDNA_DEMO_DATA: 'false',
      SAMORDNA_DEV_USER_ID: SAMORDNING_USER,
    });
    act = cardActor(server);
    await server.store.members.upsert({
      userId: SAMORDNING_USER,
      name: 'Samordning Ekby',
      organisationId: null,
      roles: ['samordning'],
    });
    await server.store.members.upsert({
      userId: SAMORDNARE_EKBY,
      name: 'Samordnare Soc',
      organisationId: 'socialforvaltningen',
      roles: ['samordnare'],
    });
    // A round as a meeting or a follow-up would make it: open now.
    const now = Date.now();
    await server.store.rounds.upsert({
      id: roundId,
      planId: EKBY,
      kind: 'uppfoljning',
      title: 'Uppföljning Ekby',
      opensAt: new Date(now - 86_400_000).toISOString(),
      closesAt: new Date(now + 7 * 86_400_000).toISOString(),
    });
  });
  afterAll(async () => {
    await server.stop();
  });

  const asSamordnare = { userId: SAMORDNARE_EKBY };

  it('offers Ekby’s headings on the activity card and refuses one of another plan', async () => {
    const form = (await act('activity.new', {}, asSamordnare)).value;
    const choices = JSON.stringify(form);
    expect(choices).toContain('"value":"med-andra"');
    expect(choices).toContain('"value":"kommungemensamt"');
    expect(choices).not.toContain('"value":"i-samverkan"');
    const save = actionData(form, 'activity.save');
    const refused = await act(
      'activity.save',
      { ...save, title: 'Fel rubrik', goal: '1', heading: 'i-samverkan', direction: 'intern' },
      asSamordnare,
    );
    expect(JSON.stringify(refused.value)).toContain(
      t('sv', 'activityForm.problem.unknown-heading'),
    );
    expect(count(server, 'activities')).toBe(0);
  });

  it('creates the activity through the card and reports on it through the status card', async () => {
    const form = (await act('activity.new', {}, asSamordnare)).value;
    await act(
      'activity.save',
      {
        ...actionData(form, 'activity.save'),
        title,
        goal: '1',
        strategyId: 'tidigt-2',
        heading: 'med-andra',
        targetGroupIds: 'nyanlanda',
        preventionLevel: 'selektiv',
        direction: 'intern',
      },
      asSamordnare,
    );
    const [activity] = await server.store.activities.list({
      organisationId: 'socialforvaltningen',
    });
    expect(activity).toMatchObject({
      planId: EKBY,
      title,
      heading: 'med-andra',
      preventionLevel: 'selektiv',
      targetGroupIds: ['nyanlanda'],
    });
    if (activity === undefined) throw new Error('not stored');
    const report = (await act('status.open', { activityId: activity.id, roundId }, asSamordnare))
      .value;
    await act(
      'status.submit',
      {
        ...actionData(report, 'status.submit'),
        status: 'pagar',
        done: 'Två träffar hållna.',
        next: 'Fler träffar.',
        reason: '',
      },
      asSamordnare,
    );
    const history = await server.store.reports.history(activity.id);
    expect(history.map((r) => [r.roundId, r.status, r.done])).toEqual([
      [roundId, 'pagar', 'Två träffar hållna.'],
    ]);
  });

  it('shows the activity in the tab views under its own heading', async () => {
    const list = await getJson(server, `/api/v1/activities?plan=${EKBY}&heading=med-andra`);
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).toContain(title);
    const other = await getJson(server, `/api/v1/activities?plan=${EKBY}&heading=egen-verksamhet`);
    expect(JSON.stringify(other.body)).not.toContain(title);
    const dashboard = await getJson(server, `/api/v1/dashboard?round=${roundId}`);
    expect(dashboard.status).toBe(200);
    expect(JSON.stringify(dashboard.body)).toContain('Socialförvaltningen');
    const [activity] = await server.store.activities.list({
      organisationId: 'socialforvaltningen',
    });
    const detail = await getJson(server, `/api/v1/activities/${activity?.id ?? ''}`);
    expect(detail.status).toBe(200);
    expect(JSON.stringify(detail.body)).toContain('Två träffar hållna.');
  });

  it('exports it, imports a row under another Ekby heading, and drafts the report', async () => {
    const exported = await fetch(
      `${server.url}/api/v1/data/export?plan=${EKBY}&round=${roundId}&format=csv`,
    );
    expect(exported.status).toBe(200);
    const csv = await exported.text();
    expect(csv).toContain(title);
    expect(csv).toContain('Tillsammans med andra');

    const file = swedishCsv([
      ['Förvaltning', 'Inriktningsmål', 'Rubrik', 'Aktivitet', 'Status'],
      ['Personalavdelningen', '2', 'Kommungemensamt', 'Utbildning för alla chefer', 'Pågår'],
      ['Utbildningsförvaltningen', '1', 'Egen verksamhet', 'Normarbete i skolan', 'Ej påbörjad'],
    ]);
    const imported = await fetch(
      `${server.url}/api/v1/data/import/confirm?plan=${EKBY}&round=${roundId}`,
      { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: file },
    );
    expect([imported.status, imported.status === 200 ? null : await imported.text()]).toEqual([
      200,
      null,
    ]);
    const stored = await server.store.activities.list();
    expect(
      stored
        .map((a) => [a.title, a.heading])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      [title, 'med-andra'],
      ['Normarbete i skolan', 'egen-verksamhet'],
      ['Utbildning för alla chefer', 'kommungemensamt'],
    ]);

    const draft = await fetch(`${server.url}/api/v1/data/report?plan=${EKBY}&round=${roundId}`);
    expect(draft.status).toBe(200);
    const text = (await docxParagraphs(Buffer.from(await draft.arrayBuffer()))).join('\n');
    expect(text).toContain('5.1 Inriktningsmål 1 - Våld förebyggs tidigt');
    expect(text).toContain('Socialförvaltningen: Två träffar hållna.');
  });

  it('counts the activity under Ekby’s city-wide heading (kommungemensamt) apart', async () => {
    const own = await getJson(server, `/api/v1/activities?plan=${EKBY}&own=1`);
    expect(own.status).toBe(200);
    const ownText = JSON.stringify(own.body);
    expect(ownText).toContain(title);
    expect(ownText).toContain('Normarbete i skolan');
    expect(ownText).not.toContain('Utbildning för alla chefer');

    const dashboard = await getJson(server, `/api/v1/dashboard?plan=${EKBY}&round=${roundId}`);
    const rows = dashboard.body['heatmap'] as {
      kind: string;
      heading: string | null;
      organisationId: string | null;
      total: number;
    }[];
    expect(rows.filter((r) => r.kind === 'city-wide')).toEqual([
      expect.objectContaining({ heading: 'kommungemensamt', organisationId: null, total: 1 }),
    ]);
    expect(rows.filter((r) => r.kind === 'organisation').reduce((n, r) => n + r.total, 0)).toBe(2);
  });
});
