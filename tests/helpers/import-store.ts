import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { friFranVald, organisations } from './malmo-plan';
import type { Clock } from '../../bot/src/domain/ports/clock.port';
import { seedStore } from '../../bot/src/domain/services/seed';
import type { ReportingRound } from '../../bot/src/domain/types';
import { SqliteStore } from '../../bot/src/store/sqlite/sqlite-store';
import { dumpDatabase } from './db-dump';

export const IMPORT_ROUND: ReportingRound = {
  id: 'uppfoljning-2024',
  planId: friFranVald.id,
  kind: 'uppfoljning',
  title: 'Halvtidsuppföljning 2024',
  opensAt: '2024-01-08T08:00:00.000Z',
  closesAt: '2024-12-31T22:59:59.000Z',
};

export const importClock: Clock = { now: () => new Date('2024-06-03T09:00:00.000Z') };

export interface ImportStore {
  readonly store: SqliteStore;
  dump(): string;
  close(): Promise<void>;
}

/** An empty store (plan, organisations and one open round unless `round: false`; no activities) in a temp folder. */
export async function openImportStore(options: { round?: boolean } = {}): Promise<ImportStore> {
  const dir = mkdtempSync(join(tmpdir(), 'samordna-import-'));
  const store = SqliteStore.open(join(dir, 'samordna.sqlite'));
  await seedStore(store, importClock, { plan: friFranVald, organisations, demo: null });
  if (options.round !== false) await store.rounds.upsert(IMPORT_ROUND);
  return {
    store,
    dump: () => dumpDatabase(store.database),
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A CSV file as Swedish Excel writes it: BOM, semicolons, CRLF. Cells are quoted as needed. */
export function swedishCsv(rows: readonly (readonly string[])[]): Buffer {
  const quote = (c: string) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return Buffer.from(`\uFEFF${rows.map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`, 'utf8');
}
