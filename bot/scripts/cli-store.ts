/** Opens the same SQLite store as the server (config.ts: SAMORDNA_DATA_DIR) for the data CLIs. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig, type Config } from '../src/config';
import { importPlan } from '../src/domain/services/plan-import';
import { readPlanFile } from '../src/files/plan-file';
import { SqliteStore } from '../src/store/sqlite/sqlite-store';

/**
 * The store with the plan file (`SAMORDNA_PLAN_FILE`, else the shipped plan) imported, as on
 * server start (idempotent; a plan with reports is kept). `npm run plan` opens it without.
 */
export async function openCliStore(
  options: { readonly importPlanFile?: boolean } = {},
): Promise<SqliteStore> {
  const config = cliConfig();
  mkdirSync(config.dataDir, { recursive: true });
  const store = SqliteStore.open(join(config.dataDir, 'samordna.sqlite'));
  if (options.importPlanFile ?? true) {
    const planFile = readPlanFile(config.planFile);
    if (!planFile.ok) {
      process.stderr.write(`${planFile.lines.join('\n')}\n`);
      process.exit(2);
    }
    await importPlan(store, planFile.plan);
  }
  return store;
}

/** The server's configuration for a CLI; an invalid one ends the process with exit 2. */
export function cliConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Ogiltig konfiguration.\n${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

/** Swedish text for a missing plan: the one asked for with --plan, or none at all. */
export function planProblem(requested: string | null | undefined): string {
  return requested === null || requested === undefined
    ? 'Det finns ingen plan i databasen. Läs in en med npm run plan -- import <fil>.'
    : `Planen "${requested}" finns inte. Se vilka som finns med npm run plan -- list.`;
}

/** Swedish text for a missing plan or round (`plan`: what --plan asked for, if anything). */
export function roundProblem(
  kind: 'no-plan' | 'no-round',
  requested: string | null,
  plan?: string,
): string {
  if (kind === 'no-plan') return planProblem(plan);
  return requested === null
    ? 'Filen har rapporter men det finns ingen aktuell rapporteringsomgång. Ange en med --round <id eller namn>, eller importera utan Status-kolumnen.'
    : `Rapporteringsomgången "${requested}" finns inte.`;
}
