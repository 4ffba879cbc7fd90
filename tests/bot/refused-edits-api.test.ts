/**
 * Refused activity edits in the activity detail (GET /api/v1/activities/:id) and dismissing
 * their message (DELETE …/refused-edits/:editId): only for those who may edit the activity.
 * The port is injected (SharePoint mode has the outbox adapter; SQLite mode has none).
 */
import type { RefusedEdit, RefusedEditsPort } from '../../bot/src/domain/ports/refused-edits.port';
import type { Activity } from '../../bot/src/domain/types';
import { callApi, startTestServer, type TestServer } from '../helpers/server';

/** An in-memory port: one refused edit (id 7) of every activity until it is dismissed. */
class FakeRefusedEdits implements RefusedEditsPort {
  readonly dismissed: string[] = [];

  async forActivity(activityId: string): Promise<RefusedEdit[]> {
    if (this.dismissed.includes(activityId)) return [];
    return [
      {
        id: '7',
        activityId,
        savedAt: '2026-11-20T09:30:00.000Z',
        reason: 'changed-meanwhile',
        changes: [{ field: 'title', value: 'Min titel' }],
      },
    ];
  }

  async dismiss(activityId: string, editId: string): Promise<boolean> {
    if ((await this.forActivity(activityId)).every((e) => e.id !== editId)) return false;
    this.dismissed.push(activityId);
    return true;
  }
}

let server: TestServer;
const port = new FakeRefusedEdits();
let own: Activity;
let other: Activity;

beforeAll(async () => {
  server = await startTestServer({}, undefined, { refusedEdits: port });
  // The dev user is a samordnare: she may edit her own organisation's activities only.
  const me = await callApi(server, 'GET', '/api/v1/me');
  const organisation = (me.body['organisation'] as { id: string }).id;
  const all = await server.store.activities.list();
  const mine = all.find((a) => a.organisationId === organisation);
  const theirs = all.find((a) => a.organisationId !== organisation);
  if (mine === undefined || theirs === undefined) throw new Error('demo data changed');
  own = mine;
  other = theirs;
});

afterAll(async () => {
  await server.stop();
});

const path = (activity: Activity, editId = '7') =>
  `/api/v1/activities/${activity.id}/refused-edits/${editId}`;

describe('refused activity edits', () => {
  it('shows them to a viewer who may edit the activity, and to nobody else', async () => {
    const mine = await callApi(server, 'GET', `/api/v1/activities/${own.id}`);
    expect(mine.body).toMatchObject({
      editable: true,
      refusedEdits: [{ id: '7', reason: 'changed-meanwhile' }],
    });
    const theirs = await callApi(server, 'GET', `/api/v1/activities/${other.id}`);
    expect(theirs.body).toMatchObject({ editable: false, refusedEdits: [] });
  });

  it('refuses dismissing for a viewer who may not edit (403), in Swedish and English', async () => {
    const answer = await callApi(server, 'DELETE', path(other));
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({
      error: {
        code: 'forbidden',
        message: expect.stringContaining('förvaltnings'),
        messageEn: expect.stringContaining('organisation'),
      },
    });
    expect(port.dismissed).toEqual([]);
  });

  it('answers 404 for an unknown edit or activity', async () => {
    expect((await callApi(server, 'DELETE', path(own, '99'))).status).toBe(404);
    expect((await callApi(server, 'DELETE', path({ ...own, id: 'okand' }))).status).toBe(404);
  });

  it('dismisses the message: it is gone from the detail, and a second dismiss is 404', async () => {
    const answer = await callApi(server, 'DELETE', path(own));
    expect(answer).toEqual({ status: 200, body: { dismissed: true } });
    const detail = await callApi(server, 'GET', `/api/v1/activities/${own.id}`);
    expect(detail.body['refusedEdits']).toEqual([]);
    expect((await callApi(server, 'DELETE', path(own))).status).toBe(404);
  });
});

it('has none in SQLite mode (no port)', async () => {
  const plain = await startTestServer();
  try {
    const detail = await callApi(plain, 'GET', `/api/v1/activities/${own.id}`);
    expect(detail.body).toMatchObject({ editable: true, refusedEdits: [] });
    expect((await callApi(plain, 'DELETE', path(own))).status).toBe(404);
  } finally {
    await plain.stop();
  }
});
