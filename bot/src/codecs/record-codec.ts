import { z } from 'zod';

/**
 * One zod shape per stored record, and the codec that stores it in a flat row: SQLite's
 * snake_case columns or an Azure Tables entity's properties. Every storage adapter (store and
 * runtime alike) describes a record once, camelCase as the domain has it, and lets the codec
 * name the columns, turn JSON columns and 0/1 flags into values, and check the row with zod, so
 * a corrupt or hand-edited row fails loudly instead of leaking wrong types into the domain.
 */

/** A flat row as a storage adapter binds it: text, numbers and the store's "none". */
export type FlatRow = Record<string, string | number | null | undefined>;

export interface CodecOptions<S extends z.ZodRawShape, F extends string & keyof S> {
  /** Fields kept as JSON text. */
  readonly json?: readonly F[];
  /** Booleans kept as 0/1 (SQLite has no booleans). */
  readonly flags?: readonly F[];
  /** Columns whose name is not the field's name in the store's naming. */
  readonly columns?: Partial<Readonly<Record<string & keyof S, string>>>;
}

interface Storage {
  /** The column of a field with no name of its own. */
  readonly column: (field: string) => string;
  /** How the store keeps "none": SQLite a NULL, Azure Tables an absent property. */
  readonly none: null | undefined;
}

export interface RecordCodec<S extends z.ZodRawShape> {
  /** The columns, in the shape's field order. */
  readonly columns: readonly string[];
  /** A stored row, checked, as the record the shape describes. */
  fromRow(row: unknown): z.output<z.ZodObject<S>>;
  /** A record's columns (every column of the shape: a missing value is the store's "none"). */
  toRow(record: { readonly [K in keyof S]?: unknown }): FlatRow;
}

/** `calendarEventId` → `calendar_event_id`. */
export const snakeCase = (field: string): string =>
  field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

const anyRow = z.record(z.unknown());

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    // Left as text, so the field's schema reports it (a JSON column never holds bare text).
    return value;
  }
}

const flagValue = (value: unknown): unknown => (value === 1 ? true : value === 0 ? false : value);

function codec<S extends z.ZodRawShape, F extends string & keyof S>(
  shape: z.ZodObject<S>,
  storage: Storage,
  options: CodecOptions<S, F>,
): RecordCodec<S> {
  const fields = Object.keys(shape.shape);
  const json = new Set<string>(options.json ?? []);
  const flags = new Set<string>(options.flags ?? []);
  const named: Partial<Record<string, string>> = options.columns ?? {};
  const columnOf = (field: string): string => named[field] ?? storage.column(field);
  return {
    columns: fields.map(columnOf),
    fromRow(row) {
      const stored = anyRow.parse(row);
      const record: Record<string, unknown> = {};
      for (const field of fields) {
        const value = stored[columnOf(field)] ?? null;
        record[field] = json.has(field)
          ? parseJson(value)
          : flags.has(field)
            ? flagValue(value)
            : value;
      }
      return shape.parse(record);
    },
    toRow(record) {
      const values = record as Readonly<Record<string, unknown>>;
      const row: FlatRow = {};
      for (const field of fields) {
        const value = values[field];
        let stored: FlatRow[string];
        if (value === null || value === undefined) stored = storage.none;
        else if (json.has(field)) stored = JSON.stringify(value);
        else if (flags.has(field)) stored = value === true ? 1 : 0;
        else stored = value as string | number;
        row[columnOf(field)] = stored;
      }
      return row;
    },
  };
}

/** A record in a SQLite table: snake_case columns, NULL for none. */
export const sqliteCodec = <S extends z.ZodRawShape, F extends string & keyof S = never>(
  shape: z.ZodObject<S>,
  options: CodecOptions<S, F> = {},
): RecordCodec<S> => codec(shape, { column: snakeCase, none: null }, options);

/**
 * A record in an Azure Tables entity: the fields' own names, and "none" an absent property
 * (Tables store no nulls); an absent property reads back as null.
 */
export const entityCodec = <S extends z.ZodRawShape, F extends string & keyof S = never>(
  shape: z.ZodObject<S>,
  options: CodecOptions<S, F> = {},
): RecordCodec<S> => codec(shape, { column: (field) => field, none: undefined }, options);
