import { z } from 'zod';
import { entityCodec, snakeCase, sqliteCodec } from '../../../bot/src/codecs/record-codec';

const shape = z.object({
  id: z.string(),
  planId: z.string(),
  tags: z.array(z.string()),
  demo: z.boolean(),
  endedAt: z.string().nullable(),
  from: z.string(),
});

const record = {
  id: 'a-1',
  planId: 'plan-1',
  tags: ['x', 'y'],
  demo: true,
  endedAt: null,
  from: '2026-01-01',
};

describe('record codec', () => {
  const sqlite = sqliteCodec(shape, {
    json: ['tags'],
    flags: ['demo'],
    columns: { from: 'from_date' },
  });

  it('names SQLite columns in snake_case, with named exceptions', () => {
    expect(snakeCase('calendarEventId')).toBe('calendar_event_id');
    expect(sqlite.columns).toEqual(['id', 'plan_id', 'tags', 'demo', 'ended_at', 'from_date']);
  });

  it('writes JSON text, 0/1 flags and NULL for none, and reads them back as the record', () => {
    const row = sqlite.toRow(record);
    expect(row).toEqual({
      id: 'a-1',
      plan_id: 'plan-1',
      tags: '["x","y"]',
      demo: 1,
      ended_at: null,
      from_date: '2026-01-01',
    });
    expect(sqlite.fromRow(row)).toEqual(record);
    expect(sqlite.fromRow({ ...row, demo: 0 }).demo).toBe(false);
  });

  it('fails loudly on a corrupt row: text that is not JSON, a flag that is not 0/1, no row', () => {
    const row = sqlite.toRow(record);
    expect(() => sqlite.fromRow({ ...row, tags: 'not json' })).toThrow(z.ZodError);
    expect(() => sqlite.fromRow({ ...row, demo: 2 })).toThrow(z.ZodError);
    expect(() => sqlite.fromRow({ ...row, plan_id: undefined })).toThrow(z.ZodError);
    expect(() => sqlite.fromRow(undefined)).toThrow(z.ZodError);
  });

  it("keeps an entity under the fields' own names, none an absent property read back as null", () => {
    const entities = entityCodec(shape, { json: ['tags'] });
    const entity = entities.toRow(record);
    expect(entity).toEqual({
      id: 'a-1',
      planId: 'plan-1',
      tags: '["x","y"]',
      demo: true,
      endedAt: undefined,
      from: '2026-01-01',
    });
    const { endedAt: _absent, ...stored } = entity;
    expect(entities.fromRow(stored)).toEqual(record);
  });
});
