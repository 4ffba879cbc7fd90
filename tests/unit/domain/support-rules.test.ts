import { demoSupportEntries } from '../../../bot/src/domain/catalog';
import {
  canEditSupport,
  entriesFor,
  isPublishedOn,
  needsReview,
  sanitizeSupportMarkdown,
  stockholmDate,
  supportProblems,
  type SupportEntryInput,
} from '../../../bot/src/domain/support/support-rules';
import type { SupportEntry } from '../../../bot/src/domain/support/support-types';

function entry(id: string, overrides: Partial<SupportEntry> = {}): SupportEntry {
  return {
    id,
    title: `Stöd ${id}`,
    body: 'Text',
    audiences: ['medarbetare', 'kollega', 'chef'],
    category: 'stod-for-dig-som-ar-utsatt',
    contacts: [],
    ownerOrganisationId: 'stadskontoret',
    status: 'publicerad',
    validFrom: null,
    validTo: null,
    reviewedAt: '2025-03-10T10:00:00.000Z',
    source: '',
    demo: false,
    version: 1,
    updatedAt: '2025-03-10T10:00:00.000Z',
    updatedByName: 'Eva Berg',
    ...overrides,
  };
}

function input(overrides: Partial<SupportEntryInput> = {}): SupportEntryInput {
  return {
    title: 'Kvinnofridslinjen',
    body: 'Ring dygnet runt.',
    audiences: ['medarbetare'],
    category: 'stod-for-dig-som-ar-utsatt',
    contacts: [
      {
        name: 'Kvinnofridslinjen',
        phone: '020-50 50 50',
        email: 'info@example.se',
        url: 'https://kvinnofridslinjen.se',
      },
    ],
    ownerOrganisationId: 'stadskontoret',
    validFrom: null,
    validTo: null,
    source: '',
    ...overrides,
  };
}

describe('sanitizeSupportMarkdown', () => {
  it('drops script blocks whole', () => {
    expect(sanitizeSupportMarkdown('Hej<script>alert(1)</script> då')).toBe('Hej då');
    expect(sanitizeSupportMarkdown('<SCRIPT type="x">alert(1)</SCRIPT>')).toBe('');
  });

  it('does not let nested tags rebuild a script', () => {
    const out = sanitizeSupportMarkdown('<scr<script>x</script>ipt>alert(1)</script>');
    expect(out).not.toMatch(/<|script>/i);
  });

  it('strips HTML tags but keeps their text', () => {
    expect(sanitizeSupportMarkdown('<p>Ring <b>112</b> vid <a href="x">fara</a></p>')).toBe(
      'Ring 112 vid fara',
    );
    expect(sanitizeSupportMarkdown('<img src=x onerror=alert(1)>Text')).toBe('Text');
  });

  it('turns links with unsafe targets into plain text', () => {
    expect(sanitizeSupportMarkdown('[x](javascript:alert(1))')).toBe('x');
    expect(
      sanitizeSupportMarkdown('Se [sidan](http://example.se) och [data](data:text/html,hi)'),
    ).toBe('Se sidan och data');
  });

  it('keeps https, mailto and tel links', () => {
    const text = '[Webb](https://nck.uu.se) [Mejl](mailto:hr@example.se) [Ring](tel:+4620505050)';
    expect(sanitizeSupportMarkdown('[Webb](https://nck.uu.se)')).toBe('[Webb](https://nck.uu.se)');
    expect(sanitizeSupportMarkdown('[Mejl](mailto:hr@example.se)')).toBe(
      '[Mejl](mailto:hr@example.se)',
    );
    expect(sanitizeSupportMarkdown('[Ring](tel:020505050)')).toBe('[Ring](tel:020505050)');
    expect(sanitizeSupportMarkdown(text)).toBe(text);
  });

  it('removes images', () => {
    expect(sanitizeSupportMarkdown('Före ![bild](https://example.se/a.png) efter')).toBe(
      'Före  efter',
    );
  });

  it('drops reference definitions with unsafe targets', () => {
    expect(sanitizeSupportMarkdown('[a]: javascript:alert(1)\nText')).toBe('Text');
    expect(sanitizeSupportMarkdown('[a]: https://example.se\nText')).toBe(
      '[a]: https://example.se\nText',
    );
  });

  it('keeps the Markdown subset, collapses blank lines and trims', () => {
    expect(sanitizeSupportMarkdown('  **Fet** och *kursiv*\n\n\n\n- punkt\r\n- punkt 2  \n')).toBe(
      '**Fet** och *kursiv*\n\n- punkt\n- punkt 2',
    );
    expect(sanitizeSupportMarkdown('a\n   \n \n\nb')).toBe('a\n\nb');
  });

  it('caps the text at 8000 characters', () => {
    expect(sanitizeSupportMarkdown('x'.repeat(9000))).toHaveLength(8000);
  });
});

