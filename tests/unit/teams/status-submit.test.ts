import { randomUUID } from 'node:crypto';
import { demoActivities, demoRound, DEMO_MEMBERS } from '../../../bot/src/domain/catalog';
import type { StorePort } from '../../../bot/src/domain/ports/store.port';
import { submitReport } from '../../../bot/src/domain/services/status-service';
import { translator } from '../../../bot/src/i18n';
import { onSubmit } from '../../../bot/src/teams/actions/status-actions';
import { SqliteStore } from '../../../bot/src/store/sqlite/sqlite-store';
import { openDemoStore } from '../../helpers/demo-store';

/*
 * Issue #16 item 5: on a refused or conflicting submit the domain result carries what the form
 * shows again (activity, round, latest report), so the card edge reads nothing a second time.
 */
const clock = { now: () => new Date('2024-06-03T08:00:00.000Z') };
const omar = DEMO_MEMBERS.find((m) => m.roles.includes('samordning'))!;
const activityId = demoActivities[0]!.activity.id;
const turn = {
  userId: omar.userId,
  language: 'sv' as const,
  t: translator('sv'),
  conversationType: 'personal',
  correlationId: 'test',
};

/** The store with every repository call counted. */
function counted(store: StorePort): { store: StorePort; calls: () => number } {
  let calls = 0;
  const wrap = <T extends object>(repository: T): T =>
    new Proxy(repository, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  const proxy = new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'object' && value !== null ? wrap(value) : value;
    },
  });
  return { store: proxy, calls: () => calls };
}

describe('onSubmit on a refused or conflicting report', () => {
  let store: SqliteStore;

  beforeEach(async () => {
    store = await openDemoStore(clock);
  });
  afterEach(() => store.close());

  const submission = (overrides: Record<string, unknown>) => ({
    activityId,
    roundId: demoRound.id,
    baseReportId: '',
    submissionId: randomUUID(),
    status: 'pagar',
    done: 'Gjort',
    next: 'Nästa',
    reason: '',
    ...overrides,
  });

  it('carries the activity and round in an invalid result', async () => {
    const result = await submitReport(
      store,
      clock,
      omar.userId,
      { ...submission({ status: 'framflyttad' }), idempotencyKey: 'k1' } as never,
      () => 'r1',
    );
    expect(result).toMatchObject({
      kind: 'invalid',
      problems: ['reason-required'],
      activity: { id: activityId },
      round: { id: demoRound.id },
    });
  });

  it.each([
    ['invalid (a reason is missing)', { status: 'framflyttad' }],
    ['conflicting (someone reported since the form opened)', { baseReportId: 'an-older-report' }],
  ])('shows the form again from the result, reading no more than the submit: %s', async (_, o) => {
    // One report first, so a submit based on another one conflicts.
    await onSubmit({ store, clock }, { turn, senderId: null, data: submission({}) });

    const direct = counted(store);
    const data = submission(o);
    await submitReport(
      direct.store,
      clock,
      omar.userId,
      { ...data, idempotencyKey: `report:${String(data['submissionId'])}` } as never,
      () => 'unused',
    );

    const viaCard = counted(store);
    const answer = await onSubmit(
      { store: viaCard.store, clock },
      { turn, senderId: null, data: { ...data, submissionId: randomUUID() } },
    );
    expect(answer.kind).toBe('card');
    expect(JSON.stringify(answer)).toContain(demoActivities[0]!.activity.title);
    expect(viaCard.calls()).toBeGreaterThan(0);
    expect(viaCard.calls()).toBe(direct.calls());
  });
});
