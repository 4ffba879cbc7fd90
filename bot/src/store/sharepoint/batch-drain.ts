import type { PendingWrite } from '../../domain/ports/write-outbox.port';
import type { ItemFields } from './field-codec';
import { GraphCallError, type BatchResponse } from '../../graph/graph-http';
import { retryAfterMs } from '../../graph/graph-middleware';
import type { ListName } from './list-schema';
import { SiteLists, type GraphItem } from './site-lists';

function retryAfter(response: BatchResponse): number | null {
  const headers = response.headers ?? {};
  const value = Object.entries(headers).find(([k]) => k.toLowerCase() === 'retry-after')?.[1];
  return retryAfterMs(value ?? null);
}

/** What draining needs of the write outbox's sync (write-sync.ts's WriteSync). */
export interface DrainSync {
  /** Whether an earlier attempt of this write may have arrived (look it up before sending). */
  maybeArrived(write: PendingWrite): boolean;
  stored(write: PendingWrite, item: GraphItem): Promise<void>;
  transient(write: PendingWrite, status: number, retryAfterMs: number | null): Promise<void>;
  refused(write: PendingWrite, error: unknown): Promise<void>;
}

/** The column that identifies a write when checking whether an earlier attempt arrived. */
export function identity(write: PendingWrite): { column: string; value: string } {
  const fields = JSON.parse(write.fields) as ItemFields;
  const key = fields['IdempotencyKey'];
  return typeof key === 'string'
    ? { column: 'IdempotencyKey', value: key }
    : { column: 'SamordnaId', value: write.key };
}

function isTransient(status: number): boolean {
  return status === 0 || status === 429 || status >= 500;
}

/**
 * Queued creates, 20 per `$batch`. Writes that may already have arrived are first looked up
 * by their identity column (one batched GET each); the rest are POSTed. Each answer inside a
 * batch is handled on its own: 2xx stored, 429/5xx retried after its Retry-After (or the
 * back-off), anything else refused.
 */
export async function drainCreates(
  sync: DrainSync,
  lists: SiteLists,
  writes: readonly PendingWrite[],
): Promise<void> {
  let toSend: PendingWrite[] = [];
  const settled = new Set<number>();
  const toCheck = writes.filter((w) => sync.maybeArrived(w));
  const neverSent = writes.filter((w) => !sync.maybeArrived(w));
  const settle = async (write: PendingWrite, response: BatchResponse): Promise<void> => {
    settled.add(write.seq);
    if (isTransient(response.status))
      await sync.transient(write, response.status, retryAfter(response));
    else
      await sync.refused(
        write,
        new GraphCallError(response.status, 'batch', JSON.stringify(response.body)),
      );
  };
  try {
    const checks = await lists.batch(
      toCheck.map((w) => {
        const { column, value } = identity(w);
        return { method: 'GET', url: lists.findByPath(w.list as ListName, column, value) };
      }),
    );
    for (const [i, write] of toCheck.entries()) {
      const answer = checks[i];
      if (answer === undefined) continue;
      if (answer.status !== 200) {
        await settle(write, answer);
        continue;
      }
      const found = ((answer.body as { value?: unknown[] }).value ?? []).map(SiteLists.item);
      const last: GraphItem | undefined = found.at(-1);
      if (last !== undefined) {
        settled.add(write.seq);
        await sync.stored(write, last);
      } else toSend.push(write);
    }
    toSend = [...neverSent, ...toSend];
    const posts = await lists.batch(
      toSend.map((w) => {
        const { '@itemId': _itemId, ...fields } = JSON.parse(w.fields) as ItemFields;
        return { method: 'POST', url: lists.itemsPath(w.list as ListName), body: { fields } };
      }),
    );
    for (const [i, write] of toSend.entries()) {
      const answer = posts[i];
      if (answer === undefined) continue;
      if (answer.status === 201 || answer.status === 200) {
        settled.add(write.seq);
        await sync.stored(write, SiteLists.item(answer.body));
      } else await settle(write, answer);
    }
  } catch (error) {
    // The whole batch failed (network, 5xx on $batch itself): every write is retried later,
    // and looked up first, since some may have arrived.
    const status = error instanceof GraphCallError ? error.status : 0;
    const wait = error instanceof GraphCallError ? error.retryAfterMs : null;
    for (const write of writes) {
      if (settled.has(write.seq)) continue;
      await sync.transient(write, status, wait);
    }
  }
}
