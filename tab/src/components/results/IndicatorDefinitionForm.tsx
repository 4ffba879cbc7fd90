import {
  Button,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import {
  removeDefinition,
  saveDefinition,
  type DefinitionChoices,
  type DefinitionForm,
  type DefinitionProblem,
} from '../../api/indicator-definitions-client';
import type { IndicatorView } from '../../api/indicators-client';
import type { DefinitionTexts } from '../../i18n/indicator-definition-texts';

const useStyles = makeStyles({
  form: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    marginTop: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalS,
    minWidth: 0,
  },
  fields: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  field: {
    flex: '1 1 12rem',
    minWidth: 0,
    maxWidth: '100%',
    gridTemplateColumns: 'minmax(0, 1fr)',
  },
  wide: { flex: '1 1 100%', minWidth: 0, maxWidth: '100%', gridTemplateColumns: 'minmax(0, 1fr)' },
  control: { width: '100%', minWidth: 0, maxWidth: '100%' },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

const typed = (n: number): string => String(n).replace('.', ',');

const EMPTY: DefinitionForm = {
  name: '',
  nameEn: '',
  description: '',
  unit: '',
  direction: 'higher-is-better',
  baselineValue: '',
  baselineYear: '',
  targetValue: '',
  targetYear: '',
  source: '',
  koladaKpi: '',
  goal: '',
  activityId: '',
  organisation: '',
};

/** The form's fields for an indicator shown in the view (an edit), or empty (a new one). */
function formOf(m: IndicatorView | null): DefinitionForm {
  if (m === null) return EMPTY;
  return {
    name: m.name,
    nameEn: m.nameEn ?? '',
    description: m.description ?? '',
    unit: m.unit,
    direction: m.direction,
    baselineValue: m.baseline === null ? '' : typed(m.baseline.value),
    baselineYear: m.baseline === null ? '' : String(m.baseline.year),
    targetValue: m.target === null ? '' : typed(m.target.value),
    targetYear: m.target === null ? '' : String(m.target.year),
    source: m.source ?? '',
    koladaKpi: m.kolada?.kpiId ?? '',
    goal: m.goal === null ? '' : String(m.goal),
    activityId: m.activityId ?? '',
    organisation: m.organisation?.id ?? '',
  };
}

/** Which form field shows a problem of the server's (a year's problem shows at its value). */
const FIELD_OF: Record<string, keyof DefinitionForm> = {
  baseline: 'baselineValue',
  target: 'targetValue',
};

/**
 * Samordning's form to create or change an indicator (decision 0032): every field labelled,
 * each refusal in Swedish at its field, the form kept as typed. Narrow-safe: fields wrap.
 */
export function IndicatorDefinitionForm(props: {
  choices: DefinitionChoices;
  indicator: IndicatorView | null;
  t: DefinitionTexts;
  english: boolean;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const { t, choices } = props;
  const [form, setForm] = useState<DefinitionForm>(() => formOf(props.indicator));
  const [problems, setProblems] = useState<readonly DefinitionProblem[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const id = props.indicator?.id ?? 'nytt';
  const headingId = `matt-form-${id}`;
  const set = (field: keyof DefinitionForm) => (value: string) =>
    setForm((f) => ({ ...f, [field]: value }));
  const problemAt = (field: keyof DefinitionForm): string | undefined => {
    const found = problems.find((p) => (FIELD_OF[p.field] ?? p.field) === field);
    return found === undefined ? undefined : props.english ? found.messageEn : found.message;
  };
  const save = async () => {
    setBusy(true);
    const result = await saveDefinition(props.indicator?.id ?? null, form);
    setBusy(false);
    if (result.kind === 'saved') {
      setProblems([]);
      setError('');
      props.onSaved();
      return;
    }
    setProblems(result.problems ?? []);
    setError(
      result.kind === 'refused'
        ? (result.problems ?? []).length > 0
          ? ''
          : props.english
            ? result.messageEn
            : result.message
        : t.failed,
    );
  };
  const text = (
    field: keyof DefinitionForm,
    label: string,
    extra: { hint?: string; wide?: boolean; inputMode?: 'decimal' | 'numeric' } = {},
  ) => (
    <Field
      label={label}
      hint={extra.hint}
      className={extra.wide === true ? styles.wide : styles.field}
      validationMessage={problemAt(field)}
      validationState={problemAt(field) === undefined ? 'none' : 'error'}
    >
      <Input
        className={styles.control}
        value={form[field]}
        inputMode={extra.inputMode}
        onChange={(_e, d) => set(field)(d.value)}
      />
    </Field>
  );
  const select = (
    field: keyof DefinitionForm,
    label: string,
    options: readonly { value: string; label: string }[],
    hint?: string,
  ) => (
    <Field
      label={label}
      hint={hint}
      className={styles.field}
      validationMessage={problemAt(field)}
      validationState={problemAt(field) === undefined ? 'none' : 'error'}
    >
      <Select
        className={styles.control}
        value={form[field]}
        onChange={(_e, d) => set(field)(d.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
  const activities = choices.activities.filter(
    (a) => form.goal === '' || String(a.goal) === form.goal || a.id === form.activityId,
  );
  return (
    <form
      className={styles.form}
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id={headingId}>
        {props.indicator === null ? t.newHeading : t.editHeading(props.indicator.name)}
      </h3>
      <div className={styles.fields}>
        {text('name', t.name, { wide: true })}
        {text('nameEn', t.nameEn, { wide: true })}
        <Field label={t.description} className={styles.wide}>
          <Textarea
            className={styles.control}
            value={form.description}
            onChange={(_e, d) => set('description')(d.value)}
          />
        </Field>
        {text('unit', t.unit, { hint: t.unitHint })}
        {select('direction', t.direction, [
          { value: 'higher-is-better', label: t.higher },
          { value: 'lower-is-better', label: t.lower },
        ])}
        {text('baselineValue', t.baselineValue, { inputMode: 'decimal' })}
        {text('baselineYear', t.baselineYear, { inputMode: 'numeric' })}
        {text('targetValue', t.targetValue, { inputMode: 'decimal' })}
        {text('targetYear', t.targetYear, { inputMode: 'numeric' })}
        {text('source', t.source)}
        {text('koladaKpi', t.koladaKpi, { hint: t.koladaHint })}
        {select('goal', t.goal, [
          { value: '', label: t.wholePlan },
          ...choices.goals.map((g) => ({
            value: String(g.number),
            label: t.goalOption(g.number, g.title),
          })),
        ])}
        {select('activityId', t.activity, [
          { value: '', label: t.noActivity },
          ...activities.map((a) => ({ value: a.id, label: a.title })),
        ])}
        {select(
          'organisation',
          t.organisation,
          [
            { value: '', label: t.noOrganisation },
            ...choices.organisations.map((o) => ({ value: o.id, label: o.name })),
          ],
          t.organisationHint,
        )}
      </div>
      {error !== '' && <p role="alert">{error}</p>}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {t.save}
        </Button>
        <Button onClick={props.onCancel}>{t.cancel}</Button>
      </div>
    </form>
  );
}

/**
 * Where an indicator comes from and, for Samordning and an indicator defined in the tab,
 * "Ändra" (the form in place) and "Ta bort" (after a confirmation).
 */
export function DefinitionActions(props: {
  indicator: IndicatorView;
  name: string;
  /** The id of the indicator's heading: the buttons are described by it. */
  headingId: string;
  choices: DefinitionChoices | null;
  t: DefinitionTexts;
  english: boolean;
  onChanged: (message: string) => void;
}) {
  const styles = useStyles();
  const { t, indicator: m } = props;
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const [error, setError] = useState('');
  const own = m.origin === 'tab';
  const canChange = own && props.choices?.canDefine === true;
  const remove = async () => {
    const result = await removeDefinition(m.id);
    if (result.kind === 'saved') {
      setMode('view');
      props.onChanged(t.removed);
    } else {
      setError(
        result.kind === 'refused' ? (props.english ? result.messageEn : result.message) : t.failed,
      );
    }
  };
  return (
    <>
      <p className={styles.muted}>{own ? t.fromTab : t.fromPlanFile}</p>
      {canChange && mode === 'view' && (
        <div className={styles.actions}>
          <Button aria-describedby={props.headingId} onClick={() => setMode('edit')}>
            {t.edit}
          </Button>
          <Button aria-describedby={props.headingId} onClick={() => setMode('confirm')}>
            {t.remove}
          </Button>
        </div>
      )}
      {canChange && mode === 'confirm' && (
        <div role="group" aria-describedby={props.headingId} aria-label={t.remove}>
          <p>{t.confirmRemove(props.name)}</p>
          {error !== '' && <p role="alert">{error}</p>}
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => void remove()}>
              {t.confirm}
            </Button>
            <Button onClick={() => setMode('view')}>{t.cancel}</Button>
          </div>
        </div>
      )}
      {canChange && mode === 'edit' && props.choices !== null && (
        <IndicatorDefinitionForm
          choices={props.choices}
          indicator={m}
          t={t}
          english={props.english}
          onSaved={() => {
            setMode('view');
            props.onChanged(t.saved);
          }}
          onCancel={() => setMode('view')}
        />
      )}
    </>
  );
}
