/** `npm run export -- <file.xlsx|file.csv> [--round <round>] [--plan <id>]`: activities with their latest status in a round. */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { systemClock } from '../src/domain/ports/clock.port';
import { loadExportTable } from '../src/domain/services/follow-up-service';
import { formatOf, writeExportFile } from '../src/files/table-file';
import { openCliStore, roundProblem } from './cli-store';

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { round: { type: 'string' }, plan: { type: 'string' } },
  });
  const file = positionals[0];
  const format = file === undefined ? undefined : formatOf(file);
  if (file === undefined || format === undefined || positionals.length > 1) {
    process.stderr.write(
      'Användning: npm run export -- <fil.xlsx|fil.csv> [--round <omgång>] [--plan <plan-id>]\n',
    );
    return 2;
  }
  const store = await openCliStore();
  try {
    const result = await loadExportTable(store, systemClock, values.round, undefined, values.plan);
    if ('kind' in result) {
      process.stderr.write(
        `${roundProblem(result.kind, result.kind === 'no-round' ? result.requested : null, values.plan)}\n`,
      );
      return 1;
    }
    writeFileSync(file, await writeExportFile(result, format));
    process.stdout.write(
      `Exporterade ${String(result.table.length - 1)} aktiviteter (omgång: ${result.round?.title ?? 'ingen, utan status'}) till ${file}\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `Exporten misslyckades: ${error instanceof Error ? error.name : 'okänt fel'}\n`,
    );
    process.exit(1);
  },
);