describe('supportProblems', () => {
  it('accepts a complete entry, numbers as people write them and empty contact fields', () => {
    expect(supportProblems(input())).toEqual([]);
    for (const phone of [
      '112',
      '114 14',
      '116 006',
      '1177',
      '020-555 666',
      '040-34 10 00',
      '+46 40 34 10 00',
      '',
    ])
      expect(
        supportProblems(input({ contacts: [{ name: 'X', phone, email: '', url: '' }] })),
      ).toEqual([]);
  });

  it('requires a title, a body, an owner and a contact name', () => {
    expect(
      supportProblems(
        input({
          title: ' ',
          body: '<script>x</script>',
          ownerOrganisationId: '',
          contacts: [{ name: '', phone: '', email: '', url: '' }],
        }),
      ),
    ).toEqual([
      { field: 'title', code: 'required' },
      { field: 'body', code: 'required' },
      { field: 'ownerOrganisationId', code: 'required' },
      { field: 'contacts[0].name', code: 'required' },
    ]);
  });

  it('rejects too long fields', () => {
    expect(supportProblems(input({ title: 'x'.repeat(201), body: 'y'.repeat(8001) }))).toEqual([
      { field: 'title', code: 'too-long' },
      { field: 'body', code: 'too-long' },
    ]);
  });

  it('needs an audience', () => {
    expect(supportProblems(input({ audiences: [] }))).toEqual([
      { field: 'audiences', code: 'no-audience' },
    ]);
  });

  it('validates phone, e-mail and URL of each contact', () => {
    expect(
      supportProblems(
        input({
          contacts: [
            { name: 'Ok', phone: '112', email: '', url: '' },
            { name: 'Fel', phone: 'ring mig', email: 'inte-en-adress', url: 'http://example.se' },
            { name: 'Fel 2', phone: '12', email: 'a@b', url: 'javascript:alert(1)' },
          ],
        }),
      ),
    ).toEqual([
      { field: 'contacts[1].phone', code: 'invalid-phone' },
      { field: 'contacts[1].email', code: 'invalid-email' },
      { field: 'contacts[1].url', code: 'invalid-url' },
      { field: 'contacts[2].phone', code: 'invalid-phone' },
      { field: 'contacts[2].email', code: 'invalid-email' },
      { field: 'contacts[2].url', code: 'invalid-url' },
    ]);
  });

  it('refuses reversed validity dates but accepts one open end or the same day', () => {
    expect(supportProblems(input({ validFrom: '2026-05-01', validTo: '2026-04-30' }))).toEqual([
      { field: 'validTo', code: 'dates-reversed' },
    ]);
    expect(supportProblems(input({ validFrom: '2026-05-01', validTo: '2026-05-01' }))).toEqual([]);
    expect(supportProblems(input({ validFrom: null, validTo: '2026-05-01' }))).toEqual([]);
  });
});

describe('needsReview', () => {
  const reviewed = entry('e', { reviewedAt: '2025-03-10T10:00:00.000Z' });

  it('flags an entry not reviewed for more than 12 months', () => {
    expect(needsReview(reviewed, new Date('2026-03-09T10:00:00.000Z'))).toBe(false);
    expect(needsReview(reviewed, new Date('2026-03-10T10:00:00.000Z'))).toBe(false);
    expect(needsReview(reviewed, new Date('2026-03-11T10:00:00.000Z'))).toBe(true);
  });

  it('flags drafts too, but never archived entries', () => {
    const late = new Date('2027-01-01T00:00:00.000Z');
    expect(needsReview({ ...reviewed, status: 'utkast' }, late)).toBe(true);
    expect(needsReview({ ...reviewed, status: 'arkiverad' }, late)).toBe(false);
  });
});

