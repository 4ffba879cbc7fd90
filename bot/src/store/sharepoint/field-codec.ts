import type { ListSpec } from './list-schema';

/** A list item's `fields` as Graph sends and takes them. */
export type ItemFields = Record<string, unknown>;

/**
 * Domain-shaped record ⇄ SharePoint fields, driven by the list schema. Graph omits empty
 * fields when reading, so a missing text reads as '' (or null for nullable columns).
 * Results are checked by each list's zod mapper (sharepoint-mappers.ts).
 */
export function toFields(spec: ListSpec, record: Readonly<Record<string, unknown>>): ItemFields {
  const fields: ItemFields = { Title: String(record[spec.titleProp] ?? '').slice(0, 255) };
  for (const column of spec.columns) {
    if (column.prop === undefined) continue;
    const value = record[column.prop];
    fields[column.name] = column.kind === 'json' ? JSON.stringify(value ?? null) : (value ?? null);
  }
  return fields;
}

export function fromFields(spec: ListSpec, fields: ItemFields): Record<string, unknown> {
  const record: Record<string, unknown> = { [spec.titleProp]: fields['Title'] ?? '' };
  for (const column of spec.columns) {
    if (column.prop === undefined) continue;
    const raw = fields[column.name];
    if (raw === undefined || raw === null || raw === '') {
      record[column.prop] =
        column.nullable === true ? null : column.kind === 'json' ? undefined : '';
      if (column.kind === 'boolean' && column.nullable !== true) record[column.prop] = false;
      continue;
    }
    switch (column.kind) {
      case 'json':
        record[column.prop] = JSON.parse(String(raw)) as unknown;
        break;
      case 'dateTime':
        record[column.prop] = new Date(String(raw)).toISOString();
        break;
      case 'number':
        record[column.prop] = Number(raw);
        break;
      default:
        record[column.prop] = raw;
    }
  }
  return record;
}
