import { organisations } from '../../helpers/malmo-plan';
import { recognise, type Recognition } from '../../../bot/src/teams/intents/recognise';
import { CORPUS, type CorpusLine, type Expected } from './intent-corpus';

/** What a recognition says, in the corpus's terms. */
export function outcome(recognition: Recognition): Expected {
  if (recognition.kind === 'disclosure') return 'disclosure';
  if (recognition.kind === 'intent') return recognition.intent;
  return 'none';
}

export interface CorpusScore {
  /** Per expected intent: understood / lines. */
  readonly perIntent: ReadonlyMap<Expected, { understood: number; total: number }>;
  readonly understood: number;
  readonly total: number;
  readonly misses: readonly (CorpusLine & { got: Expected })[];
  /** Lines that are not disclosures but were taken for one. */
  readonly falseDisclosures: readonly string[];
}

/** Runs the recogniser over the corpus (with the plan's organisations) and counts. */
export function scoreCorpus(corpus: readonly CorpusLine[] = CORPUS): CorpusScore {
  const perIntent = new Map<Expected, { understood: number; total: number }>();
  const misses: (CorpusLine & { got: Expected })[] = [];
  const falseDisclosures: string[] = [];
  for (const line of corpus) {
    const got = outcome(recognise({ text: line.text, organisations }));
    const entry = perIntent.get(line.expected) ?? { understood: 0, total: 0 };
    entry.total += 1;
    if (got === line.expected) entry.understood += 1;
    else misses.push({ ...line, got });
    if (got === 'disclosure' && line.expected !== 'disclosure') falseDisclosures.push(line.text);
    perIntent.set(line.expected, entry);
  }
  const understood = [...perIntent.values()].reduce((sum, e) => sum + e.understood, 0);
  return { perIntent, understood, total: corpus.length, misses, falseDisclosures };
}

/** The score as lines of text, for the test's output and the benchmark. */
export function describeScore(score: CorpusScore): string {
  const rows = [...score.perIntent.entries()].map(
    ([intent, e]) =>
      `  ${intent.padEnd(20)} ${String(e.understood).padStart(3)} / ${String(e.total).padEnd(3)} ${((100 * e.understood) / e.total).toFixed(0)} %`,
  );
  return [
    `Understood ${score.understood} of ${score.total} phrasings (${((100 * score.understood) / score.total).toFixed(1)} %)`,
    ...rows,
    ...score.misses.map((m) => `  miss: "${m.text}" expected ${m.expected}, got ${m.got}`),
    `False disclosures: ${score.falseDisclosures.length}${score.falseDisclosures.map((t) => `\n  "${t}"`).join('')}`,
  ].join('\n');
}
