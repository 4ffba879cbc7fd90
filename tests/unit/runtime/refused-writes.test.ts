import { describeRefused } from '../../../bot/scripts/sharepoint-refused';
import { SqliteWriteOutbox } from '../../../bot/src/store/sharepoint/sqlite-write-outbox';

const AT = '2026-11-23T10:00:00.000Z';

describe('refused SharePoint writes', () => {
  it('moves a refused write out of the pending ones, keeps it with the reason, once', async () => {
    const outbox = SqliteWriteOutbox.open(':memory:');
    const kept = await outbox.enqueue({
      list: 'Aktiviteter',
      kind: 'update',
      key: 'act-1',
      fields: '{"Title":"Min ändring","Version":2}',
      etag: '"x,1"',
      createdAt: AT,
    });
    const other = await outbox.enqueue({
      list: 'Statusrapporter',
      kind: 'create',
      key: 'rep-1',
      fields: '{}',
      etag: null,
      createdAt: AT,
    });
    await outbox.refuse(kept.seq, 'HTTP 412 preconditionFailed', '2026-11-23T10:05:00.000Z');
    await outbox.refuse(kept.seq, 'again', '2026-11-23T10:06:00.000Z');
    expect((await outbox.list()).map((w) => w.seq)).toEqual([other.seq]);
    expect(await outbox.due('2026-11-24T00:00:00.000Z', 10)).toHaveLength(1);
    expect(await outbox.refused()).toEqual([
      {
        ...kept,
        reason: 'HTTP 412 preconditionFailed',
        refusedAt: '2026-11-23T10:05:00.000Z',
        dismissedAt: null,
      },
    ]);
    await outbox.close();
  });

  it('keeps a refused write when its message is dismissed, and dismisses it once', async () => {
    const outbox = SqliteWriteOutbox.open(':memory:');
    const write = await outbox.enqueue({
      list: 'Aktiviteter',
      kind: 'update',
      key: 'act-1',
      fields: '{}',
      etag: null,
      createdAt: AT,
    });
    expect(await outbox.dismiss(write.seq, AT)).toBe(false);
    await outbox.refuse(write.seq, 'HTTP 412 preconditionFailed', AT);
    expect(await outbox.dismiss(write.seq, '2026-11-23T11:00:00.000Z')).toBe(true);
    expect(await outbox.dismiss(write.seq, '2026-11-23T12:00:00.000Z')).toBe(false);
    expect(await outbox.refused()).toEqual([
      expect.objectContaining({ seq: write.seq, dismissedAt: '2026-11-23T11:00:00.000Z' }),
    ]);
    await outbox.close();
  });

  it('describes them in Swedish for operators', () => {
    expect(describeRefused([])).toBe('Inga avvisade ändringar.\n');
    const text = describeRefused([
      {
        seq: 7,
        list: 'Aktiviteter',
        kind: 'update',
        key: 'act-1',
        fields: '{"Title":"Min ändring"}',
        etag: null,
        attempts: 1,
        notBefore: AT,
        createdAt: AT,
        reason: 'HTTP 412 preconditionFailed',
        refusedAt: AT,
        dismissedAt: null,
      },
      {
        seq: 8,
        list: 'Aktiviteter',
        kind: 'update',
        key: 'act-2',
        fields: '{}',
        etag: null,
        attempts: 0,
        notBefore: AT,
        createdAt: AT,
        reason: 'HTTP 400 invalidRequest',
        refusedAt: AT,
        dismissedAt: '2026-11-23T11:00:00.000Z',
      },
    ]);
    expect(text).toContain('2 avvisade ändringar');
    expect(text).toContain('(meddelandet i fliken borttaget 2026-11-23T11:00:00.000Z)');
    expect(text).toContain('#7 Aktiviteter act-1 (update)');
    expect(text).toContain('HTTP 412 preconditionFailed');
    expect(text).toContain('"Title":"Min ändring"');
  });
});
