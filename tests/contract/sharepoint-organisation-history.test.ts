/**
 * An organisation's history in SharePoint (decision 0030): the Organisationer list's columns
 * hold it (text dates, JSON lists), and a store opened afresh on the site reads it back from
 * Graph, not from the writer's replica.
 */
import type { Organisation } from '../../bot/src/domain/types';
import { GraphFake } from '../fakes/graph-fake';
import { openFakeStore, provisionFake } from '../helpers/sharepoint';

describe('SharePoint Organisationer: the history columns', () => {
  it('are written as columns and read back by a store opened afresh', async () => {
    const fake = await GraphFake.start();
    try {
      await provisionFake(fake);
      const merged: Organisation = {
        id: 'kulturforvaltningen',
        name: 'Kulturförvaltningen',
        kind: 'forvaltning',
        validTo: '2024-12-31',
        formerNames: [{ name: 'Kultur', until: '2020-12-31' }],
        handovers: [{ to: 'fritidsforvaltningen', from: '2025-01-01', activityIds: ['a-1'] }],
      };
      const writer = await openFakeStore(fake);
      await writer.organisations.upsert(merged);
      await writer.organisations.upsert({ id: 'fritid', name: 'Fritid', kind: 'forvaltning' });
      await writer.close();

      const items = [...(fake.site.list('Organisationer')?.items.values() ?? [])];
      const stored = items.find((i) => i.fields['SamordnaId'] === 'kulturforvaltningen');
      expect(stored?.fields).toMatchObject({
        ValidTo: '2024-12-31',
        FormerNames: JSON.stringify(merged.formerNames),
        Handovers: JSON.stringify(merged.handovers),
      });
      expect(stored?.fields['ValidFrom'] ?? null).toBeNull();

      const reader = await openFakeStore(fake);
      try {
        expect(await reader.organisations.get('kulturforvaltningen')).toEqual(merged);
        expect(await reader.organisations.get('fritid')).toEqual({
          id: 'fritid',
          name: 'Fritid',
          kind: 'forvaltning',
        });
      } finally {
        await reader.close();
      }
      expect(fake.violations).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});
