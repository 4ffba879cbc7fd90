import { deliveryMarker, markCard } from '../../../bot/src/domain/delivery/delivery-mark';

describe('delivery mark', () => {
  it('is the same for every attempt of a job and different between jobs', () => {
    expect(deliveryMarker('m1:open:u1')).toBe(deliveryMarker('m1:open:u1'));
    expect(deliveryMarker('m1:open:u1')).not.toBe(deliveryMarker('m1:open:u2'));
    expect(deliveryMarker('m1:open:u1')).toMatch(/^samordna-[0-9a-f]{32}$/);
  });

  it('does not show the ids of the job key', () => {
    expect(deliveryMarker('meeting-42:open:0f0e-user')).not.toMatch(/meeting|user|42/);
  });

  it('adds one hidden, empty TextBlock with the mark as id and keeps the rest of the card', () => {
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'TextBlock', text: 'Hej' }],
      actions: [{ type: 'Action.OpenUrl', title: 'Öppna', url: 'https://example.org' }],
    };
    const marked = markCard(card, 'k');
    expect(marked).toEqual({
      ...card,
      body: [
        { type: 'TextBlock', text: 'Hej' },
        { type: 'TextBlock', id: deliveryMarker('k'), text: ' ', isVisible: false },
      ],
    });
    expect(card.body).toHaveLength(1);
    expect(markCard({ type: 'AdaptiveCard', version: '1.5' }, 'k')['body']).toHaveLength(1);
  });
});
