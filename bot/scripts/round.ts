/**
 * `npm run round -- <kommando>`: follow-up rounds from a terminal (issue 15 item 7).
 *
 *   create "<namn>" --from <ÅÅÅÅ-MM-DD> --to <ÅÅÅÅ-MM-DD> [--plan <id>]
 *                     a round for any period, also in the past (the same name and period
 *                     twice changes nothing; the same name with other dates is refused)
 *   list [--plan <id>] the plan's rounds with their periods
 *
 * On the store in SAMORDNA_DATA_DIR; exit 0 on success, 1 on refused input, 2 on misuse.
 */
import { parseArgs } from 'node:util';
import { createFollowUpRound, listRounds } from '../src/domain/services/round-service';
import { openCliStore, planProblem } from './cli-store';

const USAGE = [
  'Användning:',
  '  npm run round -- create "<namn>" --from <ÅÅÅÅ-MM-DD> --to <ÅÅÅÅ-MM-DD> [--plan <plan-id>]',
  '  npm run round -- list [--plan <plan-id>]',
  '',
].join('\n');

const KIND_NAMES: Readonly<Record<string, string>> = {
  'infor-mote': 'inför möte',
  uppfoljning: 'uppföljning',
};

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        plan: { type: 'string' },
      },
    });
  } catch {
    process.stderr.write(USAGE);
    return 2;
  }
  const { positionals, values } = parsed;
  const [command, ...rest] = positionals;
  if (command === 'create') {
    const [title, ...extra] = rest;
    if (
      title === undefined ||
      extra.length > 0 ||
      values.from === undefined ||
      values.to === undefined
    ) {
      process.stderr.write(`Ange namnet och perioden.\n${USAGE}`);
      return 2;
    }
    const store = await openCliStore();
    try {
      const outcome = await createFollowUpRound(
        store,
        { title, from: values.from, to: values.to },
        values.plan,
      );
      if (outcome.kind === 'plan-not-found') {
        process.stderr.write(`${planProblem(outcome.requested)}\n`);
        return 1;
      }
      switch (outcome.kind) {
        case 'refused':
          process.stderr.write(
            `Omgången skapades inte – inget har sparats:\n${outcome.problems.join('\n')}\n`,
          );
          return 1;
        case 'exists':
          process.stdout.write(
            `Omgången "${outcome.round.title}" finns redan (id ${outcome.round.id}); inget har ändrats.\n`,
          );
          return 0;
        case 'created':
          process.stdout.write(
            `Skapade omgången "${outcome.round.title}" ${values.from}–${values.to} i planen ${outcome.plan.title} (id ${outcome.round.id}).\nImportera rapporter i den med: npm run import -- <fil> --round "${outcome.round.title}"\n`,
          );
          return 0;
      }
    } finally {
      await store.close();
    }
  }
  if (command === 'list' && rest.length === 0) {
    const store = await openCliStore();
    try {
      const listed = await listRounds(store, values.plan);
      if ('kind' in listed) {
        process.stderr.write(`${planProblem(listed.requested)}\n`);
        return 1;
      }
      if (listed.rounds.length === 0) {
        process.stdout.write(`Planen ${listed.plan.title} har inga omgångar än.\n`);
        return 0;
      }
      const lines = listed.rounds.map(
        ({ round, from, to }) =>
          `${from}–${to}  ${round.title}  (${KIND_NAMES[round.kind] ?? round.kind}, id ${round.id})`,
      );
      process.stdout.write(`Omgångar i ${listed.plan.title}:\n${lines.join('\n')}\n`);
      return 0;
    } finally {
      await store.close();
    }
  }
  process.stderr.write(USAGE);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `Kommandot misslyckades: ${error instanceof Error ? error.name : 'okänt fel'}\n`,
    );
    process.exit(1);
  },
);
