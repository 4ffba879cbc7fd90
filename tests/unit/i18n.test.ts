import en from '../../bot/src/i18n/en.json';
import sv from '../../bot/src/i18n/sv.json';
import { formatDate, languageOf, t, translator } from '../../bot/src/i18n';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('message catalogs', () => {
  const svCatalog: Record<string, string> = sv;
  const enCatalog: Record<string, string> = en;

  it('sv.json and en.json have exactly the same keys', () => {
    expect(Object.keys(enCatalog).sort()).toEqual(Object.keys(svCatalog).sort());
  });

  it('every message is a non-empty string', () => {
    for (const catalog of [svCatalog, enCatalog]) {
      for (const [key, value] of Object.entries(catalog)) {
        expect(typeof value).toBe('string');
        expect({ key, empty: value.trim() === '' }).toEqual({ key, empty: false });
      }
    }
  });

  it('each key has the same placeholders in both languages', () => {
    for (const key of Object.keys(svCatalog)) {
      expect({ key, placeholders: placeholders(enCatalog[key] ?? '') }).toEqual({
        key,
        placeholders: placeholders(svCatalog[key] ?? ''),
      });
    }
  });

  it('has a label for every report status', () => {
    for (const status of [
      'ej-paborjad',
      'pagar',
      'pagar-med-avvikelse',
      'framflyttad',
      'genomford',
      'avbruten',
    ]) {
      expect(svCatalog[`status.${status}`]).toBeDefined();
    }
  });
});

describe('languageOf', () => {
  it.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['en', 'en'],
    ['EN-us', 'en'],
    ['sv-SE', 'sv'],
    ['sv', 'sv'],
    ['de-DE', 'sv'],
    ['fi-FI', 'sv'],
    ['eng', 'sv'],
    ['', 'sv'],
  ])('%p → %s', (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });

  it('falls back to Swedish without a locale', () => {
    expect(languageOf(undefined)).toBe('sv');
    expect(languageOf(null)).toBe('sv');
  });
});

describe('t', () => {
  it('fills placeholders', () => {
    expect(t('sv', 'myActivities.title', { organisation: 'Kulturförvaltningen' })).toBe(
      'Mina aktiviteter – Kulturförvaltningen',
    );
    expect(t('en', 'myActivities.goal', { number: 3, title: 'Detect' })).toBe('Goal 3: Detect');
    expect(t('sv', 'myActivities.more', { count: 7 })).toBe(
      '…och 7 till. Se alla i fliken Aktiviteter.',
    );
  });

  it('leaves an unfilled placeholder visible', () => {
    expect(t('sv', 'myActivities.title')).toBe('Mina aktiviteter – {organisation}');
  });

  it('looks up the requested language', () => {
    expect(t('sv', 'help.title')).toBe('Så här använder du Samordna');
    expect(t('en', 'help.title')).toBe('How to use Samordna');
  });

  it('translator binds a language', () => {
    expect(translator('en')('myActivities.noReport')).toBe('Not reported');
    expect(translator('sv')('myActivities.noReport')).toBe('Ej rapporterad');
  });
});

describe('formatDate', () => {
  it('uses the calendar date in Europe/Stockholm, not UTC', () => {
    // 22:30 UTC on 31 March 2024 is 00:30 CEST on 1 April in Stockholm (DST began that night).
    expect(formatDate('sv', '2024-03-31T22:30:00Z')).toBe('1 april 2024');
    expect(formatDate('en', '2024-03-31T22:30:00Z')).toBe('1 April 2024');
  });

  it('uses winter time (UTC+1) in winter', () => {
    expect(formatDate('sv', '2024-01-15T22:59:00Z')).toBe('15 januari 2024');
    expect(formatDate('sv', '2024-01-15T23:00:00Z')).toBe('16 januari 2024');
  });

  it('uses summer time (UTC+2) in summer', () => {
    expect(formatDate('sv', '2024-07-01T21:59:00Z')).toBe('1 juli 2024');
    expect(formatDate('sv', '2024-07-01T22:00:00Z')).toBe('2 juli 2024');
  });

  it('formats in Swedish and English', () => {
    expect(formatDate('sv', '2024-03-12T10:00:00Z')).toBe('12 mars 2024');
    expect(formatDate('en', '2024-03-12T10:00:00Z')).toBe('12 March 2024');
  });
});
