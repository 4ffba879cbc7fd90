import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useEffect, useId, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { createSupportEntry, updateSupportEntry } from '../api/support-client';
import {
  SUPPORT_AUDIENCES,
  SUPPORT_CATEGORIES,
  type EditorEntry,
  type SupportAudience,
  type SupportCategory,
  type SupportContact,
  type SupportEntry,
  type SupportEntryInput,
  type SupportProblem,
} from '../api/support-types';
import type { SupportTexts } from '../i18n/use-support-messages';
import { useSupportMessages } from '../i18n/use-support-messages';
import { useHost } from '../teams/teams-context';
import { SupportEntryCard } from './SupportEntryCard';
import { ConflictBar } from './ConflictBar';
import { Notice } from './Notice';

interface ContactRow extends SupportContact {
  /** Identifies the row across additions and removals (React key, element ids). */
  key: number;
}

interface FormValues {
  title: string;
  body: string;
  audiences: SupportAudience[];
  category: SupportCategory;
  contacts: ContactRow[];
  validFrom: string;
  validTo: string;
  source: string;
}

let nextRowKey = 1;
const newRow = (contact?: SupportContact): ContactRow => ({
  name: contact?.name ?? '',
  phone: contact?.phone ?? '',
  email: contact?.email ?? '',
  url: contact?.url ?? '',
  key: nextRowKey++,
});

function valuesFrom(entry: EditorEntry | null): FormValues {
  return entry === null
    ? {
        title: '',
        body: '',
        audiences: [],
        category: 'stod-for-dig-som-ar-utsatt',
        contacts: [newRow()],
        validFrom: '',
        validTo: '',
        source: '',
      }
    : {
        title: entry.title,
        body: entry.body,
        audiences: [...entry.audiences],
        category: entry.category,
        contacts: entry.contacts.map(newRow),
        validFrom: entry.validFrom ?? '',
        validTo: entry.validTo ?? '',
        source: entry.source,
      };
}

function inputFrom(values: FormValues, ownerOrganisationId: string): SupportEntryInput {
  return {
    title: values.title,
    body: values.body,
    // In the order readers and the server know them, whatever order they were ticked in.
    audiences: SUPPORT_AUDIENCES.filter((a) => values.audiences.includes(a)),
    category: values.category,
    contacts: values.contacts.map(({ name, phone, email, url }) => ({ name, phone, email, url })),
    ownerOrganisationId,
    validFrom: values.validFrom === '' ? null : values.validFrom,
    validTo: values.validTo === '' ? null : values.validTo,
    source: values.source,
  };
}

const CONTACT_FIELDS = ['name', 'phone', 'email', 'url'] as const;
type ContactField = (typeof CONTACT_FIELDS)[number];

function contactFieldLabel(field: ContactField, t: SupportTexts): string {
  switch (field) {
    case 'name':
      return t.contactName;
    case 'phone':
      return t.contactPhone;
    case 'email':
      return t.contactEmail;
    case 'url':
      return t.contactUrl;
  }
}

