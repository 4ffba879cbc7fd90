/**
 * Through the real server and CloudAdapter: a Genomförd report with what came of it (issue 19
 * item 3), a refused link that keeps the form as typed, and an edit in the same round that the
 * cards call an edit and the history shows once, marked, while the store keeps both (issue 18
 * item 7).
 */
import { cardAction, postInvoke, type InvokeBody } from '../helpers/activities';
import { executes, inputs, texts, type CardNode } from '../helpers/card-nodes';
import { demoRoundId } from '../helpers/demo-round';
import { callApi, startTestServer, type TestServer } from '../helpers/server';

const GRUNDSKOLA = 'grundskoleforvaltningen';
const SP = 'https://malmostad.sharepoint.com/sites/grundskola/Delade%20dokument/utvardering.pdf';

function cardOf(body: InvokeBody): CardNode {
  expect(body.statusCode).toBe(200);
  return body.value as CardNode;
}

const dataOf = (action: CardNode | undefined): Record<string, unknown> =>
  (action?.['data'] ?? {}) as Record<string, unknown>;

const valueOf = (card: CardNode, id: string): unknown =>
  inputs(card).find((i) => i['id'] === id)?.['value'];

describe('outcomes and edits through the bot', () => {
  let server: TestServer;
  let roundId: string;

  const act = async (verb: string, data: Record<string, unknown>) =>
    cardOf(await postInvoke(server.url, cardAction(verb, data)));

  beforeAll(async () => {
    server = await startTestServer();
    roundId = await demoRoundId(server.store);
  });

  afterAll(async () => {
    await server.stop();
  });

  it('records the outcome, refuses a bad link with the form kept, and turns a second save into an edit', async () => {
    const activities = await server.store.activities.list({ organisationId: GRUNDSKOLA });
    const inRound = await server.store.reports.latest({
      roundId,
      activityIds: activities.map((a) => a.id),
    });
    const activity = activities.find((a) => !inRound.some((r) => r.activityId === a.id));
    if (activity === undefined) throw new Error('every demo activity is reported');

    // A first report in the round: "Rapportera" in the list, "Spara" on the form.
    const list = await act('status.list', { roundId, page: 0 });
    const openBefore = executes(list, 'status.open').find(
      (a) => dataOf(a)['activityId'] === activity.id,
    );
    expect(openBefore?.['title']).toBe('Rapportera');
    const form = await act('status.open', { activityId: activity.id, roundId });
    const submit = executes(form, 'status.submit')[0];
    expect(submit?.['title']).toBe('Spara');

    // A link outside the city's SharePoint: refused in Swedish, the form as typed, nothing stored.
    const before = (await server.store.reports.history(activity.id)).length;
    const typed = {
      status: 'genomford',
      done: 'Alla skolor har haft utbildningen.',
      next: '',
      reason: '',
      outcomeResult: 'Personalen känner till rutinen.',
      outcomeReached: '120',
      outcomeTarget: '150',
      outcomeUnit: 'lärare utbildade',
      outcomeLinks: 'https://drive.google.com/utvardering',
    };
    const refused = await act('status.submit', { ...dataOf(submit), ...typed });
    expect(texts(refused)).toContain(
      'En länk till underlag måste börja med https:// och gå till stadens SharePoint eller OneDrive (…sharepoint.com).',
    );
    expect(valueOf(refused, 'outcomeLinks')).toBe('https://drive.google.com/utvardering');
    expect(valueOf(refused, 'outcomeReached')).toBe('120');
    expect(valueOf(refused, 'outcomeResult')).toBe('Personalen känner till rutinen.');
    expect(await server.store.reports.history(activity.id)).toHaveLength(before);

    // Corrected: saved, and the saved card says what came of it.
    const saved = await act('status.submit', {
      ...typed,
      ...dataOf(executes(refused, 'status.submit')[0]),
      outcomeLinks: SP,
    });
    expect(texts(saved)).toEqual(
      expect.arrayContaining([
        'Sparat',
        'Personalen känner till rutinen (120 av 150 lärare utbildade)',
        SP,
      ]),
    );
    const [first] = (await server.store.reports.history(activity.id)).slice(-1);
    expect(first?.outcome?.links).toEqual([SP]);

    // Reported now: the list and the form say "Ändra rapport", the form that it edits.
    const listAfter = await act('status.list', { roundId, page: 0 });
    const openAfter = executes(listAfter, 'status.open').find(
      (a) => dataOf(a)['activityId'] === activity.id,
    );
    expect(openAfter?.['title']).toBe('Ändra rapport');
    const editForm = await act('status.open', { activityId: activity.id, roundId });
    expect(texts(editForm)[0]).toBe('Ändra rapport');
    expect(texts(editForm).some((t) => t.startsWith('Aktiviteten är redan rapporterad'))).toBe(
      true,
    );
    expect(valueOf(editForm, 'outcomeLinks')).toBe(SP);
    const editSubmit = executes(editForm, 'status.submit')[0];
    expect(editSubmit?.['title']).toBe('Ändra rapport');
    const edited = await act('status.submit', {
      ...typed,
      ...dataOf(editSubmit),
      outcomeLinks: SP,
      outcomeReached: '130',
    });
    expect(texts(edited)[0]).toBe('Rapporten är ändrad');

    // The store keeps both; the history shows the round once, the edit, marked.
    expect(await server.store.reports.history(activity.id)).toHaveLength(before + 2);
    const detail = await callApi(server, 'GET', `/api/v1/activities/${activity.id}`);
    const history = detail.body['history'] as {
      roundId: string;
      replaced: number;
      outcome?: { reached: number };
    }[];
    const ofRound = history.filter((h) => h.roundId === roundId);
    expect(ofRound).toHaveLength(1);
    expect(ofRound[0]).toMatchObject({ replaced: 1, outcome: { reached: 130 } });
  });
});
