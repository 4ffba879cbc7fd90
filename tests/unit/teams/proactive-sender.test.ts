import { createAdapter } from '../../../bot/src/teams/adapter';
import { TeamsProactiveSender } from '../../../bot/src/teams/proactive-sender';
import { startFakeBotConnector, type FakeBotConnector } from '../../fakes/bot-connector';
import { personalConversation } from '../../helpers/delivery-rig';

describe('TeamsProactiveSender with an app error handler on the adapter', () => {
  let connector: FakeBotConnector;

  beforeAll(async () => {
    connector = await startFakeBotConnector({
      faultRate: 1,
      faultStatuses: [429],
      faultRetryAfterSeconds: 2,
    });
  });

  afterAll(() => connector.close());

  it('reports a throttled send as a retry instead of letting onTurnError swallow it', async () => {
    const adapter = createAdapter({ kind: 'none' });
    // As the Teams app's app.error does: handle the turn's error (it would post an apology).
    const handled: unknown[] = [];
    adapter.onTurnError = (_context, error) => {
      handled.push(error);
      return Promise.resolve();
    };
    const sender = new TeamsProactiveSender(adapter, '');
    const outcome = await sender.send(
      personalConversation('user-1', connector.serviceUrl, new Date().toISOString()),
      { text: 'Påminnelse' },
      'meeting-1:reminder:user-1',
    );
    expect(outcome).toMatchObject({ kind: 'retry', retryAfterMs: 2_000 });
    expect(handled).toEqual([]);
    expect(connector.requests).toBe(1);
  });
});
