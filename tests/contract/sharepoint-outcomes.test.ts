/**
 * The outcome of a Genomförd report (decision 0027) in SharePoint: five columns of the
 * Statusrapporter list that a person can read in the list itself, read back whole by another
 * instance; a report written before the columns existed reads back without an outcome.
 */
import type { StatusReport } from '../../bot/src/domain/types';
import type { SharePointStore } from '../../bot/src/store/sharepoint/sharepoint-store';
import { GraphFake } from '../fakes/graph-fake';
import { newActivity } from '../helpers/fixtures';
import { openFakeStore, provisionFake } from '../helpers/sharepoint';

let fake: GraphFake;
const stores: SharePointStore[] = [];

async function open(): Promise<SharePointStore> {
  const store = await openFakeStore(fake);
  stores.push(store);
  return store;
}

beforeEach(async () => {
  fake = await GraphFake.start();
  await provisionFake(fake);
});

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  await fake.close();
});

const base: StatusReport = {
  id: 'rep-1',
  activityId: 'act-1',
  roundId: 'round-1',
  status: 'genomford',
  done: 'Utbildningen är genomförd.',
  next: '',
  reason: '',
  reportedByUserId: 'u1',
  reportedByName: 'Sara',
  reportedAt: '2024-02-01T10:00:00.000Z',
};

describe('SharePoint: report outcomes', () => {
  it('writes the outcome to its own columns and another instance reads it back whole', async () => {
    const writer = await open();
    await writer.activities.create(newActivity({ id: 'act-1' }));
    const withOutcome: StatusReport = {
      ...base,
      outcome: {
        result: 'Chefer i alla förvaltningar deltog.',
        reached: 120,
        target: 150,
        unit: 'chefer utbildade',
        links: ['https://malmostad.sharepoint.com/sites/samordna/utvardering.docx'],
      },
    };
    await writer.reports.append(withOutcome, 'k-1');
    expect(await writer.flush()).toBe(true);

    const [item] = [...(fake.site.list('Statusrapporter')?.items.values() ?? [])];
    expect(item?.fields).toMatchObject({
      OutcomeResult: 'Chefer i alla förvaltningar deltog.',
      OutcomeReached: 120,
      OutcomeTarget: 150,
      OutcomeUnit: 'chefer utbildade',
      OutcomeLinks: JSON.stringify(withOutcome.outcome?.links),
    });

    const reader = await open();
    expect(await reader.reports.history('act-1')).toEqual([withOutcome]);
  });

  it('reads a report from before the outcome columns without an outcome', async () => {
    const writer = await open();
    await writer.activities.create(newActivity({ id: 'act-1' }));
    await writer.reports.append(base, 'k-1');
    expect(await writer.flush()).toBe(true);
    // As an item written by an older version: the outcome fields are simply not there.
    for (const item of fake.site.list('Statusrapporter')?.items.values() ?? []) {
      for (const name of Object.keys(item.fields))
        if (name.startsWith('Outcome')) delete item.fields[name];
    }
    const reader = await open();
    const [read] = await reader.reports.history('act-1');
    expect(read).toEqual(base);
    expect(read).not.toHaveProperty('outcome');
  });
});
