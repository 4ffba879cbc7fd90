import { refusedChanges } from '../../../bot/src/domain/services/refused-edit-service';
import type { Activity } from '../../../bot/src/domain/types';
import { newActivity } from '../../helpers/fixtures';

const current: Activity = { ...newActivity({ id: 'act-1', owner: 'Anna' }), version: 3 };

describe('refusedChanges', () => {
  it('lists only the shown fields that differ, in field order, with the edited values', () => {
    const edited: Activity = {
      ...current,
      endDate: '2026-12-31',
      partners: ['Polisen'],
      description: 'Ny beskrivning',
      heading: 'i-samverkan',
      // Not shown: tags, direction, version.
      focusAreaIds: ['fa-1'],
      direction: 'malmobor',
      version: 4,
    };
    expect(refusedChanges(current, edited)).toEqual([
      { field: 'description', value: 'Ny beskrivning' },
      { field: 'heading', value: 'i-samverkan' },
      { field: 'partners', value: ['Polisen'] },
      { field: 'endDate', value: '2026-12-31' },
    ]);
  });

  it('has nothing when the edit equals the activity now, and shows a cleared value', () => {
    expect(refusedChanges(current, { ...current, version: 9 })).toEqual([]);
    expect(refusedChanges(current, { ...current, owner: '' })).toEqual([
      { field: 'owner', value: '' },
    ]);
  });
});
