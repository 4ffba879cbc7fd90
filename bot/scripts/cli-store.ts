/** Opens the same SQLite store as the server (config.ts: SAMORDNA_DATA_DIR) for the data CLIs. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../src/config';
import { friFranVald, organisations } from '../src/domain/catalog';
import { systemClock } from '../src/domain/ports/clock.port';
import { seedStore } from '../src/domain/services/seed';
import { SqliteStore } from '../src/store/sqlite/sqlite-store';

/** The store with the plan catalog and organisations in place (idempotent, as on server start). */
export async function openCliStore(): Promise<SqliteStore> {
  let dataDir: string;
  try {
    dataDir = loadConfig().dataDir;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Ogiltig konfiguration.\n${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const store = SqliteStore.open(join(dataDir, 'samordna.sqlite'));
  await seedStore(store, systemClock, { plan: friFranVald, organisations, demo: null });
  return store;
}

/** Swedish text for a missing plan or round. */
export function roundProblem(kind: 'no-plan' | 'no-round', requested: string | null): string {
  if (kind === 'no-plan') return 'Det finns ingen plan i databasen.';
  return requested === null
    ? 'Filen har rapporter men det finns ingen aktuell rapporteringsomgång. Ange en med --round <id eller namn>, eller importera utan Status-kolumnen.'
    : `Rapporteringsomgången "${requested}" finns inte.`;
}
