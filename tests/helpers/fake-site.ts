import type { SharePointStore } from '../../bot/src/store/sharepoint/sharepoint-store';
import { GraphFake } from '../fakes/graph-fake';
import { openFakeStore, provisionFake } from './sharepoint';

/**
 * A provisioned Graph-fake site per test, and stores opened on it (each one another
 * instance); after each test the stores are closed, least privilege is checked (no
 * violations) and the fake stops. Call inside a describe block.
 */
export function useFakeSite(): {
  readonly fake: () => GraphFake;
  readonly open: () => Promise<SharePointStore>;
} {
  let fake: GraphFake | undefined;
  const stores: SharePointStore[] = [];
  beforeEach(async () => {
    fake = await GraphFake.start();
    await provisionFake(fake);
  });
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    expect(fake?.violations).toEqual([]);
    await fake?.close();
  });
  const current = (): GraphFake => {
    if (fake === undefined) throw new Error('the fake site starts in beforeEach');
    return fake;
  };
  return {
    fake: current,
    async open() {
      const store = await openFakeStore(current());
      stores.push(store);
      return store;
    },
  };
}
