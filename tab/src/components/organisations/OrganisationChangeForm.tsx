import { Field, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  changeOrganisation,
  type ListedOrganisation,
  type OrganisationChangeInput,
} from '../../api/organisations-client';
import { usePeopleMessages } from '../../i18n/use-people-messages';
import { failureNotice, SubmitWithNotice, type NoticeText } from '../plan-period/LiveNotice';
import { usePlanPeriodStyles } from '../plan-period/plan-period-styles';
import { ProblemsBar } from '../ProblemsBar';
import { LabelledInput } from './LabelledInput';
import { SplitFields, type SplitPart } from './SplitFields';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const KINDS = ['rename', 'merge', 'split'] as const;
type Kind = (typeof KINDS)[number];
const NOTICE = 'organisation-notice';
const NO_PARTS: SplitPart[] = [
  { id: '', name: '' },
  { id: '', name: '' },
];

/** The server's refusal: its lead and its lines. */
interface Refused {
  readonly lead: string;
  readonly lines: readonly string[];
}

/**
 * "Ändra en organisation" (Samordning): rename, merge or split an organisation that exists,
 * from a day (`Från och med`), with the fields of that kind. Missing fields are said at the
 * field, the first one focused; the server's refusal (in its words, nothing stored) in a
 * problems bar that takes the focus; what was done in a polite live region, and `onChanged`
 * reloads what the change touched.
 */
