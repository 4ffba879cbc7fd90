import { t, translator, withoutDoubledWord } from '../../../bot/src/i18n';
import { describeWarning } from '../../../bot/src/meetings/meeting-messages';

/** Rounds created from a meeting are titled like this (see domain/meetings/schedule.ts). */
const ROUND = 'Inför mötet 12 mars 2027: Tema våld i nära relationer';

describe('titles built from round names (#18 slip: "Status inför Inför mötet …")', () => {
  const doubled = /\b(\p{L}+)\s+\1\b/iu;

  it('every bot message with {round} reads without a doubled word', () => {
    const keys = [
      'status.list.title',
      'chat.left.title',
      'chat.notReported.title',
      'chat.notReported.none',
      'chat.summary.title',
    ] as const;
    for (const key of keys) {
      const text = t('sv', key, { round: ROUND, organisation: 'Stadskontoret' });
      expect({ key, text, doubled: doubled.test(text) }).toEqual({ key, text, doubled: false });
      expect(text).toContain('mötet 12 mars 2027');
    }
    expect(t('sv', 'status.list.title', { round: ROUND })).toBe(
      'Status inför mötet 12 mars 2027: Tema våld i nära relationer',
    );
  });

  it('keeps a round title that does not repeat the word', () => {
    expect(t('sv', 'status.list.title', { round: 'Samordningsgruppen 12 mars' })).toBe(
      'Status inför Samordningsgruppen 12 mars',
    );
    expect(withoutDoubledWord('Omgång: ', ROUND)).toBe(ROUND);
    // Only a whole word counts: "Införandet" is not "inför".
    expect(withoutDoubledWord('Status inför ', 'Införandet av X')).toBe('Införandet av X');
  });
});

describe('Swedish plurals in the rhythm warning (#18 slip: "2027 har 1 möten")', () => {
  const svT = translator('sv');
  const enT = translator('en');

  it('says "1 möte" for one meeting and "möten" otherwise', () => {
    expect(describeWarning(svT, { year: 2027, count: 1, code: 'too-few' })).toBe(
      '2027 har 1 möte. Planen säger 4–6 möten om året.',
    );
    expect(describeWarning(svT, { year: 2027, count: 0, code: 'too-few' })).toMatch(
      /^2027 har 0 möten\./,
    );
    expect(describeWarning(svT, { year: 2027, count: 7, code: 'too-many' })).toMatch(
      /^2027 har 7 möten\./,
    );
    expect(describeWarning(enT, { year: 2027, count: 1, code: 'too-few' })).toMatch(
      /^2027 has 1 meeting\./,
    );
  });
});
