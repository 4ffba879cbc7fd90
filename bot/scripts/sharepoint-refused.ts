/**
 * `npm run sharepoint:refused [-- --json]`: lists the writes SharePoint refused for good
 * (someone else changed the item meanwhile, or the request was refused), which the server keeps
 * apart instead of throwing away (decision 0011). Each can be re-entered in the tab or the list.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../src/config';
import type { RefusedWrite } from '../src/domain/ports/write-outbox.port';
import { SqliteWriteOutbox } from '../src/store/sharepoint/sqlite-write-outbox';

/** One Swedish paragraph per refused write. */
export function describeRefused(writes: readonly RefusedWrite[]): string {
  if (writes.length === 0) return 'Inga avvisade ändringar.\n';
  const lines = writes.map(
    (w) =>
      `#${String(w.seq)} ${w.list} ${w.key} (${w.kind}), sparad ${w.createdAt}, ` +
      `avvisad ${w.refusedAt}: ${w.reason}` +
      (w.dismissedAt === null ? '' : ` (meddelandet i fliken borttaget ${w.dismissedAt})`) +
      `\n  ${w.fields}\n`,
  );
  return `${String(writes.length)} avvisade ändringar (äldst först):\n${lines.join('')}`;
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Ogiltig konfiguration.\n${error.message}\n`);
    process.exit(2);
  }
  // Where the server keeps its write outbox (open-store.ts).
  const path = join(
    config.dataDir,
    config.runtimeStore.kind === 'sqlite' ? 'runtime.sqlite' : 'write-outbox.sqlite',
  );
  if (!existsSync(path)) {
    process.stdout.write(describeRefused([]));
    return;
  }
  const outbox = SqliteWriteOutbox.open(path);
  try {
    const refused = await outbox.refused();
    process.stdout.write(
      process.argv.includes('--json')
        ? `${JSON.stringify(refused, null, 2)}\n`
        : describeRefused(refused),
    );
  } finally {
    await outbox.close();
  }
}

if (require.main === module) void main();