const INPUT_TYPES: Record<ContactField, 'text' | 'tel' | 'email' | 'url'> = {
  name: 'text',
  phone: 'tel',
  email: 'email',
  url: 'url',
};

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  summary: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorStatusDangerBorder2}`,
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorNeutralForeground1,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
    '& p': { margin: 0, ...typographyStyles.body1Strong },
    '& ul': { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
    '& a': { color: tokens.colorNeutralForeground1, textDecoration: 'underline' },
  },
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: {
    ...typographyStyles.body1Strong,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  checkboxes: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
  },
  error: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorStatusDangerForeground1,
  },
  contactGrid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))',
    alignItems: 'start',
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-start',
  },
  note: {
    ...typographyStyles.caption1,
    margin: 0,
    color: tokens.colorNeutralForeground2,
  },
  ownerLabel: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  owner: {
    margin: 0,
  },
  preview: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
  },
  previewHeading: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
});

/**
 * HR's form for one support entry (new or existing): every field with the server's problems
 * next to it and summarised on top, a client-side preview that stores nothing, and Spara.
 * A 409 (someone else saved first) offers to load the latest version.
 */
export function SupportEntryForm({
  entry,
  organisation,
  onSaved,
  onCancel,
  onConflictReload,
}: {
  /** The entry to edit, or null for a new one. */
  entry: EditorEntry | null;
  organisation: { id: string; name: string } | null;
  onSaved: (entry: EditorEntry) => void;
  onCancel: () => void;
  /** Replace the form with the entry's latest version (null: it could not be read). */
  onConflictReload: (current: EditorEntry | null) => void;
}) {
  const styles = useStyles();
  const t = useSupportMessages();
  const { language } = useHost();
  const id = useId();
  const [values, setValues] = useState<FormValues>(() => valuesFrom(entry));
  const [problems, setProblems] = useState<SupportProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ current: EditorEntry | null } | null>(null);
  const [saving, setSaving] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const ownerId = entry?.ownerOrganisationId ?? organisation?.id ?? '';
  const ownerName =
    entry === null || entry.ownerOrganisationId === organisation?.id
      ? (organisation?.name ?? ownerId)
      : ownerId;

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => {
    if (problems.length > 0) summaryRef.current?.focus();
  }, [problems]);

  const fieldId = (field: string): string => {
    const contact = /^contacts\[(\d+)\]\.(\w+)$/.exec(field);
    if (contact) {
      const row = values.contacts[Number(contact[1])];
      return row ? `${id}-contact-${row.key}-${contact[2]}` : `${id}-contacts`;
    }
    if (field === 'audiences') return `${id}-audience-${SUPPORT_AUDIENCES[0]}`;
    return `${id}-${field}`;
  };

  const fieldLabel = (field: string): string => {
    const contact = /^contacts\[(\d+)\]\.(\w+)$/.exec(field);
    if (contact) {
      const name = contact[2] as ContactField;
      const label = CONTACT_FIELDS.includes(name) ? contactFieldLabel(name, t) : (contact[2] ?? '');
      return `${t.contactLegend(Number(contact[1]) + 1)}, ${label}`;
    }
    const labels: Record<string, string> = {
      title: t.fieldTitle,
      body: t.fieldBody,
      audiences: t.fieldAudiences,
      category: t.fieldCategory,
      contacts: t.fieldContacts,
      validFrom: t.fieldValidFrom,
      validTo: t.fieldValidTo,
      source: t.fieldSource,
      ownerOrganisationId: t.fieldOwner,
    };
    return labels[field] ?? field;
  };

  const problemText = (problem: SupportProblem): string =>
    language === 'sv' ? problem.message : (t.problemCodes[problem.code] ?? problem.message);

  const problemFor = (field: string): string | undefined => {
    const problem = problems.find((p) => p.field === field);
    return problem ? problemText(problem) : undefined;
  };

  const validation = (field: string) => {
    const message = problemFor(field);
    return message === undefined
      ? {}
      : { validationState: 'error' as const, validationMessage: message };
  };

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const setContact = (key: number, field: ContactField, value: string) =>
    setValues((current) => ({
      ...current,
      contacts: current.contacts.map((row) => (row.key === key ? { ...row, [field]: value } : row)),
    }));

  const preview: SupportEntry = {
    id: entry?.id ?? 'preview',
    title: values.title.trim(),
    body: values.body,
    audiences: values.audiences,
    category: values.category,
    contacts: values.contacts,
    validTo: values.validTo === '' ? null : values.validTo,
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    setFailure(null);
    setConflict(null);
    const input = inputFrom(values, ownerId);
    const result =
      entry === null
        ? await createSupportEntry(input)
        : await updateSupportEntry(entry.id, entry.version, input);
    setSaving(false);
    switch (result.kind) {
      case 'saved':
        setProblems([]);
        onSaved(result.entry);
        return;
      case 'invalid':
        if (result.problems.length > 0) setProblems(result.problems);
        else setFailure(t.saveFailed);
        return;
      case 'conflict':
        setConflict({ current: result.current });
        return;
      case 'forbidden':
        setFailure(t.editorForbidden);
        return;
      case 'failed':
        setFailure(t.saveFailed);
        return;
    }
  };

  const jumpTo = (field: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(fieldId(field))?.focus();
  };

  const audienceError = problemFor('audiences');
  const contactsError = problemFor('contacts');

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${id}-heading`}
      data-testid="support-form"
    >
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className={styles.heading}>
        {entry === null ? t.formNewHeading : t.formEditHeading}
      </h3>

      {problems.length > 0 && (
        <div
          ref={summaryRef}
          className={styles.summary}
          role="alert"
          tabIndex={-1}
          data-testid="support-form-problems"
        >
          <p>{t.saveProblems}</p>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>
                <a href={`#${fieldId(problem.field)}`} onClick={jumpTo(problem.field)}>
                  {`${fieldLabel(problem.field)}: ${problemText(problem)}`}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      {conflict !== null && (
        <ConflictBar
          onReload={() => onConflictReload(conflict.current)}
          testId="support-conflict"
        />
      )}

      {failure !== null && (
        <Notice intent="error" role="alert">
          {failure}
        </Notice>
      )}

      <Field label={t.fieldTitle} required {...validation('title')}>
        <Input
          id={`${id}-title`}
          value={values.title}
          onChange={(_e, data) => set('title', data.value)}
        />
      </Field>

      <Field label={t.fieldBody} hint={t.fieldBodyHint} required {...validation('body')}>
        <Textarea
          id={`${id}-body`}
          value={values.body}
          rows={8}
          resize="vertical"
          onChange={(_e, data) => set('body', data.value)}
        />
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t.fieldAudiences}</legend>
        <div className={styles.checkboxes}>
          {SUPPORT_AUDIENCES.map((audience) => (
            <Checkbox
              key={audience}
              id={`${id}-audience-${audience}`}
              label={t.audienceNames[audience]}
              checked={values.audiences.includes(audience)}
              onChange={(_e, data) =>
                set(
                  'audiences',
                  data.checked === true
                    ? [...values.audiences, audience]
                    : values.audiences.filter((a) => a !== audience),
                )
              }
              {...(audienceError === undefined
                ? {}
                : { 'aria-describedby': `${id}-audiences-error`, 'aria-invalid': true })}
            />
          ))}
        </div>
        {audienceError !== undefined && (
          <p id={`${id}-audiences-error`} className={styles.error}>
            {audienceError}
          </p>
        )}
      </fieldset>

      <Field label={t.fieldCategory} {...validation('category')}>
        <Select
          id={`${id}-category`}
          value={values.category}
          onChange={(_e, data) => {
            const category = SUPPORT_CATEGORIES.find((c) => c === data.value);
            if (category) set('category', category);
          }}
        >
          {SUPPORT_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t.categories[category]}
            </option>
          ))}
        </Select>
      </Field>

      <fieldset className={styles.fieldset} id={`${id}-contacts`} tabIndex={-1}>
        <legend className={styles.legend}>{t.fieldContacts}</legend>
        {contactsError !== undefined && <p className={styles.error}>{contactsError}</p>}
        {values.contacts.length === 0 && <p className={styles.note}>{t.noContacts}</p>}
        {values.contacts.map((row, index) => (
          <fieldset key={row.key} className={styles.fieldset} data-testid="support-contact">
            <legend className={styles.legend}>{t.contactLegend(index + 1)}</legend>
            <div className={styles.contactGrid}>
              {CONTACT_FIELDS.map((field) => (
                <Field
                  key={field}
                  label={contactFieldLabel(field, t)}
                  {...validation(`contacts[${index}].${field}`)}
                >
                  <Input
                    id={`${id}-contact-${row.key}-${field}`}
                    type={INPUT_TYPES[field]}
                    value={row[field]}
                    onChange={(_e, data) => setContact(row.key, field, data.value)}
                  />
                </Field>
              ))}
            </div>
            <div>
              <Button
                onClick={() =>
                  set(
                    'contacts',
                    values.contacts.filter((r) => r.key !== row.key),
                  )
                }
              >
                {t.removeContact(index + 1)}
              </Button>
            </div>
          </fieldset>
        ))}
        <div>
          <Button onClick={() => set('contacts', [...values.contacts, newRow()])}>
            {t.addContact}
          </Button>
        </div>
      </fieldset>

      <div className={styles.row}>
        <Field label={t.fieldValidFrom} hint={t.fieldDatesHint} {...validation('validFrom')}>
          <Input
            id={`${id}-validFrom`}
            type="date"
            value={values.validFrom}
            onChange={(_e, data) => set('validFrom', data.value)}
          />
        </Field>
        <Field label={t.fieldValidTo} {...validation('validTo')}>
          <Input
            id={`${id}-validTo`}
            type="date"
            value={values.validTo}
            onChange={(_e, data) => set('validTo', data.value)}
          />
        </Field>
      </div>

      <Field label={t.fieldSource} hint={t.fieldSourceHint} {...validation('source')}>
        <Textarea
          id={`${id}-source`}
          value={values.source}
          rows={2}
          resize="vertical"
          onChange={(_e, data) => set('source', data.value)}
        />
      </Field>

      <div>
        <p className={styles.ownerLabel}>{t.fieldOwner}</p>
        <p className={styles.owner} id={`${id}-ownerOrganisationId`} tabIndex={-1}>
          {ownerName === '' ? t.noOrganisation : ownerName}
        </p>
        {problemFor('ownerOrganisationId') !== undefined && (
          <p className={styles.error}>{problemFor('ownerOrganisationId')}</p>
        )}
      </div>

      {previewing && (
        <section
          className={styles.preview}
          aria-labelledby={`${id}-preview`}
          data-testid="support-preview"
        >
          <h4 id={`${id}-preview`} className={styles.previewHeading}>
            {t.previewHeading}
          </h4>
          <p className={styles.note}>{t.previewNote}</p>
          <SupportEntryCard entry={preview} headingLevel={5} />
        </section>
      )}

      <div className={styles.row}>
        <Button appearance="primary" type="submit" disabledFocusable={saving}>
          {saving ? t.saving : t.save}
        </Button>
        <Button aria-expanded={previewing} onClick={() => setPreviewing((on) => !on)}>
          {previewing ? t.hidePreview : t.preview}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
