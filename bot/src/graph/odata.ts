/**
 * OData query text for Graph. Every string literal that goes into a `$filter` passes
 * through `odataString`, the one escaping function: single quotes are doubled, so a value
 * such as `x' or 1 eq 1 or '` stays one literal and cannot change the query.
 */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `fields/<column> eq '<value>'` for an indexed text column. */
export function fieldEquals(column: string, value: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(column)) throw new Error(`Bad column name ${column}`);
  return `fields/${column} eq ${odataString(value)}`;
}
