import { Field, Input } from '@fluentui/react-components';
import { usePlanPeriodStyles } from '../plan-period/plan-period-styles';

/**
 * A required text (or date) field with its label, an optional hint and its problem, linked to
 * the input by Fluent's Field (aria-describedby); `inputRef` lets the form focus it.
 */
export function LabelledInput({
  label,
  hint,
  type = 'text',
  value,
  maxLength,
  onChange,
  error,
  inputRef,
}: {
  label: string;
  hint?: string;
  type?: 'text' | 'date';
  value: string;
  maxLength?: number;
  onChange: (value: string) => void;
  error: string | undefined;
  inputRef: (element: HTMLElement | null) => void;
}) {
  const styles = usePlanPeriodStyles();
  return (
    <Field label={label} hint={hint} className={styles.field} validationMessage={error} required>
      <Input
        ref={inputRef}
        type={type}
        value={value}
        maxLength={maxLength}
        onChange={(_event, data) => onChange(data.value)}
      />
    </Field>
  );
}
