/**
 * Issue #14, item 6: a card's `submissionId` (the idempotency key of a status submit) is bound
 * to the user and the activity. A replay by the same user for the same activity answers as
 * before (nothing stored twice); the same key from another user, or for another activity, is
 * refused in Swedish and shows nothing of the first report (no name, no text). Through the
 * real server, CloudAdapter and SQLite store, with forged Action.Execute payloads.
 */
import { t } from '../../bot/src/i18n';
import { DEMO_SAMORDNARE, DEMO_SAMORDNING, type ActivityOptions } from '../helpers/activities';
import { actionData, cardActor } from '../helpers/card-invoke';
import { executes, texts, type CardNode } from '../helpers/card-nodes';
import { demoRoundId } from '../helpers/demo-round';
import { startTestServer, type TestServer } from '../helpers/server';

const GRUNDSKOLA = 'grundskoleforvaltningen';
const SECRET = 'Saras text om skolans arbete';

describe('idempotency keys are bound to their user and activity', () => {
  let server: TestServer;
  let roundId: string;
  let first: string;
  let second: string;

  const act = (verb: string, data: Record<string, unknown>, options: ActivityOptions = {}) =>
    cardActor(server)(verb, data, options);

  const cardOf = (body: { statusCode: number; value: unknown }): CardNode => {
    expect(body.statusCode).toBe(200);
    return body.value as CardNode;
  };

  /** Sara's submit payload for `activityId`, as her form card carries it. */
  async function saraSubmit(activityId: string): Promise<Record<string, unknown>> {
    const form = cardOf(await act('status.open', { activityId, roundId }));
    return {
      ...actionData(form, 'status.submit'),
      status: 'pagar',
      done: SECRET,
      next: 'Nästa steg',
      reason: '',
    };
  }

  /** Every report of the two activities: what a refused forgery must leave as it was. */
  const allReports = async () => [
    ...(await server.store.reports.history(first)),
    ...(await server.store.reports.history(second)),
  ];

  /** The refusal card: the Swedish message, and nothing of Sara's report. */
  function expectRefusedBlind(body: { statusCode: number; value: unknown }): void {
    const card = cardOf(body);
    expect(texts(card)).toContain(t('sv', 'status.keyReused'));
    const json = JSON.stringify(body);
    expect(json).not.toContain(SECRET);
    expect(json).not.toContain('Sara Lind');
    expect(json).not.toContain(DEMO_SAMORDNARE);
    expect(executes(card, 'status.submit')).toEqual([]);
  }

  beforeAll(async () => {
    server = await startTestServer();
    roundId = await demoRoundId(server.store);
    const activities = await server.store.activities.list({ organisationId: GRUNDSKOLA });
    [first, second] = activities.map((a) => a.id) as [string, string];
    expect(second).toBeDefined();
  });

  afterAll(async () => {
    await server.stop();
  });

  it("refuses Sara's key from another user (Samordning, who may report on the activity) and shows nothing of her report", async () => {
    const submit = await saraSubmit(first);
    const saved = cardOf(await act('status.submit', submit));
    expect(texts(saved)).toContain(SECRET);
    const stored = await allReports();

    const forged = await act(
      'status.submit',
      { ...submit, done: 'Omars text' },
      { userId: DEMO_SAMORDNING },
    );
    expectRefusedBlind(forged);
    expect(await allReports()).toEqual(stored);

    // The same key for another activity: refused too, from either user.
    for (const userId of [DEMO_SAMORDNING, DEMO_SAMORDNARE]) {
      const moved = await act('status.submit', { ...submit, activityId: second }, { userId });
      expectRefusedBlind(moved);
    }
    expect(await allReports()).toEqual(stored);
  });

  it('answers a replay by the same user for the same activity as before, storing nothing twice', async () => {
    const submit = await saraSubmit(second);
    const saved = cardOf(await act('status.submit', submit));
    const after = await server.store.reports.history(second);
    const again = cardOf(await act('status.submit', submit));
    expect(texts(again)).toEqual(texts(saved));
    expect(texts(again)).toContain(SECRET);
    expect(await server.store.reports.history(second)).toEqual(after);
  });

  it('binds the "Oförändrat" key the same way', async () => {
    const data = {
      activityId: first,
      roundId,
      submissionId: '6f1c1a52-8a43-4c39-9d0e-1f4b8a3c2d10',
    };
    const saved = cardOf(await act('status.unchanged', data));
    expect(texts(saved).join(' ')).toContain(SECRET);
    const stored = await allReports();
    expectRefusedBlind(await act('status.unchanged', data, { userId: DEMO_SAMORDNING }));
    expect(await allReports()).toEqual(stored);
  });
  it("binds a new activity's submission id to its organisation", async () => {
    const JONAS = '00000000-0000-0000-0000-0000000000a4';
    const form = cardOf(await act('activity.new', {}));
    const save = {
      ...actionData(form, 'activity.save'),
      title: 'Saras nya aktivitet',
      goal: '1',
      heading: 'verksamhetsspecifik',
      direction: 'intern',
    };
    cardOf(await act('activity.save', save));
    const before = await server.store.activities.list();
    const created = before.filter((a) => a.title === 'Saras nya aktivitet');
    expect(created.map((a) => a.organisationId)).toEqual([GRUNDSKOLA]);

    const forged = cardOf(
      await act('activity.save', { ...save, title: 'Jonas aktivitet' }, { userId: JONAS }),
    );
    expect(texts(forged)).toContain(t('sv', 'status.keyReused'));
    expect(await server.store.activities.list()).toEqual(before);
    // Sara's own repeated submit still answers with what it created.
    expect(texts(cardOf(await act('activity.save', save))).join(' ')).toContain(
      'Saras nya aktivitet',
    );
    expect(await server.store.activities.list()).toEqual(before);
  });
});
