import { dumpDatabase } from './db-dump';
import { callApi, type TestServer } from './server';

/** A call a test makes: method, path and JSON body (undefined: none). */
export type ApiCall = readonly [method: string, path: string, body: unknown];

/**
 * Every call answers 403 "Det här kan bara Samordning göra." and the store is unchanged: the
 * caller is not Samordning, whatever the request says about roles.
 */
export async function expectOnlySamordning(
  server: TestServer,
  calls: readonly ApiCall[],
): Promise<void> {
  const before = dumpDatabase(server.store.database);
  for (const [method, path, body] of calls) {
    const answer = await callApi(server, method, path, body);
    expect([path, answer.status, answer.body['error']]).toEqual([
      path,
      403,
      expect.objectContaining({
        code: 'forbidden',
        message: 'Det här kan bara Samordning göra.',
      }),
    ]);
  }
  expect(dumpDatabase(server.store.database)).toBe(before);
}
