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
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