describe('isPublishedOn', () => {
  it('is true only for published entries inside their validity (inclusive)', () => {
    const e = entry('e', { validFrom: '2026-01-01', validTo: '2026-06-30' });
    expect(isPublishedOn(e, '2025-12-31')).toBe(false);
    expect(isPublishedOn(e, '2026-01-01')).toBe(true);
    expect(isPublishedOn(e, '2026-06-30')).toBe(true);
    expect(isPublishedOn(e, '2026-07-01')).toBe(false);
    expect(isPublishedOn({ ...e, status: 'utkast' }, '2026-03-01')).toBe(false);
    expect(isPublishedOn({ ...e, status: 'arkiverad' }, '2026-03-01')).toBe(false);
    expect(isPublishedOn(entry('open'), '1999-01-01')).toBe(true);
  });
});

describe('entriesFor', () => {
  const entries = [
    entry('hr', { title: 'HR', category: 'stod-for-chefer-och-hr', audiences: ['chef'] }),
    entry('utb', { title: 'Utbildning', category: 'utbildning' }),
    entry('kvinno', { title: 'Kvinnofridslinjen' }),
    entry('akut', { title: 'Ring 112', category: 'akut-hjalp' }),
    entry('alfa', { title: 'Ärenden' }),
    entry('bo', { title: 'Brottsofferjouren' }),
    entry('draft', { title: 'Utkast', category: 'akut-hjalp', status: 'utkast' }),
    entry('old', { title: 'Gammal', validTo: '2026-01-01' }),
  ];

  it('puts akut hjälp first, then category order, then title in Swedish order', () => {
    expect(entriesFor(entries, null, '2026-03-01').map((e) => e.id)).toEqual([
      'akut',
      'bo',
      'kvinno',
      'alfa',
      'hr',
      'utb',
    ]);
  });

  it('filters by audience', () => {
    expect(entriesFor(entries, 'medarbetare', '2026-03-01').map((e) => e.id)).not.toContain('hr');
    expect(entriesFor(entries, 'chef', '2026-03-01').map((e) => e.id)).toContain('hr');
  });

  it('drops entries outside their validity', () => {
    expect(entriesFor(entries, null, '2025-12-31').map((e) => e.id)).toContain('old');
    expect(entriesFor(entries, null, '2026-01-02').map((e) => e.id)).not.toContain('old');
  });
});

describe('stockholmDate', () => {
  it('gives the local calendar date in Europe/Stockholm', () => {
    expect(stockholmDate(new Date('2026-03-01T22:59:59.000Z'))).toBe('2026-03-01');
    expect(stockholmDate(new Date('2026-03-01T23:00:00.000Z'))).toBe('2026-03-02');
    // Summer time (UTC+2).
    expect(stockholmDate(new Date('2026-07-01T21:30:00.000Z'))).toBe('2026-07-01');
    expect(stockholmDate(new Date('2026-07-01T22:30:00.000Z'))).toBe('2026-07-02');
  });
});

describe('canEditSupport', () => {
  it('is true for HR only', () => {
    const member = { userId: 'u', name: 'U', organisationId: null };
    expect(canEditSupport({ ...member, roles: ['hr'] })).toBe(true);
    expect(canEditSupport({ ...member, roles: ['samordnare', 'samordning'] })).toBe(false);
    expect(canEditSupport({ ...member, roles: [] })).toBe(false);
  });
});

describe('demo support data', () => {
  it('passes the rules, is already sanitized and names a source for every entry', () => {
    for (const demo of demoSupportEntries) {
      const problems = supportProblems({
        ...demo,
        audiences: [...demo.audiences],
        contacts: [...demo.contacts],
      });
      expect({ id: demo.id, problems }).toEqual({ id: demo.id, problems: [] });
      expect(sanitizeSupportMarkdown(demo.body)).toBe(demo.body);
      expect(demo.source.trim()).not.toBe('');
      expect(demo).toMatchObject({
        status: 'publicerad',
        demo: true,
        ownerOrganisationId: 'stadskontoret',
      });
    }
  });

  it('marks Malmö stad’s own contacts as placeholders without numbers', () => {
    const placeholders = demoSupportEntries.filter((e) => e.id.startsWith('demo-stod-malmo-'));
    expect(placeholders).toHaveLength(3);
    for (const p of placeholders) {
      expect(p.audiences).toContain('chef');
      expect(p.body).toContain('Fyll i Malmö stads kontaktuppgifter');
      expect(p.contacts.every((c) => c.phone === '' && c.email === '' && c.url === '')).toBe(true);
    }
  });

  it('has 112 as the only akut-hjälp entry', () => {
    expect(demoSupportEntries.filter((e) => e.category === 'akut-hjalp').map((e) => e.id)).toEqual([
      'demo-stod-112',
    ]);
  });
});
