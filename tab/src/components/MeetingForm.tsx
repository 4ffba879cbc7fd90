import {
  Button,
  Checkbox,
  Field,
  Input,
  Textarea,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { MeetingFormInput, Problem, WriteResult } from '../api/meetings-client';
import { useMeetingsMessages } from '../i18n/use-meetings-messages';
import { ProblemsBar } from './ProblemsBar';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '640px',
  },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  times: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexWrap: 'wrap',
    gap: `0 ${tokens.spacingHorizontalL}`,
  },
  legend: { ...typographyStyles.body1 },
});

export interface MeetingFormProps {
  heading: string;
  initial: MeetingFormInput;
  /** Constellation choices; omitted when moving (the invitees stay). */
  organisations?: { id: string; name: string }[];
  onSubmit: (input: MeetingFormInput) => Promise<WriteResult>;
  onSaved: (result: Extract<WriteResult, { kind: 'saved' }>) => void;
  testId: string;
}

/** Plans or moves a meeting. Refused input stays in the form with the server's reasons. */
export function MeetingForm(props: MeetingFormProps) {
  const styles = useStyles();
  const t = useMeetingsMessages();
  const [values, setValues] = useState<MeetingFormInput>(props.initial);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const set = (field: keyof MeetingFormInput) => (_e: unknown, data: { value: string }) =>
    setValues((v) => ({ ...v, [field]: data.value }));
  /** A text field's value, change handler and name. */
  const bind = (field: Exclude<keyof MeetingFormInput, 'organisationIds'>) => ({
    value: values[field],
    onChange: set(field),
    name: field,
  });
  const message = (p: Problem) => (t.language === 'en' ? p.messageEn : p.message);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const result = await props.onSubmit(values);
    setSaving(false);
    if (result.kind === 'saved') {
      setProblems([]);
      props.onSaved(result);
    } else if (result.kind === 'invalid') {
      setProblems(result.problems.map(message));
    } else {
      setProblems([t[result.kind]]);
    }
  };

  const toggle = (id: string, checked: boolean) =>
    setValues((v) => ({
      ...v,
      organisationIds: checked
        ? [...v.organisationIds, id]
        : v.organisationIds.filter((o) => o !== id),
    }));

  return (
    <form className={styles.form} onSubmit={submit} data-testid={props.testId} noValidate>
      <h2 className={styles.heading}>{props.heading}</h2>
      <ProblemsBar lead={t.notSaved} problems={problems} testId="meeting-form-problems" />
      {props.organisations !== undefined && (
        <Field label={t.theme} required>
          <Input {...bind('theme')} maxLength={200} />
        </Field>
      )}
      <div className={styles.times}>
        <Field label={t.date} required>
          <Input type="date" {...bind('date')} />
        </Field>
        <Field label={t.startTime} required>
          <Input type="time" {...bind('startTime')} />
        </Field>
        <Field label={t.endTime} required>
          <Input type="time" {...bind('endTime')} />
        </Field>
      </div>
      {props.organisations !== undefined && (
        <>
          <Field label={t.agenda}>
            <Textarea {...bind('agenda')} maxLength={4000} />
          </Field>
          <Field label={t.teamsLink}>
            <Input type="url" {...bind('teamsLink')} />
          </Field>
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>{t.constellation}</legend>
            {props.organisations.map((o) => (
              <Checkbox
                key={o.id}
                label={o.name}
                checked={values.organisationIds.includes(o.id)}
                onChange={(_e, data) => toggle(o.id, data.checked === true)}
              />
            ))}
          </fieldset>
        </>
      )}
      <div>
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? t.saving : t.save}
        </Button>
      </div>
    </form>
  );
}
