import type { KoladaFailure } from '../ports/kolada.port';

/** Why a Kolada value "saknas", as a user reads it (Swedish first, English second). */
export const KOLADA_REASONS: Readonly<Record<KoladaFailure, { sv: string; en: string }>> = {
  unreachable: { sv: 'Kolada går inte att nå just nu.', en: 'Kolada cannot be reached right now.' },
  timeout: { sv: 'Kolada svarade inte i tid.', en: 'Kolada did not answer in time.' },
  'rate-limited': {
    sv: 'Kolada tar inte emot fler frågor just nu.',
    en: 'Kolada takes no more questions right now.',
  },
  'server-error': { sv: 'Kolada har ett fel just nu.', en: 'Kolada has an error right now.' },
  'not-found': {
    sv: 'Kolada har inget nyckeltal med det id:t.',
    en: 'Kolada has no key figure with that id.',
  },
  'bad-response': {
    sv: 'Kolada svarade med något som inte gick att läsa.',
    en: 'Kolada answered with something that could not be read.',
  },
};