export function OrganisationChangeForm({
  organisations,
  onChanged,
}: {
  organisations: readonly ListedOrganisation[];
  onChanged: () => void;
}) {
  const styles = usePlanPeriodStyles();
  const people = usePeopleMessages();
  const t = people.organisations;
  const kindLegend = useId();
  const [kind, setKind] = useState<Kind>('rename');
  const [organisation, setOrganisation] = useState('');
  const [from, setFrom] = useState('');
  const [name, setName] = useState('');
  const [into, setInto] = useState('');
  const [parts, setParts] = useState<SplitPart[]>(NO_PARTS);
  const [placement, setPlacement] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refused, setRefused] = useState<Refused | null>(null);
  const [notice, setNotice] = useState<NoticeText | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = useRef(new Map<string, HTMLElement>());
  const problemsRef = useRef<HTMLDivElement>(null);
  const fieldRef = (key: string) => (element: HTMLElement | null) => {
    if (element === null) fields.current.delete(key);
    else fields.current.set(key, element);
  };
  const submitLabels = [t.submit, t.submitting] as const;
  /** A field's problem and where the focus goes for it. */
  const problemOf = (key: string) => ({ error: errors[key], inputRef: fieldRef(key) });
  // Ended organisations have a past only: a change applies to one that exists.
  const open = organisations.filter((o) => o.validTo === null);
  const chosen = open.find((o) => o.id === organisation);
  const activities = chosen?.activities ?? [];

  useEffect(() => {
    if (refused !== null) problemsRef.current?.focus();
  }, [refused]);

  const validate = (): Record<string, string> => {
    const found: Record<string, string> = {};
    if (chosen === undefined) found['organisation'] = t.organisationMissing;
    if (!DATE.test(from)) found['from'] = t.dateMissing;
    if (kind === 'rename' && name.trim() === '') found['name'] = t.nameMissing;
    if (kind === 'merge' && into === '') found['into'] = t.intoMissing;
    if (kind === 'split') {
      parts.forEach((part, i) => {
        if (part.id.trim() === '') found[`part-${String(i)}-id`] = t.partMissing;
        if (part.name.trim() === '') found[`part-${String(i)}-name`] = t.partMissing;
      });
      for (const a of activities)
        if ((placement[a.id] ?? '') === '') found[`activity-${a.id}`] = t.activityUnplaced;
    }
    return found;
  };

  const inputOf = (): OrganisationChangeInput => {
    if (kind === 'rename') return { kind, organisation, name, from };
    if (kind === 'merge') return { kind, organisation, into, from };
    const placed = activities.map((a) => [a.id, parts[Number(placement[a.id])]?.id.trim() ?? '']);
    return {
      kind,
      organisation,
      from,
      parts: parts.map((p) => ({ id: p.id.trim(), name: p.name.trim() })),
      activities: Object.fromEntries(placed),
    };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    setRefused(null);
    setNotice(null);
    // The first field with a problem, in the order of the page.
    const [first] = [...fields.current]
      .filter(([key]) => found[key] !== undefined)
      .map(([, element]) => element)
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    if (Object.keys(found).length > 0) {
      first?.focus();
      return;
    }
    setBusy(true);
    const result = await changeOrganisation(inputOf(), people.language === 'en');
    setBusy(false);
    if (result.kind === 'refused') {
      setRefused({ lead: result.refusal.message, lines: result.refusal.lines });
      return;
    }
    if (result.kind !== 'ok') {
      setNotice(failureNotice(result, t.failed));
      return;
    }
    const { message, messageEn } = result.data;
    setNotice({ intent: 'success', text: people.language === 'en' ? messageEn : message });
    setOrganisation('');
    setName('');
    setInto('');
    setParts(NO_PARTS);
    setPlacement({});
    onChanged();
  };

  return (
    <form
      className={styles.panel}
      onSubmit={(e) => void submit(e)}
      noValidate
      data-testid="organisation-change-form"
    >
      <div ref={problemsRef} tabIndex={-1}>
        <ProblemsBar
          lead={refused?.lead ?? ''}
          problems={refused?.lines ?? []}
          testId="organisation-problems"
        />
      </div>
      <fieldset className={styles.fieldset} aria-labelledby={kindLegend}>
        <legend className={styles.legend} id={kindLegend}>
          {t.kindLegend}
        </legend>
        <RadioGroup
          aria-labelledby={kindLegend}
          value={kind}
          onChange={(_event, data) => {
            setKind(data.value as Kind);
            // The other kind's fields are gone, and their problems with them.
            setErrors({});
          }}
        >
          {KINDS.map((k) => (
            <Radio key={k} value={k} label={t.changeKinds[k]} />
          ))}
        </RadioGroup>
      </fieldset>
      <OrganisationSelect
        label={t.organisation}
        value={organisation}
        options={open}
        {...problemOf('organisation')}
        onChange={(id) => {
          setOrganisation(id);
          setPlacement({});
        }}
      />
      <LabelledInput
        label={t.from}
        hint={t.fromHint}
        type="date"
        value={from}
        onChange={setFrom}
        {...problemOf('from')}
      />
      {kind === 'rename' && (
        <LabelledInput
          label={t.newName}
          value={name}
          maxLength={200}
          onChange={setName}
          {...problemOf('name')}
        />
      )}
      {kind === 'merge' && (
        <OrganisationSelect
          label={t.into}
          value={into}
          options={open.filter((o) => o.id !== organisation)}
          {...problemOf('into')}
          onChange={setInto}
        />
      )}
      {kind === 'split' && (
        <SplitFields
          organisation={chosen}
          parts={parts}
          onParts={setParts}
          placement={placement}
          onPlacement={(activityId, part) =>
            setPlacement((current) => ({ ...current, [activityId]: part }))
          }
          errors={errors}
          fieldRef={fieldRef}
        />
      )}
      <SubmitWithNotice busy={busy} labels={submitLabels} notice={notice} testId={NOTICE} />
    </form>
  );
}

/** A labelled choice of one organisation that exists. */
function OrganisationSelect({
  label,
  value,
  options,
  error,
  inputRef,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly ListedOrganisation[];
  error: string | undefined;
  inputRef: (element: HTMLElement | null) => void;
  onChange: (id: string) => void;
}) {
  const styles = usePlanPeriodStyles();
  const t = usePeopleMessages().organisations;
  return (
    <Field label={label} className={styles.field} validationMessage={error} required>
      <Select
        ref={inputRef}
        className={styles.select}
        value={value}
        onChange={(_event, data) => onChange(data.value)}
      >
        <option value="">{t.chooseOrganisation}</option>
        {[...options]
          .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
          .map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
      </Select>
    </Field>
  );
}
