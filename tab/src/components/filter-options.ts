import type { FilterOption } from './FilterSelect';

/** Filter options from the organisations a filter offers: id and name. */
export function organisationOptions(
  organisations: readonly { readonly id: string; readonly name: string }[],
): FilterOption[] {
  return organisations.map((o) => ({ value: o.id, label: o.name }));
}

/** Filter options from the plan's headings, named in the reader's language. */
export function headingOptions(
  headings: readonly { readonly id: string; readonly name: string; readonly nameEn: string }[],
  language: string,
): FilterOption[] {
  return headings.map((h) => ({ value: h.id, label: language === 'en' ? h.nameEn : h.name }));
}

/** Options from reporting rounds: id and title. */
export function roundOptions(
  rounds: readonly { readonly id: string; readonly title: string }[],
): FilterOption[] {
  return rounds.map((r) => ({ value: r.id, label: r.title }));
}
