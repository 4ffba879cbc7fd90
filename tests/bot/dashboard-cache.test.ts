/**
 * The dashboard under its read cache (http/versioned-cache.ts): everyone opening Översikt at
 * once gets the same figures, and a write made through the server shows in the next answer,
 * not after the cache's two seconds.
 */
import type { Activity } from '../../bot/src/domain/types';
import { activityEdit } from '../helpers/fixtures';
import { callApi, startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.stop();
});

const activitiesUnder = async (heading: string): Promise<number> => {
  const answer = await callApi(server, 'GET', `/api/v1/dashboard?heading=${heading}`);
  expect(answer.status).toBe(200);
  return (answer.body['keyFigures'] as { activities: number }).activities;
};

describe('dashboard read cache', () => {
  it('answers a burst of readers with the same figures', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => callApi(server, 'GET', '/api/v1/dashboard')),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const bodies = new Set(answers.map((a) => JSON.stringify(a.body)));
    expect(bodies.size).toBe(1);
  });

  it('shows an edit made through the server in the very next answer', async () => {
    // The dev user is a samordnare: she edits her own organisation's activities.
    const me = await callApi(server, 'GET', '/api/v1/me');
    const organisation = (me.body['organisation'] as { id: string }).id;
    const own = await callApi(server, 'GET', `/api/v1/activities?organisation=${organisation}`);
    const first = (own.body['activities'] as { id: string; heading: string }[]).find(
      (a) => a.heading === 'verksamhetsspecifik',
    );
    if (first === undefined) throw new Error('the dev user has no verksamhetsspecifik activity');
    const before = await activitiesUnder('i-samverkan');
    const detail = await callApi(server, 'GET', `/api/v1/activities/${first.id}`);
    const activity = detail.body['activity'] as Activity;
    // A heading of i samverkan needs a partner.
    const partners = activity.partners.length > 0 ? activity.partners : ['Polisen'];
    const edited = await callApi(
      server,
      'PUT',
      `/api/v1/activities/${first.id}`,
      activityEdit(activity, { heading: 'i-samverkan', partners }),
    );
    expect(edited).toMatchObject({ status: 200 });
    expect(await activitiesUnder('i-samverkan')).toBe(before + 1);
  });
});
