/**
 * `npm run import -- <file.csv|file.xlsx> [--round <round>] [--plan <id>] [--dry-run]`: imports
 * handlingsplaner into the server's store. All or nothing (one transaction); the same limits
 * as the tab's upload (import-limits.ts); exit 1 with the row errors.
 */
import { readFileSync, statSync } from 'node:fs';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '../src/domain/import/import-limits';
import { parseArgs } from 'node:util';
import { formatRowError, ImportFileError } from '../src/domain/import/import-types';
import { summarisePlan } from '../src/domain/import/plan-summary';
import { systemClock } from '../src/domain/ports/clock.port';
import { importTable } from '../src/domain/services/import-service';
import { readTableFile } from '../src/files/table-file';
import { cliConfig, openCliStore, roundProblem } from './cli-store';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      round: { type: 'string' },
      plan: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) {
    process.stderr.write(
      'Användning: npm run import -- <fil.csv|fil.xlsx> [--round <omgång>] [--plan <plan-id>] [--dry-run]\n',
    );
    return 2;
  }
  // The size first: a file past the limit is not even read into memory.
  if (statSync(file).size > IMPORT_LIMITS.fileBytes) {
    process.stderr.write(`Filen importerades inte:\n${LIMIT_MESSAGES.fileBytes()}\n`);
    return 1;
  }
  let rows;
  try {
    rows = await readTableFile(readFileSync(file));
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    process.stderr.write(
      `Filen importerades inte:\n${error.errors.map(formatRowError).join('\n')}\n`,
    );
    return 1;
  }
  const store = await openCliStore();
  try {
    const dryRun = values['dry-run'] === true;
    const outcome = await importTable(store, systemClock, rows, {
      ...(values.round === undefined ? {} : { round: values.round }),
      ...(values.plan === undefined ? {} : { plan: values.plan }),
      dryRun,
      importer: { userId: 'import-cli', name: 'Import (kommandorad)' },
      // Evidence links as the card and the tab's import take them (SAMORDNA_EVIDENCE_HOSTS).
      evidenceHosts: cliConfig().evidenceHosts,
    });
    switch (outcome.kind) {
      case 'no-plan':
      case 'no-round':
        process.stderr.write(
          `${roundProblem(outcome.kind, outcome.kind === 'no-round' ? outcome.requested : null, values.plan)}\n`,
        );
        return 1;
      case 'invalid':
        process.stderr.write(
          `Filen importerades inte – inget har sparats. Rätta raderna och försök igen:\n${outcome.errors.map(formatRowError).join('\n')}\n`,
        );
        return 1;
      case 'planned':
      case 'imported':
        process.stdout.write(`${summarisePlan(outcome.plan, dryRun).join('\n')}\n`);
        return 0;
    }
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `Importen misslyckades: ${error instanceof Error ? error.name : 'okänt fel'}\n`,
    );
    process.exit(1);
  },
);
