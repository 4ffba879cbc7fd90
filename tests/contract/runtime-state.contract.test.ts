/**
 * One contract suite for every RuntimeStatePort adapter: SQLite and Azure Table Storage
 * (on Azurite, Microsoft's emulator, started on a free port for this file). Only the port is
 * used, so the suite runs unchanged against both.
 */
import {
  LeaseLostError,
  type OutboxJobInput,
  type OutboxStore,
} from '../../bot/src/domain/ports/outbox.port';
import type {
  RuntimeStatePort,
  StoredConversation,
} from '../../bot/src/domain/ports/runtime-state.port';
import { AzureTablesRuntimeState } from '../../bot/src/runtime/azure-tables/azure-tables-runtime-state';
import { SqliteRuntimeState } from '../../bot/src/runtime/sqlite/sqlite-runtime-state';
import { startAzurite, type Azurite } from '../helpers/azurite';

const T0 = '2026-11-23T08:00:00.000Z';
const at = (seconds: number): string => new Date(Date.parse(T0) + seconds * 1000).toISOString();
const LEASE = 30_000;

const job = (key: string, overrides: Partial<OutboxJobInput> = {}): OutboxJobInput => ({
  key,
  groupKey: 'meeting-1',
  kind: 'round-open',
  recipient: { kind: 'user', userId: `user-${key}` },
  message: { text: `Påminnelse ${key} – åäö`, card: { type: 'AdaptiveCard' }, summary: 'Dags' },
  dueAt: T0,
  expiresAt: at(3600),
  ...overrides,
});

const conversation = (
  id: string,
  userId: string | null,
  updatedAt: string,
  type = 'personal',
): StoredConversation => ({
  conversationId: id,
  conversationType: type,
  userId,
  tenantId: 'tenant-1',
  serviceUrl: 'https://smba.example/',
  reference: JSON.stringify({ conversation: { id } }),
  updatedAt,
});

let azurite: Azurite | undefined;
let tables = 0;

const adapters: ReadonlyArray<[string, () => Promise<RuntimeStatePort>]> = [
  ['sqlite', async () => SqliteRuntimeState.open(':memory:')],
  [
    'azure-tables',
    async () => {
      if (azurite === undefined) throw new Error('Azurite is not running');
      tables += 1;
      return AzureTablesRuntimeState.open(
        { kind: 'connection-string', connectionString: azurite.connectionString },
        `contract${tables}`,
      );
    },
  ],
];

beforeAll(async () => {
  azurite = await startAzurite();
}, 30_000);

afterAll(async () => {
  await azurite?.stop();
});

async function enqueueAll(outbox: OutboxStore, keys: readonly string[]): Promise<void> {
  for (const key of keys) await outbox.enqueue(job(key), T0);
}

