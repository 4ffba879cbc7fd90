import {
  SUPPORT_AUDIENCES,
  SUPPORT_CATEGORIES,
  type SupportCategory,
  type SupportContact,
  type SupportEntry,
  type SupportStatus,
} from '../../domain/support/support-types';
import type { Translate } from '../../i18n';
import template from './support-edit-card.json';
import { renderCard, type AdaptiveCardJson } from './render';
import { buildSupportPreviewCard } from './support-entries-card';

/** The form's values as the inputs hold them (what HR typed is kept on a refused save). */
export interface SupportFormValues {
  readonly title: string;
  readonly body: string;
  /** Comma-separated audiences, as a multi-select ChoiceSet submits them. */
  readonly audiences: string;
  readonly category: SupportCategory | '';
  /** One contact per line: "Namn; telefon; e-post; webbadress". */
  readonly contacts: string;
  readonly validFrom: string;
  readonly validTo: string;
  readonly source: string;
}

/** Contacts as the multiline input shows them. */
export function contactsText(contacts: readonly SupportContact[]): string {
  return contacts
    .map((c) => [c.name, c.phone, c.email, c.url].join('; ').replace(/(; )+$/, ''))
    .join('\n');
}

/** A stored entry as form values. */
export function formValuesOf(entry: SupportEntry): SupportFormValues {
  return {
    title: entry.title,
    body: entry.body,
    audiences: entry.audiences.join(','),
    category: entry.category,
    contacts: contactsText(entry.contacts),
    validFrom: entry.validFrom ?? '',
    validTo: entry.validTo ?? '',
    source: entry.source,
  };
}

export const EMPTY_SUPPORT_FORM: SupportFormValues = {
  title: '',
  body: '',
  audiences: '',
  category: '',
  contacts: '',
  validFrom: '',
  validTo: '',
  source: '',
};

export interface SupportEditCardInput {
  readonly t: Translate;
  /** '' for a new entry. */
  readonly entryId: string;
  /** The version the form started from: the concurrency token. */
  readonly version: number;
  /** The stored entry's status, or null for a new one. */
  readonly status: SupportStatus | null;
  readonly values: SupportFormValues;
  /** Already-translated problems (no user text in them). */
  readonly problems: readonly string[];
  /** When set, the entry as readers would see it, shown above the form (nothing stored). */
  readonly preview: Pick<SupportEntry, 'category' | 'title' | 'body' | 'contacts'> | null;
}

/**
 * HR's form for one entry: title, body, audiences, category, contacts (one per line),
 * validity dates and source, with Spara, Förhandsgranska and Avbryt. Typed values are
 * kept when a save is refused. User text only in input values (and the preview's TextRuns
 * and sanitized body). Pure.
 */
export function buildSupportEditCard(input: SupportEditCardInput): AdaptiveCardJson {
  const { t } = input;
  const form = renderCard(template, {
    heading: input.entryId === '' ? t('supportForm.newTitle') : t('supportForm.editTitle'),
    statusLine:
      input.status === null
        ? ''
        : t('supportForm.status', { status: t(`supportAdmin.status.${input.status}`) }),
    hasProblems: input.problems.length > 0,
    problemsHeading:
      input.preview === null ? t('supportForm.problems') : t('supportForm.previewProblems'),
    problems: input.problems.map((message) => ({ message })),
    values: input.values,
    audienceChoices: SUPPORT_AUDIENCES.map((value) => ({
      title: t(`support.audience.${value}`),
      value,
    })),
    categoryChoices: SUPPORT_CATEGORIES.map((value) => ({
      title: t(`support.category.${value}`),
      value,
    })),
    labels: {
      title: t('supportForm.title'),
      titleRequired: t('supportForm.titleRequired'),
      body: t('supportForm.body'),
      audiences: t('supportForm.audiences'),
      category: t('supportForm.category'),
      categoryRequired: t('supportForm.categoryRequired'),
      contacts: t('supportForm.contacts'),
      contactsPlaceholder: t('supportForm.contactsPlaceholder'),
      validFrom: t('supportForm.validFrom'),
      validTo: t('supportForm.validTo'),
      source: t('supportForm.source'),
      save: t('supportForm.save'),
      preview: t('supportForm.preview'),
      cancel: t('supportForm.cancel'),
    },
    entryId: input.entryId,
    version: String(input.version),
  });
  if (input.preview === null) return form;
  const preview = buildSupportPreviewCard(t, input.preview);
  const [heading, ...rest] = form.body;
  return {
    ...form,
    body: [
      ...(heading === undefined ? [] : [heading]),
      { type: 'Container', style: 'emphasis', spacing: 'Medium', items: preview.body },
      ...rest,
    ],
  };
}
