/**
 * `npm run report -- <fil.docx> [--plan <id>] [--round <omgång>]`: the follow-up's report draft
 * as Word from a terminal (issue 15 item 7), the same document the tab's "Rapportutkast" gives.
 * Exit 0 with the file written, 1 when the plan or round is missing, 2 on misuse.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { systemClock } from '../src/domain/ports/clock.port';
import { loadReportDraft } from '../src/domain/services/follow-up-service';
import { renderReportDocx } from '../src/files/docx-report';
import { openCliStore, roundProblem } from './cli-store';

const USAGE = 'Användning: npm run report -- <fil.docx> [--plan <plan-id>] [--round <omgång>]\n';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { round: { type: 'string' }, plan: { type: 'string' } },
    });
  } catch {
    process.stderr.write(USAGE);
    return 2;
  }
  const { positionals, values } = parsed;
  const file = positionals[0];
  if (file === undefined || positionals.length > 1 || !file.toLowerCase().endsWith('.docx')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const store = await openCliStore();
  try {
    const result = await loadReportDraft(store, systemClock, values.round, values.plan);
    if ('kind' in result) {
      process.stderr.write(
        `${roundProblem(result.kind, result.kind === 'no-round' ? result.requested : null, values.plan)}\n`,
      );
      return 1;
    }
    const title = `Uppföljning – ${result.followUp.round.title}`;
    writeFileSync(file, await renderReportDocx(result.blocks, title));
    process.stdout.write(
      `Skrev rapportutkastet för ${result.followUp.round.title} (${result.plan.title}) till ${file}\n`,
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
      `Rapportutkastet kunde inte skrivas: ${error instanceof Error ? error.name : 'okänt fel'}\n`,
    );
    process.exit(1);
  },
);