describe.each(adapters)('RuntimeStatePort contract: %s', (_name, open) => {
  let state: RuntimeStatePort;

  beforeEach(async () => {
    state = await open();
  });

  afterEach(async () => {
    await state.close();
  });

  describe('conversations', () => {
    it('saves, replaces, finds the latest personal conversation of a user, removes', async () => {
      await state.conversations.save(conversation('a:1', 'u1', at(1)));
      await state.conversations.save(conversation('19:chan', null, at(2), 'channel'));
      await state.conversations.save(conversation('a:2', 'u1', at(3)));
      expect((await state.conversations.findPersonal('u1'))?.conversationId).toBe('a:2');
      expect(await state.conversations.findPersonal('u2')).toBeUndefined();
      expect((await state.conversations.get('19:chan'))?.userId).toBeNull();
      expect((await state.conversations.list()).map((c) => c.conversationId)).toEqual([
        '19:chan',
        'a:1',
        'a:2',
      ]);
      await state.conversations.remove('a:2');
      expect(await state.conversations.get('a:2')).toBeUndefined();
      expect(await state.conversations.findPersonal('a:2')).toBeUndefined();
      await state.conversations.save(conversation('a:1', 'u1', at(4)));
      expect(await state.conversations.findPersonal('u1')).toEqual(
        conversation('a:1', 'u1', at(4)),
      );
    });
  });

  describe('team channel', () => {
    const channel = (id: string, teamName: string, at: string): StoredConversation => ({
      ...conversation(id, null, at, 'channel'),
      teamId: `team-${id}`,
      teamName,
      channelName: 'Allmänt – åäö',
    });

    it('keeps a channel conversation with its team and channel names', async () => {
      await state.conversations.save(channel('19:a@thread.tacv2', 'Samordningsgruppen', at(1)));
      expect(await state.conversations.get('19:a@thread.tacv2')).toEqual(
        channel('19:a@thread.tacv2', 'Samordningsgruppen', at(1)),
      );
      // A save replaces every field: names Teams left out are gone (callers merge first).
      await state.conversations.save(conversation('19:a@thread.tacv2', null, at(2), 'channel'));
      expect(await state.conversations.get('19:a@thread.tacv2')).toEqual(
        conversation('19:a@thread.tacv2', null, at(2), 'channel'),
      );
    });

    it('has no choice at first, keeps the last one set, and no install changes it', async () => {
      expect(await state.teamChannel.get()).toBeUndefined();
      const first = { conversationId: '19:a@thread.tacv2', chosenByUserId: 'u1', chosenAt: at(1) };
      await state.teamChannel.set(first);
      expect(await state.teamChannel.get()).toEqual(first);
      const second = { conversationId: '19:b@thread.tacv2', chosenByUserId: 'u2', chosenAt: at(2) };
      await state.teamChannel.set(second);
      expect(await state.teamChannel.get()).toEqual(second);
      // Conversations saved and removed later (a stranger installing in their own team) leave it.
      await state.conversations.save(
        channel('19:stranger@thread.tacv2', 'Främlingens team', at(3)),
      );
      await state.conversations.remove('19:b@thread.tacv2');
      expect(await state.teamChannel.get()).toEqual(second);
      expect((await state.conversations.list()).map((c) => c.conversationId)).toEqual([
        '19:stranger@thread.tacv2',
      ]);
    });
  });

  describe('outbox', () => {
    it('enqueues once per key and keeps the first job', async () => {
      const first = await state.outbox.enqueue(job('k1'), T0);
      expect(first.created).toBe(true);
      expect(first.job).toMatchObject({
        key: 'k1',
        status: 'pending',
        attempts: 0,
        nextAttemptAt: T0,
        expiresAt: at(3600),
        lastError: null,
        sentAt: null,
        createdAt: T0,
      });
      expect(first.job.message).toEqual(job('k1').message);
      const again = await state.outbox.enqueue(job('k1', { message: { text: 'annat' } }), at(5));
      expect(again.created).toBe(false);
      expect(again.job).toEqual(first.job);
      expect(await state.outbox.list()).toHaveLength(1);
    });

    it('claims only due jobs, up to the limit, and not again while the claim lasts', async () => {
      await enqueueAll(state.outbox, ['a', 'b', 'c']);
      await state.outbox.enqueue(job('later', { dueAt: at(20) }), T0);
      const first = await state.outbox.claimDue('one', at(1), LEASE, 2);
      expect(first.map((j) => j.key)).toEqual(['a', 'b']);
      const second = await state.outbox.claimDue('two', at(2), LEASE, 10);
      expect(second.map((j) => j.key)).toEqual(['c']);
      expect(await state.outbox.claimDue('two', at(3), LEASE, 10)).toEqual([]);
      expect((await state.outbox.claimDue('two', at(25), LEASE, 10)).map((j) => j.key)).toEqual([
        'later',
      ]);
    });

    it('never lets two owners claim the same job when they race', async () => {
      const keys = Array.from({ length: 30 }, (_, i) => `race-${String(i).padStart(2, '0')}`);
      await enqueueAll(state.outbox, keys);
      const rounds = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          state.outbox.claimDue(i % 2 === 0 ? 'one' : 'two', at(1), LEASE, 10),
        ),
      );
      const claimed = rounds.flat().map((j) => j.key);
      expect(new Set(claimed).size).toBe(claimed.length);
      const rest = await state.outbox.claimDue('three', at(2), LEASE, 100);
      expect([...claimed, ...rest.map((j) => j.key)].sort()).toEqual(keys);
    });

    it('hands an expired claim over; the old owner has lost it', async () => {
      await enqueueAll(state.outbox, ['k']);
      expect(await state.outbox.claimDue('one', at(1), LEASE, 1)).toHaveLength(1);
      expect(await state.outbox.claimDue('two', at(30), LEASE, 1)).toEqual([]);
      expect(await state.outbox.claimDue('two', at(31), LEASE, 1)).toHaveLength(1);
      await expect(state.outbox.markSent('k', 'one', at(32))).rejects.toBeInstanceOf(
        LeaseLostError,
      );
      await expect(state.outbox.markRetry('k', 'one', at(40), 'x', at(32))).rejects.toBeInstanceOf(
        LeaseLostError,
      );
      await state.outbox.markSent('k', 'two', at(33));
      expect(await state.outbox.get('k')).toMatchObject({ status: 'sent', sentAt: at(33) });
      await expect(state.outbox.markSent('k', 'two', at(34))).rejects.toBeInstanceOf(
        LeaseLostError,
      );
    });

    it('marks sent under an expired claim nobody else took', async () => {
      await enqueueAll(state.outbox, ['k']);
      await state.outbox.claimDue('one', at(1), LEASE, 1);
      await state.outbox.markSent('k', 'one', at(100));
      expect((await state.outbox.get('k'))?.status).toBe('sent');
    });

    it('counts an attempt interrupted mid-send and sends it again', async () => {
      await enqueueAll(state.outbox, ['k']);
      await state.outbox.claimDue('one', at(1), LEASE, 1);
      await state.outbox.markSending?.('k', 'one', at(2));
      const [again] = await state.outbox.claimDue('two', at(40), LEASE, 1);
      expect(again).toMatchObject({ key: 'k', attempts: 1, interruptedAt: at(2) });
      expect(again?.lastError).toMatch(/interrupted/);
      await expect(state.outbox.markSending?.('k', 'one', at(41))).rejects.toBeInstanceOf(
        LeaseLostError,
      );
    });

    it('tells when the interrupted send started, for this claim only', async () => {
      await enqueueAll(state.outbox, ['k', 'calm']);
      const first = await state.outbox.claimDue('one', at(1), LEASE, 2);
      expect(first.map((j) => j.interruptedAt)).toEqual([null, null]);
      await state.outbox.markSending?.('k', 'one', at(3));
      await state.outbox.release?.('calm', 'one');
      const second = await state.outbox.claimDue('two', at(40), LEASE, 2);
      const byKey = new Map(second.map((j) => [j.key, j]));
      expect(byKey.get('k')?.interruptedAt).toBe(at(3));
      expect(byKey.get('calm')?.interruptedAt).toBeNull();
      expect((await state.outbox.get('k'))?.interruptedAt).toBe(at(3));
      // Booking an outcome ends the claim and the marker with it.
      await state.outbox.markRetry('k', 'two', at(41), 'HTTP 429', at(41));
      expect((await state.outbox.get('k'))?.interruptedAt).toBeNull();
      const [third] = await state.outbox.claimDue('three', at(42), LEASE, 1);
      expect(third).toMatchObject({ key: 'k', interruptedAt: null, attempts: 2 });
    });

    it('gives a released claim back at once, unattempted', async () => {
      await enqueueAll(state.outbox, ['k']);
      await state.outbox.claimDue('one', at(1), LEASE, 1);
      await state.outbox.release?.('k', 'one');
      const [again] = await state.outbox.claimDue('two', at(2), LEASE, 1);
      expect(again).toMatchObject({ key: 'k', attempts: 0 });
    });

    it('retries later with the attempt counted', async () => {
      await enqueueAll(state.outbox, ['k']);
      await state.outbox.claimDue('one', at(1), LEASE, 1);
      await state.outbox.markRetry('k', 'one', at(20), '429 Too Many Requests', at(2));
      expect(await state.outbox.get('k')).toMatchObject({
        status: 'pending',
        attempts: 1,
        nextAttemptAt: at(20),
        lastError: '429 Too Many Requests',
      });
      expect(await state.outbox.claimDue('two', at(19), LEASE, 1)).toEqual([]);
      expect(await state.outbox.claimDue('two', at(20), LEASE, 1)).toHaveLength(1);
    });

    it('ends jobs as failed, unreachable or expired; "försök igen" puts failed and unreachable back', async () => {
      await enqueueAll(state.outbox, ['f', 'u', 'e']);
      await state.outbox.claimDue('one', at(1), LEASE, 3);
      await state.outbox.markFinal('f', 'one', 'failed', 'gave up', at(2));
      await state.outbox.markFinal('u', 'one', 'unreachable', 'no conversation', at(2));
      await state.outbox.markFinal('e', 'one', 'expired', 'too late', at(2));
      expect(await state.outbox.claimDue('two', at(3), LEASE, 10)).toEqual([]);
      const retried = await state.outbox.retry('f', at(10));
      expect(retried).toMatchObject({
        status: 'pending',
        attempts: 0,
        nextAttemptAt: at(10),
        lastError: null,
      });
      expect((await state.outbox.retry('u', at(10))).status).toBe('pending');
      expect((await state.outbox.retry('e', at(10))).status).toBe('expired');
      await expect(state.outbox.retry('nope', at(10))).rejects.toThrow();
      expect((await state.outbox.claimDue('two', at(11), LEASE, 10)).map((j) => j.key)).toEqual([
        'f',
        'u',
      ]);
    });

    it('withdraws only pending jobs of the group (and kinds), never one being sent', async () => {
      await enqueueAll(state.outbox, ['p1', 'p2', 'sent', 'sending']);
      await state.outbox.enqueue(job('nudge', { kind: 'nudge' }), T0);
      await state.outbox.enqueue(job('other', { groupKey: 'meeting-2' }), T0);
      const claimed = await state.outbox.claimDue('one', at(1), LEASE, 10);
      expect(claimed).toHaveLength(6);
      for (const j of claimed) {
        if (!['sent', 'sending'].includes(j.key)) await state.outbox.release?.(j.key, 'one');
      }
      await state.outbox.markSent('sent', 'one', at(2));
      await state.outbox.markSending?.('sending', 'one', at(2));
      const kindOnly = await state.outbox.withdraw('meeting-1', at(3), ['nudge']);
      expect(kindOnly.map((j) => j.key)).toEqual(['nudge']);
      const withdrawn = await state.outbox.withdraw('meeting-1', at(3));
      expect(withdrawn.map((j) => j.key)).toEqual(['p1', 'p2']);
      expect(withdrawn.every((j) => j.status === 'withdrawn')).toBe(true);
      expect((await state.outbox.get('other'))?.status).toBe('pending');
      expect((await state.outbox.get('sent'))?.status).toBe('sent');
      await state.outbox.markSent('sending', 'one', at(4));
      expect((await state.outbox.get('sending'))?.status).toBe('sent');
      await expect(state.outbox.markSending?.('p1', 'one', at(4))).rejects.toBeInstanceOf(
        LeaseLostError,
      );
    });

    it('lists by group, status and kind', async () => {
      await enqueueAll(state.outbox, ['a', 'b']);
      await state.outbox.enqueue(job('c', { groupKey: 'meeting-2', kind: 'nudge' }), T0);
      await state.outbox.claimDue('one', at(1), LEASE, 1);
      await state.outbox.markFinal('a', 'one', 'unreachable', 'no conversation', at(2));
      const keys = async (filter: Parameters<OutboxStore['list']>[0]) =>
        (await state.outbox.list(filter)).map((j) => j.key);
      expect(await keys({})).toEqual(['a', 'b', 'c']);
      expect(await keys({ groupKey: 'meeting-1' })).toEqual(['a', 'b']);
      expect(await keys({ statuses: ['unreachable', 'failed'] })).toEqual(['a']);
      expect(await keys({ kinds: ['nudge'] })).toEqual(['c']);
      expect(await keys({ groupKey: 'meeting-1', statuses: ['pending'] })).toEqual(['b']);
    });

    it('stores expiresAt as a UTC instant, or null', async () => {
      const { job: withExpiry } = await state.outbox.enqueue(
        job('x', { expiresAt: '2026-11-23T10:00:00+01:00' }),
        T0,
      );
      expect(withExpiry.expiresAt).toBe('2026-11-23T09:00:00.000Z');
      const { job: without } = await state.outbox.enqueue(job('y', { expiresAt: null }), T0);
      expect(without.expiresAt).toBeNull();
      expect((await state.outbox.get('y'))?.expiresAt).toBeNull();
      await expect(state.outbox.enqueue(job('z', { dueAt: 'i morgon' }), T0)).rejects.toThrow();
      expect(await state.outbox.get('z')).toBeUndefined();
    });
  });

  describe('leases', () => {
    it('gives a lease to one owner until it expires or is released', async () => {
      expect(await state.leases.acquire('dispatch', 'one', at(0), 10_000)).toBe(true);
      expect(await state.leases.acquire('dispatch', 'two', at(5), 10_000)).toBe(false);
      expect(await state.leases.acquire('dispatch', 'one', at(8), 10_000)).toBe(true);
      expect(await state.leases.acquire('dispatch', 'two', at(17), 10_000)).toBe(false);
      expect(await state.leases.acquire('dispatch', 'two', at(18), 10_000)).toBe(true);
      await state.leases.release('dispatch', 'one');
      expect(await state.leases.acquire('dispatch', 'one', at(19), 10_000)).toBe(false);
      await state.leases.release('dispatch', 'two');
      expect(await state.leases.acquire('dispatch', 'one', at(20), 10_000)).toBe(true);
    });

    it('lets exactly one of two racing owners take a free lease', async () => {
      const results = await Promise.all(
        ['one', 'two', 'three', 'four'].map((owner) =>
          state.leases.acquire('tick', owner, at(0), 10_000),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });
  });
});
