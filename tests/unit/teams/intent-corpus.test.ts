import { organisations } from '../../helpers/malmo-plan';
import { COMMAND_WORDS, type CommandId } from '../../../bot/src/teams/commands';
import { INTENTS } from '../../../bot/src/teams/intents/intent-data';
import { recognise } from '../../../bot/src/teams/intents/recognise';
import { describeScore, outcome, scoreCorpus } from './corpus-score';
import { CORPUS } from './intent-corpus';

describe('the intent corpus', () => {
  const score = scoreCorpus();

  it('prints the share understood per intent', () => {
    console.log(describeScore(score));
    expect(score.perIntent.size).toBeGreaterThan(10);
  });

  it('has at least 150 phrasings, 20 of them disclosures, and some that mean nothing', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(CORPUS.filter((l) => l.expected === 'disclosure').length).toBeGreaterThanOrEqual(20);
    expect(CORPUS.filter((l) => l.expected === 'none').length).toBeGreaterThanOrEqual(5);
    for (const intent of INTENTS.filter((i) => i.id !== 'support-admin')) {
      expect([intent.id, CORPUS.some((l) => l.expected === intent.id)]).toEqual([intent.id, true]);
    }
  });

  it('understands at least 90 % of them', () => {
    expect(score.understood / score.total).toBeGreaterThanOrEqual(0.9);
  });

  it('misses no disclosure', () => {
    expect(score.perIntent.get('disclosure')).toEqual({
      understood: CORPUS.filter((l) => l.expected === 'disclosure').length,
      total: CORPUS.filter((l) => l.expected === 'disclosure').length,
    });
  });

  it('takes no report about the plan’s work on violence for a disclosure', () => {
    const work = [
      'Aktiviteten om våld i nära relation är genomförd',
      'utbildningen om våld för medarbetare är klar',
      'jag har rapporterat aktiviteten om hedersrelaterat våld',
      'vi har en workshop om våldsutsatta kvinnor nästa vecka',
      'jag valde att rapportera allt på en gång',
      'våld',
    ];
    for (const text of work) {
      expect([text, outcome(recognise({ text, organisations }))]).not.toEqual([text, 'disclosure']);
    }
  });
});

describe('exact command words', () => {
  const all = Object.entries(COMMAND_WORDS).flatMap(([id, words]) =>
    [...words.sv, ...words.en].map((word) => [word, id as CommandId] as const),
  );

  it.each(all)('"%s" is always %s', (word, id) => {
    for (const variant of [word, word.toUpperCase(), ` ${word}! `, `<p>${word}</p>`]) {
      const recognition = recognise({ text: variant, organisations });
      expect([variant, recognition]).toMatchObject([variant, { kind: 'intent', intent: id }]);
    }
  });
});

describe('the intent data', () => {
  it('has phrases in both languages for every intent', () => {
    for (const intent of INTENTS) {
      expect([intent.id, intent.sv.length > 0, intent.en.length > 0]).toEqual([
        intent.id,
        true,
        true,
      ]);
    }
  });
});
