/**
 * Preloaded (`node --import tsx --import <this file>`) into the servers of the two-server
 * exactly-once test. Everything else is the real composition (bot/src/main.ts); only the
 * dispatcher's claim and lease times are shortened, so a killed instance's claims and lease
 * expire in seconds instead of a minute and the test stays short. Test-only, never loaded in
 * production, no configuration key.
 */
import { Dispatcher } from '../../bot/src/rhythm/dispatcher';

const originalStart = Object.getOwnPropertyDescriptor(Dispatcher.prototype, 'start')?.value as (
  this: Dispatcher,
) => void;

Dispatcher.prototype.start = function start(this: Dispatcher): void {
  Object.assign(this, { claimMs: 8_000, leadershipMs: 2_000, pollMs: 100 });
  originalStart.call(this);
};
