/**
 * The vocabulary the plan file's specification is written in (`plan-spec.ts`). One
 * specification drives the checker's shape rules, the JSON Schema editors use, and the
 * TypeScript type of a checked file (`Infer`), so the three cannot drift apart.
 */

/** A Swedish and an English text. */
export interface Bilingual {
  readonly sv: string;
  readonly en: string;
}

/** A one-line text (name, title); `multiline` keeps line breaks (description, vision). */
export interface TextSpec {
  readonly type: 'text';
  readonly multiline?: boolean;
  /** A "Genom att" strategy: the file writes what follows "Genom att", not the words themselves. */
  readonly withoutGenomAtt?: boolean;
}

/** A kebab-case ASCII id (`hbtq-personer`), or a reference to one. */
export interface IdSpec {
  readonly type: 'id';
}

export interface IntegerSpec {
  readonly type: 'integer';
  readonly minimum: number;
  readonly maximum: number;
}

export interface NumberSpec {
  readonly type: 'number';
}

export interface BooleanSpec {
  readonly type: 'boolean';
}

/** A year (`2022`) or a date (`2022-06-16`). */
export interface YearOrDateSpec {
  readonly type: 'year-or-date';
}

/** A calendar date (`2025-01-01`). */
export interface DateSpec {
  readonly type: 'date';
}

/** A Kolada KPI id: one capital letter and five digits (`N00945`). */
export interface KpiSpec {
  readonly type: 'kpi';
}

export interface EnumSpec<E extends readonly string[] = readonly string[]> {
  readonly type: 'enum';
  readonly values: E;
}

/** How a problem names an item of a list: "strategin m1-s2", "Inriktningsmål 3". */
export interface ItemLabel extends Bilingual {
  /** The item's own key that identifies it in messages (`id`, `nummer`); none for plain texts. */
  readonly key?: string;
}

export interface ListSpec<I extends ValueSpec = ValueSpec> {
  readonly type: 'list';
  readonly items: I;
  readonly item: ItemLabel;
  /** At least this many items when the list is given (1 for the lists a plan cannot do without). */
  readonly minItems?: number;
}

export interface FieldSpec<V extends ValueSpec = ValueSpec> {
  readonly value: V;
  readonly required: boolean;
  /** Swedish help for the person editing the file (the JSON Schema's `description`). */
  readonly description: string;
}

export interface ObjectSpec<
  F extends Readonly<Record<string, FieldSpec>> = Readonly<Record<string, FieldSpec>>,
> {
  readonly type: 'object';
  readonly fields: F;
}

export type ValueSpec =
  | TextSpec
  | IdSpec
  | IntegerSpec
  | NumberSpec
  | BooleanSpec
  | YearOrDateSpec
  | DateSpec
  | KpiSpec
  | EnumSpec
  | ListSpec
  | ObjectSpec;

/** The value a checked file holds where the specification says `V` (texts cleaned and trimmed). */
export type Infer<V> = V extends { readonly type: 'text' | 'id' | 'kpi' | 'date' }
  ? string
  : V extends { readonly type: 'integer' | 'number' }
    ? number
    : V extends { readonly type: 'boolean' }
      ? boolean
      : V extends { readonly type: 'year-or-date' }
        ? number | string
        : V extends { readonly type: 'enum'; readonly values: readonly (infer E)[] }
          ? E
          : V extends { readonly type: 'list'; readonly items: infer I }
            ? readonly Infer<I>[]
            : V extends { readonly type: 'object'; readonly fields: infer F }
              ? InferFields<F>
              : never;

type FieldValue<S> = S extends { readonly value: infer V } ? Infer<V> : never;

/** Required fields are present; optional ones may be absent (an empty optional field is absent too). */
export type InferFields<F> = {
  readonly [K in keyof F as F[K] extends { readonly required: true } ? K : never]: FieldValue<F[K]>;
} & {
  readonly [K in keyof F as F[K] extends { readonly required: true } ? never : K]?: FieldValue<
    F[K]
  >;
};

/** A required field. */
export function required<V extends ValueSpec>(
  value: V,
  description: string,
): { readonly value: V; readonly required: true; readonly description: string } {
  return { value, required: true, description };
}

/** An optional field; left out or left empty, it is absent. */
export function optional<V extends ValueSpec>(
  value: V,
  description: string,
): { readonly value: V; readonly required: false; readonly description: string } {
  return { value, required: false, description };
}

export function object<const F extends Readonly<Record<string, FieldSpec>>>(
  fields: F,
): ObjectSpec<F> {
  return { type: 'object', fields };
}

export function list<I extends ValueSpec>(
  items: I,
  item: ItemLabel,
  minItems?: number,
): ListSpec<I> {
  return minItems === undefined
    ? { type: 'list', items, item }
    : { type: 'list', items, item, minItems };
}

export function oneOf<const E extends readonly string[]>(values: E): EnumSpec<E> {
  return { type: 'enum', values };
}
