/**
 * Child process for the crash test: opens the SharePoint store on the Graph fake (given on
 * the command line) with a durable outbox file and a tiny write budget, appends N status
 * reports, prints "ready" and waits to be killed (kill -9) with writes still in flight.
 */
import { openFakeStore } from '../helpers/sharepoint';

async function main(): Promise<void> {
  const [url = '', tokenUrl = '', siteUrl = '', outboxPath = '', count = '0'] =
    process.argv.slice(2);
  const store = await openFakeStore({ url, tokenUrl, siteUrl }, { outboxPath, writeBudgetMs: 20 });
  for (let i = 0; i < Number(count); i += 1) {
    const result = await store.reports.append(
      {
        id: `crash-${i}`,
        activityId: 'act-1',
        roundId: 'round-1',
        status: 'pagar',
        done: `Rapport ${i}`,
        next: '',
        reason: '',
        reportedByUserId: 'u1',
        reportedByName: 'Sara',
        reportedAt: new Date(Date.UTC(2024, 1, 1, 10, 0, i)).toISOString(),
      },
      `crash-key-${i}`,
    );
    process.stdout.write(`appended ${i} pending=${String(result.syncPending === true)}\n`);
  }
  process.stdout.write('ready\n');
  setInterval(() => undefined, 60_000);
}

void main();
