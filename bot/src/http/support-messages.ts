import { SUPPORT_LIMITS, type SupportProblem } from '../domain/support/support-rules';

/** A problem as the API sends it: the field, the code and a short Swedish message. */
export interface ProblemBody {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

const CONTACT_FIELD = /^contacts\[(\d+)\]\.(name|phone|email|url)$/;

/** The Swedish name of a field, in the definite form used after "Fyll i". */
function label(field: string): { name: string; limit: number | null } {
  const contact = CONTACT_FIELD.exec(field);
  if (contact !== null) {
    const n = Number(contact[1]) + 1;
    switch (contact[2]) {
      case 'name':
        return { name: `namnet på kontakt ${n}`, limit: SUPPORT_LIMITS.contactName };
      case 'phone':
        return { name: `telefonnumret för kontakt ${n}`, limit: null };
      case 'email':
        return { name: `e-postadressen för kontakt ${n}`, limit: SUPPORT_LIMITS.contactEmail };
      default:
        return { name: `länken för kontakt ${n}`, limit: SUPPORT_LIMITS.contactUrl };
    }
  }
  switch (field) {
    case 'title':
      return { name: 'rubriken', limit: SUPPORT_LIMITS.title };
    case 'body':
      return { name: 'texten', limit: SUPPORT_LIMITS.body };
    case 'audiences':
      return { name: 'målgruppen', limit: null };
    case 'category':
      return { name: 'kategorin', limit: null };
    case 'ownerOrganisationId':
      return { name: 'ansvarig organisation', limit: null };
    case 'validFrom':
      return { name: 'giltig från', limit: null };
    case 'validTo':
      return { name: 'giltig till', limit: null };
    case 'source':
      return { name: 'källan', limit: SUPPORT_LIMITS.source };
    case 'contacts':
      return { name: 'kontakterna', limit: SUPPORT_LIMITS.contacts };
    default:
      return { name: field, limit: null };
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The short Swedish message HR sees next to the field. */
export function problemMessage(problem: SupportProblem): string {
  const { name, limit } = label(problem.field);
  switch (problem.code) {
    case 'required':
      return `Fyll i ${name}`;
    case 'too-long':
      if (problem.field === 'contacts') return `Högst ${SUPPORT_LIMITS.contacts} kontakter`;
      return limit === null
        ? `${capitalize(name)} är för lång`
        : `${capitalize(name)} får vara högst ${limit} tecken`;
    case 'invalid-phone':
      return 'Telefonnumret ser inte ut som ett svenskt nummer';
    case 'invalid-email':
      return 'E-postadressen ser inte ut som en e-postadress';
    case 'invalid-url':
      return 'Länken måste börja med https://';
    case 'dates-reversed':
      return 'Giltig till kan inte vara före giltig från';
    case 'no-audience':
      return 'Välj minst en målgrupp: chef, kollega eller medarbetare';
  }
}

export function problemBody(problem: SupportProblem): ProblemBody {
  return { field: problem.field, code: problem.code, message: problemMessage(problem) };
}

/** A field the request had in the wrong shape (before any domain rule). */
export function formatProblem(field: string): ProblemBody {
  if (field === '')
    return { field, code: 'invalid-format', message: 'Uppgifterna kunde inte läsas' };
  if (field === 'validFrom' || field === 'validTo')
    return { field, code: 'invalid-format', message: 'Skriv datumet som ÅÅÅÅ-MM-DD' };
  return {
    field,
    code: 'invalid-format',
    message: `${capitalize(label(field).name)} har fel format`,
  };
}
