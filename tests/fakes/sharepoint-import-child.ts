/**
 * Child process for the import crash test: opens the SharePoint store on the Graph fake with a
 * durable outbox file, prints "applying", applies one import batch of N activities and N
 * reports, prints "applied" and waits to be killed (kill -9) at a random moment.
 */
import { batchOf } from '../helpers/import-batch';
import { openFakeStore } from '../helpers/sharepoint';

async function main(): Promise<void> {
  const [url = '', tokenUrl = '', siteUrl = '', outboxPath = '', count = '0'] =
    process.argv.slice(2);
  const store = await openFakeStore(
    { url, tokenUrl, siteUrl },
    { outboxPath, drainIntervalMs: 50 },
  );
  const batch = batchOf(0, Number(count));
  process.stdout.write('applying\n');
  await store.imports.apply(batch);
  process.stdout.write('applied\n');
  setInterval(() => undefined, 60_000);
}

void main();
