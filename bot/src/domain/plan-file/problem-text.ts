/**
 * Problems in words a person editing the file understands: where (the list item, by its id or
 * number) and which field, in Swedish and English, e.g. `Inriktningsmål 3, strategin m3-s1:
 * fältet "förklaring" saknas.`
 */
import type { PlanPath, PlanProblem, PlanProblemCode } from './plan-problem';
import { planSpec } from './plan-spec';
import { isRecord, rawAt } from './raw';
import type { Bilingual, ValueSpec } from './spec-types';

interface Place {
  /** "Inriktningsmål 3, strategin m3-s1", or null at the top of the file. */
  readonly where: Bilingual | null;
  /** `"titel"`, `"år" under "baslinje"`, or null when the path ends at a list item. */
  readonly field: Bilingual | null;
}

function itemName(
  label: { sv: string; en: string; key?: string },
  item: unknown,
  index: number,
): Bilingual {
  const own = label.key === undefined || !isRecord(item) ? undefined : item[label.key];
  if (typeof own === 'string' || typeof own === 'number') {
    return { sv: `${label.sv} ${own}`, en: `${label.en} ${own}` };
  }
  return { sv: `${label.sv} nr ${index + 1}`, en: `${label.en} no. ${index + 1}` };
}

/** Where `path` is in words, following the specification (and the file, for ids and numbers). */
export function describePlace(root: unknown, path: PlanPath): Place {
  let spec: ValueSpec | undefined = planSpec;
  const items: Bilingual[] = [];
  let keys: string[] = [];
  path.forEach((segment, position) => {
    if (typeof segment === 'number') {
      if (spec?.type === 'list') {
        items.push(itemName(spec.item, rawAt(root, path.slice(0, position + 1)), segment));
        spec = spec.items;
      } else {
        spec = undefined;
      }
      keys = [];
      return;
    }
    keys.push(segment);
    spec = spec?.type === 'object' ? spec.fields[segment]?.value : undefined;
  });
  const capital = (text: string) => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
  const where =
    items.length === 0
      ? null
      : {
          sv: capital(items.map((i) => i.sv).join(', ')),
          en: capital(items.map((i) => i.en).join(', ')),
        };
  const field = fieldName(keys);
  return { where, field };
}

function fieldName(keys: readonly string[]): Bilingual | null {
  const last = keys[keys.length - 1];
  if (last === undefined) return null;
  const parents = keys.slice(0, -1).reverse();
  return {
    sv: [`"${last}"`, ...parents.map((k) => `under "${k}"`)].join(' '),
    en: [`"${last}"`, ...parents.map((k) => `under "${k}"`)].join(' '),
  };
}

/**
 * A problem at `path`. `what` gets the field's name (`"titel"`, or "the item" when the path
 * ends at a list item) and says what is wrong; the place is put in front.
 */
export function problemAt(
  root: unknown,
  path: PlanPath,
  code: PlanProblemCode,
  what: (field: Bilingual) => Bilingual,
  relatedPath?: PlanPath,
): PlanProblem {
  const place = describePlace(root, path);
  const text = what(place.field ?? { sv: 'posten', en: 'the item' });
  const prefix = (language: 'sv' | 'en') =>
    place.where === null ? '' : `${place.where[language]}: `;
  const sentence = (language: 'sv' | 'en', body: string) => {
    const full = `${prefix(language)}${body}`;
    return full.charAt(0).toLocaleUpperCase(language === 'sv' ? 'sv-SE' : 'en') + full.slice(1);
  };
  return {
    path,
    code,
    sv: sentence('sv', text.sv),
    en: sentence('en', text.en),
    ...(relatedPath === undefined ? {} : { relatedPath }),
  };
}

/** ` Menade du "x"?` / ` Did you mean "x"?`, or nothing. */
export function didYouMean(suggestion: string | undefined): Bilingual {
  return suggestion === undefined
    ? { sv: '', en: '' }
    : { sv: ` Menade du "${suggestion}"?`, en: ` Did you mean "${suggestion}"?` };
}
