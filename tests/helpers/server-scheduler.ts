import type { LeaseStore, OutboxStore } from '../../bot/src/domain/ports/outbox.port';
import type { SchedulerDeps } from '../../bot/src/rhythm/scheduler';
import type { TestServer } from './server';

/** What the scheduler's `tick` needs of a test server, with the test's outbox and leases. */
export function serverScheduler(
  server: Pick<TestServer, 'store' | 'rhythm'>,
  delivery: { readonly outbox: OutboxStore; readonly leases: LeaseStore },
  owner = 'test',
): SchedulerDeps {
  return {
    store: server.store,
    meetings: server.rhythm.meetings,
    minutes: server.rhythm.minutes,
    outbox: delivery.outbox,
    leases: delivery.leases,
    channel: server.rhythm.channel,
    renderer: server.rhythm.renderer,
    settings: server.rhythm.settings,
    calendar: server.rhythm.calendar,
    owner,
    tabUrl: server.rhythm.tabUrl,
  };
}
