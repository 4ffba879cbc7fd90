/**
 * The JSON Schema (draft-07) of the plan file, made from the same specification the checker
 * uses, with Swedish descriptions: VS Code's YAML extension shows them as help and flags what
 * the shape rules flag. Rules across fields (unique ids, references, one city-wide heading,
 * years in order) are beyond JSON Schema; `npm run plan -- check` finds those.
 */
import { planSpec } from './plan-spec';
import type { FieldSpec, ValueSpec } from './spec-types';

type Schema = { readonly [key: string]: unknown };

const NON_BLANK = '\\S';
const WITHOUT_GENOM_ATT =
  '^(?![ \\t\\n\\r]*[Gg]enom[ \\t\\n\\r]+att(?:[ \\t\\n\\r]|$))[\\s\\S]*\\S';

function valueSchema(spec: ValueSpec): Schema {
  switch (spec.type) {
    case 'text':
      return {
        type: 'string',
        pattern: spec.withoutGenomAtt === true ? WITHOUT_GENOM_ATT : NON_BLANK,
      };
    case 'id':
      return { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' };
    case 'integer':
      return { type: 'integer', minimum: spec.minimum, maximum: spec.maximum };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'year-or-date':
      return {
        anyOf: [
          { type: 'integer', minimum: 1900, maximum: 2100 },
          { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
        ],
      };
    case 'date':
      return { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
    case 'kpi':
      return { type: 'string', pattern: '^[A-Z]\\d{5}$' };
    case 'enum':
      return { enum: [...spec.values] };
    case 'list':
      return {
        type: 'array',
        ...(spec.minItems === undefined ? {} : { minItems: spec.minItems }),
        items: valueSchema(spec.items),
      };
    case 'object': {
      const entries = Object.entries(spec.fields) as [string, FieldSpec][];
      return {
        type: 'object',
        additionalProperties: false,
        required: entries.filter(([, f]) => f.required).map(([key]) => key),
        properties: Object.fromEntries(entries.map(([key, f]) => [key, fieldSchema(f)])),
      };
    }
  }
}

/** A field's schema with its help; an optional field may also be left empty (null, or blank text). */
function fieldSchema(field: FieldSpec): Schema {
  const value = valueSchema(field.value);
  if (field.required) return { description: field.description, ...value };
  if (field.value.type === 'text') {
    return { description: field.description, anyOf: [{ type: 'string' }, { type: 'null' }] };
  }
  return { description: field.description, anyOf: [value, { type: 'null' }] };
}

/** The schema, ready to write as `plan.schema.json`. */
export function planJsonSchema(): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Planfil för Samordna',
    description:
      'En plan mot våld (t.ex. Fri från våld 2022–2026) som data: titel, period, vision, inriktningsmål med strategier, fokusområden, perspektiv, målgrupper, preventionsnivåer, våldsutövare, rubriker och organisationer. Kontrollera filen med: npm run plan -- check <fil>',
    ...valueSchema(planSpec),
  };
}
