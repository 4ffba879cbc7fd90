import type { z } from 'zod';
import {
  sanitizeSupportMarkdown,
  supportProblems,
  type SupportEntryInput,
  type SupportProblem,
} from '../../domain/support/support-rules';
import {
  SUPPORT_CATEGORIES,
  type SupportCategory,
  type SupportContact,
} from '../../domain/support/support-types';
import type { MessageKey, Translate } from '../../i18n';
import type { SupportFormValues } from '../cards/support-edit-card';
import type { SupportFormData } from './verbs';

/**
 * HR's edit form ↔ the domain's SupportEntryInput: contacts from the multiline text
 * ("Namn; telefon; e-post; webbadress", one per line) and problems as Swedish messages.
 * Pure.
 */

const FIELD_KEYS: Readonly<Record<string, MessageKey>> = {
  title: 'supportForm.field.title',
  body: 'supportForm.field.body',
  audiences: 'supportForm.field.audiences',
  category: 'supportForm.field.category',
  ownerOrganisationId: 'supportForm.field.ownerOrganisationId',
  validFrom: 'supportForm.field.validFrom',
  validTo: 'supportForm.field.validTo',
  source: 'supportForm.field.source',
  contacts: 'supportForm.field.contacts',
};

const CONTACT_FIELD = /^contacts\[(\d+)\]\.(name|phone|email|url)$/;

/** The Swedish (or English) name of a problem's field, e.g. "Kontakt 2, e-post". */
function fieldLabel(t: Translate, field: string): string {
  const contact = CONTACT_FIELD.exec(field);
  if (contact !== null) {
    const part = contact[2] as 'name' | 'phone' | 'email' | 'url';
    return t(`supportForm.field.contact.${part}`, { number: Number(contact[1]) + 1 });
  }
  return t(FIELD_KEYS[field] ?? 'supportForm.field.contacts');
}

/** One domain problem as a message; no user text in it. */
export function problemMessage(t: Translate, problem: SupportProblem): string {
  return t(`supportForm.problem.${problem.code}`, { field: fieldLabel(t, problem.field) });
}

/** Contacts from the multiline input, with a message per line that has too many parts. */
export function parseContacts(
  t: Translate,
  text: string,
): { contacts: SupportContact[]; problems: string[] } {
  const contacts: SupportContact[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const parts = line.split(';').map((part) => part.trim());
    if (parts.length > 4) {
      problems.push(t('supportForm.problem.contact-format', { line: index + 1 }));
      return;
    }
    contacts.push({
      name: parts[0] ?? '',
      phone: parts[1] ?? '',
      email: parts[2] ?? '',
      url: parts[3] ?? '',
    });
  });
  return { contacts, problems };
}

/** The domain input from the parsed form, with every problem the edge and the rules find. */
export function formInput(
  t: Translate,
  data: SupportFormData,
  ownerOrganisationId: string,
): { input: SupportEntryInput; problems: string[] } {
  const contacts = parseContacts(t, data.contacts);
  const input: SupportEntryInput = {
    title: data.title,
    body: data.body,
    audiences: data.audiences,
    category: data.category,
    contacts: contacts.contacts,
    ownerOrganisationId,
    validFrom: data.validFrom,
    validTo: data.validTo,
    source: data.source,
  };
  return {
    input,
    problems: [
      ...contacts.problems,
      ...supportProblems(input).map((problem) => problemMessage(t, problem)),
    ],
  };
}

/** The entry as readers would see it (title trimmed, body sanitized as on save). */
export function previewOf(input: SupportEntryInput): {
  category: SupportCategory;
  title: string;
  body: string;
  contacts: SupportContact[];
} {
  return {
    category: input.category,
    title: input.title.trim(),
    body: sanitizeSupportMarkdown(input.body),
    contacts: input.contacts.map((c) => ({
      name: c.name.trim(),
      phone: c.phone.trim(),
      email: c.email.trim(),
      url: c.url.trim(),
    })),
  };
}

/** The parsed form as the inputs show it again. */
export function valuesOf(data: SupportFormData): SupportFormValues {
  return {
    title: data.title,
    body: data.body,
    audiences: data.audiences.join(','),
    category: data.category,
    contacts: data.contacts,
    validFrom: data.validFrom ?? '',
    validTo: data.validTo ?? '',
    source: data.source,
  };
}

/** What HR typed, taken best effort from a payload the schema refused (to show it again). */
export function rawValuesOf(data: unknown): SupportFormValues {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const text = (key: string, max: number): string => {
    const value = record[key];
    return typeof value === 'string' ? value.slice(0, max) : '';
  };
  const category = text('category', 100);
  return {
    title: text('title', 200),
    body: text('body', 8000),
    audiences: text('audiences', 200),
    category: (SUPPORT_CATEGORIES as readonly string[]).includes(category)
      ? (category as SupportCategory)
      : '',
    contacts: text('contacts', 6000),
    validFrom: /^\d{4}-\d{2}-\d{2}$/.test(text('validFrom', 10)) ? text('validFrom', 10) : '',
    validTo: /^\d{4}-\d{2}-\d{2}$/.test(text('validTo', 10)) ? text('validTo', 10) : '',
    source: text('source', 2000),
  };
}

/** Why the schema refused a payload, as messages (no user text). */
export function schemaProblems(t: Translate, error: z.ZodError): string[] {
  const messages = error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    if (field === 'category') return t('supportForm.categoryRequired');
    if (issue.code === 'too_big' && field in FIELD_KEYS)
      return t('supportForm.problem.too-long', { field: fieldLabel(t, field) });
    if (field === 'validFrom' || field === 'validTo')
      return t('supportForm.problem.invalid-date', { field: fieldLabel(t, field) });
    return t('supportForm.problem.invalid');
  });
  return [...new Set(messages)];
}
