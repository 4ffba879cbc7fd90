/**
 * Import, export and report draft on a city-sized file: 14 organisations × 6 goals × 12
 * activities ≈ 1,000 rows with a report each, through the real parsers, domain and SQLite store.
 * Cases: CSV dry run (parse + validate + plan), first import (writes), the same file again
 * (no-op), XLSX export, DOCX report draft. Target: a first import of 1,000 rows under 5 s.
 */
import { performance } from 'node:perf_hooks';
import { organisations } from '../helpers/malmo-plan';
import { importTable } from '../../bot/src/domain/services/import-service';
import { loadExportTable, loadReportDraft } from '../../bot/src/domain/services/follow-up-service';
import { renderReportDocx } from '../../bot/src/files/docx-report';
import { readTableFile, writeExportFile } from '../../bot/src/files/table-file';
import { importClock, openImportStore, swedishCsv } from '../helpers/import-store';
import type { Benchmark, BenchOutcome, BenchRow } from './benchmark';
import { summarize } from './stats';

const PER_GOAL = 12;
const ROUNDS = 3;
const TARGET_FIRST_IMPORT_MS = 5000;

function cityFile(): Buffer {
  const rows = [
    [
      'Förvaltning',
      'Inriktningsmål',
      'Rubrik',
      'Aktivitet',
      'Beskrivning',
      'Målgrupper',
      'Status',
      'Rapporterat',
      'Nästa steg',
    ],
  ];
  for (const org of organisations)
    for (let goal = 1; goal <= 6; goal++)
      for (let i = 0; i < PER_GOAL; i++)
        rows.push([
          org.name,
          String(goal),
          i === 0 ? 'I samverkan' : 'Verksamhetsspecifik',
          `Aktivitet ${String(goal)}.${String(i)} för ${org.name}`,
          'En beskrivning; med semikolon\r\noch en radbrytning.',
          'Barn; Ungdomar och unga vuxna',
          i % 3 === 0 ? '' : 'Pågår',
          i % 3 === 0 ? '' : 'Arbetet pågår enligt plan.',
          '',
        ]);
  return swedishCsv(rows);
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export const importExportBenchmark: Benchmark = {
  name: 'import-export',
  description:
    'CSV import (dry run, first, repeat), XLSX export and DOCX draft of ~1,000 activities',
  async run(): Promise<BenchOutcome> {
    const file = cityFile();
    const importer = { userId: 'bench', name: 'Bench' };
    const cases: Record<string, number[]> = {
      'dry run': [],
      'first import': [],
      'same file again': [],
      'xlsx export': [],
      'docx draft': [],
    };
    let rowCount = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const s = await openImportStore();
      try {
        const importOnce = async (dryRun: boolean) => {
          const rows = await readTableFile(file);
          rowCount = rows.length - 1;
          const outcome = await importTable(s.store, importClock, rows, { dryRun, importer });
          if (outcome.kind !== (dryRun ? 'planned' : 'imported')) throw new Error(outcome.kind);
        };
        cases['dry run']?.push(await time(() => importOnce(true)));
        cases['first import']?.push(await time(() => importOnce(false)));
        cases['same file again']?.push(await time(() => importOnce(false)));
        cases['xlsx export']?.push(
          await time(async () => {
            const result = await loadExportTable(s.store, importClock);
            if ('kind' in result) throw new Error(result.kind);
            await writeExportFile(result, 'xlsx');
          }),
        );
        cases['docx draft']?.push(
          await time(async () => {
            const draft = await loadReportDraft(s.store, importClock);
            if ('kind' in draft) throw new Error(draft.kind);
            await renderReportDocx(draft.blocks, 'Bench');
          }),
        );
      } finally {
        await s.close();
      }
    }
    const rows: BenchRow[] = Object.entries(cases).map(([name, latencies]) => ({
      benchmark: 'import-export',
      case: `${name} (${String(rowCount)} rows)`,
      concurrency: 1,
      stats: summarize({
        latencies,
        errors: 0,
        wallMs: latencies.reduce((a, b) => a + b, 0),
        errorSamples: [],
      }),
    }));
    const firstImportP95 = rows[1]?.stats.p95Ms ?? Number.NaN;
    return {
      rows,
      derived: { 'first import p95 ms': firstImportP95 },
      notes: [
        `Target: a first import of ~1,000 rows under ${String(TARGET_FIRST_IMPORT_MS)} ms: ${firstImportP95 <= TARGET_FIRST_IMPORT_MS ? 'met' : 'NOT met'}.`,
      ],
      errorSamples: [],
    };
  },
};
