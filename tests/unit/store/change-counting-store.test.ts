import { countChanges } from '../../../bot/src/store/change-counting-store';
import { SqliteStore } from '../../../bot/src/store/sqlite/sqlite-store';
import { newActivity } from '../../helpers/fixtures';

describe('change-counting store', () => {
  it('moves its version on writes (when they start and when they settle), not on reads', async () => {
    const raw = SqliteStore.open(':memory:');
    const { store, version } = countChanges(raw);
    const start = version();
    await store.activities.list();
    await store.plans.list();
    expect(version()).toBe(start);

    const write = store.organisations.upsert({ id: 'org-a', name: 'Alfa', kind: 'forvaltning' });
    const started = version();
    expect(started).toBeGreaterThan(start);
    await write;
    expect(version()).toBeGreaterThan(started);
    expect((await store.organisations.get('org-a'))?.name).toBe('Alfa');

    const before = version();
    await expect(store.activities.update(newActivity({ id: 'nope' }), 1)).rejects.toThrow();
    expect(version()).toBeGreaterThan(before);
    await store.close();
  });
});
