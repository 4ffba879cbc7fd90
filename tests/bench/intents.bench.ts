import { performance } from 'node:perf_hooks';
import { organisations } from '../helpers/malmo-plan';
import { recognise } from '../../bot/src/teams/intents/recognise';
import { describeScore, scoreCorpus } from '../unit/teams/corpus-score';
import { CORPUS } from '../unit/teams/intent-corpus';
import type { Benchmark, BenchOutcome } from './benchmark';
import { percentile } from './stats';

/** Passes over the corpus after a warm-up pass (the recogniser caches word comparisons). */
const PASSES = 20;

/**
 * The free-text recogniser on the intent corpus: the share understood (overall, per intent,
 * disclosures, false disclosures) and the recogniser's own time per message, in process. The
 * whole bot turn stays measured by `bot-turn` against echo.
 */
export const intentsBenchmark: Benchmark = {
  name: 'intents',
  description: `free-text recogniser on the ${CORPUS.length}-phrasing corpus: share understood and time per message`,
  async run(): Promise<BenchOutcome> {
    const score = scoreCorpus();
    for (const line of CORPUS) recognise({ text: line.text, organisations });
    const times: number[] = [];
    for (let pass = 0; pass < PASSES; pass += 1) {
      for (const line of CORPUS) {
        const started = performance.now();
        recognise({ text: line.text, organisations });
        times.push(performance.now() - started);
      }
    }
    times.sort((a, b) => a - b);
    const disclosures = score.perIntent.get('disclosure') ?? { understood: 0, total: 0 };
    return {
      rows: [],
      derived: {
        'share understood % (target ≥ 90)': (100 * score.understood) / score.total,
        'disclosures recognised % (target 100)': (100 * disclosures.understood) / disclosures.total,
        'false disclosures (of non-disclosures)': score.falseDisclosures.length,
        'recogniser p50 µs per message': percentile(times, 50) * 1000,
        'recogniser p95 µs per message': percentile(times, 95) * 1000,
        'recogniser p99 µs per message': percentile(times, 99) * 1000,
      },
      notes: describeScore(score).split('\n'),
      errorSamples: [],
    };
  },
};
