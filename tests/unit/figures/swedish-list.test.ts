import { swedishJoin } from '../../../bot/src/domain/text/swedish-list';

describe('swedishJoin (seed 000 usage)', () => {
  it('joins short items with "och" as seed 000 does for the prevention levels', () => {
    expect(swedishJoin(['universell', 'selektiv', 'indikerad'])).toBe(
      'universell, selektiv och indikerad',
    );
  });

  it('uses ", samt" before the last item when an item contains "och" (seed 000 line 14)', () => {
    expect(
      swedishJoin([
        'hedersrelaterat våld och förtryck',
        'sexuellt våld oberoende av relation',
        'sex mot ersättning',
        'människohandel för sexuella ändamål',
      ]),
    ).toBe(
      'hedersrelaterat våld och förtryck, sexuellt våld oberoende av relation, sex mot ersättning, samt människohandel för sexuella ändamål',
    );
  });

  it('does not mistake words that contain "och" for the conjunction', () => {
    expect(swedishJoin(['kochbok', 'b', 'c'])).toBe('kochbok, b och c');
  });

  it('handles none, one and two items, and can be told which word to use', () => {
    expect(swedishJoin([])).toBe('');
    expect(swedishJoin(['a'])).toBe('a');
    expect(swedishJoin(['a', 'b'])).toBe('a och b');
    expect(swedishJoin(['a', 'b'], 'samt')).toBe('a, samt b');
    expect(swedishJoin(['a och b', 'c'], 'och')).toBe('a och b och c');
  });
});
