import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';

/** The grid the filter selects sit in; a native select may shrink below its longest option. */
export const useFilterGridStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(180px, 100%), 1fr))',
    gap: tokens.spacingHorizontalL,
    minWidth: 0,
    '& > *': { minWidth: 0 },
    '& .fui-Field': { gridTemplateColumns: 'minmax(0, 1fr)' },
    '& .fui-Select, & select': { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' },
  },
});

export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

/** A select's options, each its value and its label. */
export function Options({ options }: { options: readonly FilterOption[] }) {
  return (
    <>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </>
  );
}

/**
 * One labelled filter as a native select (keyboard and screen readers for free): "all" (the
 * empty value) first, then the options. `onChange` gets undefined for "all".
 */
export function FilterSelect({
  label,
  name,
  value,
  allLabel,
  options,
  onChange,
}: {
  label: string;
  name: string;
  value: string | undefined;
  allLabel: string;
  options: readonly FilterOption[];
  onChange: (value: string | undefined) => void;
}) {
  return (
    <Field label={label}>
      <Select
        name={name}
        value={value ?? ''}
        onChange={(_event, data) => onChange(data.value === '' ? undefined : data.value)}
      >
        <option value="">{allLabel}</option>
        <Options options={options} />
      </Select>
    </Field>
  );
}

/** One filter of a row of them: its key (the select's name), label, options and, where it is
 * not the row's, its own "all" label. */
export interface FilterSpec<K extends string> {
  readonly name: K;
  readonly label: string;
  readonly options: readonly FilterOption[];
  readonly allLabel?: string;
}

/** A row of filter selects: each filter's value from `values`, a change as `onChange(name, value)`. */
export function FilterSelects<K extends string>({
  filters,
  values,
  allLabel,
  onChange,
}: {
  filters: readonly FilterSpec<K>[];
  values: Partial<Record<K, string>>;
  allLabel: string;
  onChange: (name: K, value: string | undefined) => void;
}) {
  return (
    <>
      {filters.map((filter) => (
        <FilterSelect
          key={filter.name}
          label={filter.label}
          name={filter.name}
          value={values[filter.name]}
          allLabel={filter.allLabel ?? allLabel}
          options={filter.options}
          onChange={(value) => onChange(filter.name, value)}
        />
      ))}
    </>
  );
}
