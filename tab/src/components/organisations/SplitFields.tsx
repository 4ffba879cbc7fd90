import { Button, Field, Select } from '@fluentui/react-components';
import { useId } from 'react';
import type { ListedOrganisation } from '../../api/organisations-client';
import { usePeopleMessages } from '../../i18n/use-people-messages';
import { DataText } from '../DataText';
import { usePlanPeriodStyles } from '../plan-period/plan-period-styles';
import { LabelledInput } from './LabelledInput';

/** A new organisation a split creates, as typed. */
export interface SplitPart {
  readonly id: string;
  readonly name: string;
}

/** Where a field's error is and where the focus goes for it. */
export type FieldRef = (key: string) => (element: HTMLElement | null) => void;

/**
 * The split's own fields: the new organisations (id and name, at least two) and one labelled
 * choice per activity of the organisation that is split, placing it in a new one (by the part's
 * place in the list, so typing an id does not lose the choice).
 */
export function SplitFields({
  organisation,
  parts,
  onParts,
  placement,
  onPlacement,
  errors,
  fieldRef,
}: {
  organisation: ListedOrganisation | undefined;
  parts: readonly SplitPart[];
  onParts: (parts: SplitPart[]) => void;
  placement: Readonly<Record<string, string>>;
  onPlacement: (activityId: string, part: string) => void;
  errors: Readonly<Record<string, string>>;
  fieldRef: FieldRef;
}) {
  const styles = usePlanPeriodStyles();
  const t = usePeopleMessages().organisations;
  const partsLegend = useId();
  const activitiesLegend = useId();
  const activities = organisation?.activities ?? [];
  const setPart = (index: number, change: Partial<SplitPart>) =>
    onParts(parts.map((p, i) => (i === index ? { ...p, ...change } : p)));
  return (
    <>
      <fieldset className={styles.fieldset} aria-labelledby={partsLegend} data-testid="split-parts">
        <legend className={styles.legend} id={partsLegend}>
          {t.partsLegend}
        </legend>
        {parts.map((part, index) => {
          const n = index + 1;
          return (
            <div key={index} className={styles.panel}>
              <LabelledInput
                label={t.partId(n)}
                hint={t.partIdHint}
                value={part.id}
                maxLength={100}
                onChange={(id) => setPart(index, { id })}
                error={errors[`part-${String(index)}-id`]}
                inputRef={fieldRef(`part-${String(index)}-id`)}
              />
              <LabelledInput
                label={t.partName(n)}
                value={part.name}
                maxLength={200}
                onChange={(name) => setPart(index, { name })}
                error={errors[`part-${String(index)}-name`]}
                inputRef={fieldRef(`part-${String(index)}-name`)}
              />
              {parts.length > 2 && (
                <div className={styles.buttons}>
                  <Button
                    className={styles.button}
                    onClick={() => onParts(parts.filter((_p, i) => i !== index))}
                  >
                    {t.removePart(n)}
                  </Button>
                </div>
              )}
            </div>
          );
        })}
        <div className={styles.buttons}>
          <Button
            className={styles.button}
            onClick={() => onParts([...parts, { id: '', name: '' }])}
          >
            {t.addPart}
          </Button>
        </div>
      </fieldset>
      <fieldset
        className={styles.fieldset}
        aria-labelledby={activitiesLegend}
        data-testid="split-activities"
      >
        <legend className={styles.legend} id={activitiesLegend}>
          {t.activitiesLegend}
        </legend>
        {activities.length === 0 && <p className={styles.muted}>{t.noActivities}</p>}
        {activities.map((activity) => (
          <Field
            key={activity.id}
            label={<DataText>{activity.title}</DataText>}
            className={styles.field}
            validationMessage={errors[`activity-${activity.id}`]}
            required
          >
            <Select
              ref={fieldRef(`activity-${activity.id}`)}
              className={styles.select}
              value={placement[activity.id] ?? ''}
              onChange={(_event, data) => onPlacement(activity.id, data.value)}
            >
              <option value="">{t.choosePart}</option>
              {parts.map((part, index) => (
                <option key={index} value={String(index)}>
                  {part.name.trim() || part.id.trim() || t.partName(index + 1)}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </fieldset>
    </>
  );
}
