/**
 * The support (stöd) cards: valid Adaptive Cards 1.5, user and editor text only where it
 * belongs, the verbs and data the router expects, and the size limit.
 */
import { demoSupportEntries } from '../../../bot/src/domain/catalog';
import type { SupportEntry } from '../../../bot/src/domain/support/support-types';
import { translator } from '../../../bot/src/i18n';
import type { AdaptiveCardJson } from '../../../bot/src/teams/cards/render';
import { buildSupportAdminCard } from '../../../bot/src/teams/cards/support-admin-card';
import {
  buildSupportEditCard,
  contactsText,
  EMPTY_SUPPORT_FORM,
  formValuesOf,
} from '../../../bot/src/teams/cards/support-edit-card';
import {
  buildSupportAnnouncementCard,
  buildSupportEntriesCard,
  SUPPORT_MAX_ENTRIES,
} from '../../../bot/src/teams/cards/support-entries-card';
import { buildSupportMessageCard } from '../../../bot/src/teams/cards/support-message-card';
import { buildSupportQuestionCard } from '../../../bot/src/teams/cards/support-question-card';
import { formInput, parseContacts } from '../../../bot/src/teams/actions/support-form';
import {
  supportEntryData,
  supportFormData,
  supportShowData,
  supportStatusData,
} from '../../../bot/src/teams/actions/verbs';
import { validateAdaptiveCard } from '../../helpers/adaptive-card-validator';
import {
  executes,
  inputs,
  ofType,
  textBlocks,
  textRuns,
  type CardNode,
} from '../../helpers/card-nodes';

const sv = translator('sv');
const en = translator('en');
const MAX_CARD_BYTES = 28 * 1024;

const bytes = (card: unknown): number => Buffer.byteLength(JSON.stringify(card), 'utf8');

function expectValid(card: AdaptiveCardJson, userText: readonly string[] = []): void {
  expect(validateAdaptiveCard(card, { userText })).toEqual([]);
  expect(bytes(card)).toBeLessThan(MAX_CARD_BYTES);
}

function entry(overrides: Partial<SupportEntry> = {}): SupportEntry {
  return {
    id: 'e1',
    title: 'Kvinnofridslinjen',
    body: 'Ring **dygnet runt**.\n\n- punkt ett\n- punkt två',
    audiences: ['medarbetare', 'kollega'],
    category: 'stod-for-dig-som-ar-utsatt',
    contacts: [
      {
        name: 'Linjen',
        phone: '020-50 50 50',
        email: 'info@example.se',
        url: 'https://example.se',
      },
    ],
    ownerOrganisationId: 'stadskontoret',
    status: 'publicerad',
    validFrom: null,
    validTo: null,
    reviewedAt: '2026-01-01T00:00:00.000Z',
    source: 'https://example.se/kalla',
    demo: false,
    version: 3,
    updatedAt: '2026-01-02T00:00:00.000Z',
    updatedByName: 'Eva Berg ${evil}',
    ...overrides,
  };
}

const demo: SupportEntry[] = demoSupportEntries.map((e) => ({ ...e, version: 1 }));

describe('support question card', () => {
  it.each([
    ['sv', sv, ['Mig själv', 'En kollega', 'Som chef'], 'Vem gäller det?'],
    ['en', en, ['Myself', 'A colleague', 'As a manager'], 'Who is the help for?'],
  ] as const)('asks who the help is for with three buttons (%s)', (_l, t, titles, heading) => {
    const card = buildSupportQuestionCard(t);
    expectValid(card);
    expect(textBlocks(card)[0]).toBe(heading);
    const buttons = executes(card, 'support.show');
    expect(buttons.map((b) => b['title'])).toEqual(titles);
    expect(buttons.map((b) => b['data'])).toEqual([
      { audience: 'medarbetare' },
      { audience: 'kollega' },
      { audience: 'chef' },
    ]);
    for (const button of buttons)
      expect(supportShowData.safeParse(button['data']).success).toBe(true);
  });
});

describe('support entries card', () => {
  it('shows titles and contacts as TextRuns, the body in a TextBlock, a link per URL and a way back', () => {
    const e = entry();
    const card = buildSupportEntriesCard({ t: sv, audience: 'kollega', entries: [e] });
    expectValid(card, [e.title, e.body]);
    expect(textBlocks(card)[0]).toBe('Stöd när en kollega kan vara utsatt');
    expect(textRuns(card)).toEqual(
      expect.arrayContaining([
        e.title,
        'Linjen',
        '020-50 50 50',
        'info@example.se',
        'https://example.se',
      ]),
    );
    expect(textBlocks(card)).toContain(e.body);
    expect(textBlocks(card)).not.toContain(e.title);
    expect(ofType(card, 'Action.OpenUrl').map((a) => a['url'])).toEqual(['https://example.se']);
    expect(executes(card).map((a) => [a['verb'], a['title']])).toEqual([
      ['support.ask', 'Välj någon annan'],
    ]);
    expect(JSON.stringify(card)).not.toContain(e.source);
  });

  it('renders every demo entry in order and marks emergency help in words', () => {
    const card = buildSupportEntriesCard({ t: sv, audience: 'chef', entries: demo });
    expectValid(
      card,
      demo.flatMap((e) => [e.title, e.body]),
    );
    const titles = ofType(card, 'TextRun')
      .filter((run) => run['size'] === 'Medium')
      .map((run) => run['text']);
    expect(titles).toEqual(demo.map((e) => e.title));
    expect(textBlocks(card)).toContain('Akut hjälp');
  });

  it('says nothing is published yet and points to HR, without hard-coded numbers', () => {
    const card = buildSupportEntriesCard({ t: sv, audience: 'medarbetare', entries: [] });
    expectValid(card);
    expect(textRuns(card).join(' ')).toContain('Kontakta HR');
    expect(JSON.stringify(card)).not.toMatch(/\b112\b|020-50/);
    expect(executes(card, 'support.ask')).toHaveLength(1);
  });

  it(`caps at ${SUPPORT_MAX_ENTRIES} entries and stays under 28 KB with long bodies`, () => {
    const many = Array.from({ length: 30 }, (_, i) =>
      entry({
        id: `e${i}`,
        title: `Post ${i}`,
        body: 'Lång text. '.repeat(700),
        contacts: Array.from({ length: 10 }, (_c, j) => ({
          name: `Kontakt ${j}`,
          phone: '040-34 10 00',
          email: 'hr@example.se',
          url: `https://example.se/${j}`,
        })),
      }),
    );
    const card = buildSupportEntriesCard({ t: sv, audience: 'chef', entries: many });
    expectValid(
      card,
      many.flatMap((e) => [e.title, e.body]),
    );
    const shown = textRuns(card).filter((text) => text.startsWith('Post '));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(SUPPORT_MAX_ENTRIES);
    expect(textBlocks(card).some((text) => text.includes(`${30 - shown.length} poster till`))).toBe(
      true,
    );

    const few = buildSupportEntriesCard({
      t: sv,
      audience: 'chef',
      entries: many.slice(0, 20).map((e) => ({ ...e, body: 'Kort.', contacts: [] })),
    });
    expect(textRuns(few).filter((text) => text.startsWith('Post '))).toHaveLength(
      SUPPORT_MAX_ENTRIES,
    );
  });

  it('keeps template-looking text verbatim', () => {
    const e = entry({ title: 'Rubrik ${title}', body: 'Text ${body} {{x}}' });
    const card = buildSupportEntriesCard({ t: sv, audience: 'chef', entries: [e] });
    expectValid(card, [e.title, e.body]);
    expect(textRuns(card)).toContain('Rubrik ${title}');
    expect(textBlocks(card)).toContain('Text ${body} {{x}}');
  });

  it('announces an entry to the channel in Swedish with no buttons to act on', () => {
    const e = entry();
    const card = buildSupportAnnouncementCard(sv, e);
    expectValid(card, [e.title, e.body]);
    expect(textBlocks(card)[0]).toBe('Ny stödinformation från HR');
    expect(textRuns(card)).toContain(e.title);
    expect(executes(card)).toEqual([]);
  });
});

describe('support admin card', () => {
  const entries = [
    { entry: entry({ id: 'p', status: 'publicerad' }), needsReview: true },
    { entry: entry({ id: 'u', status: 'utkast', title: 'Utkastet' }), needsReview: false },
    { entry: entry({ id: 'a', status: 'arkiverad', title: 'Arkivet' }), needsReview: false },
  ];

  it('lists every entry with status, review flag and the buttons that apply', () => {
    const card = buildSupportAdminCard({ t: sv, language: 'sv', entries, notice: null });
    expectValid(
      card,
      entries.flatMap((e) => [e.entry.title, e.entry.updatedByName]),
    );
    expect(textRuns(card)).toEqual(
      expect.arrayContaining(['Kvinnofridslinjen', 'Utkastet', 'Arkivet']),
    );
    expect(textBlocks(card).filter((t) => t.startsWith('Behöver granskas'))).toHaveLength(1);
    const actionsOf = (id: string): string[] =>
      executes(card)
        .filter((a) => (a['data'] as CardNode)['entryId'] === id)
        .map((a) => `${String(a['verb'])}:${String((a['data'] as CardNode)['action'] ?? '')}`);
    expect(actionsOf('p')).toEqual([
      'support.status:review',
      'support.status:archive',
      'support.edit:',
      'support.announce:',
    ]);
    expect(actionsOf('u')).toEqual([
      'support.status:publish',
      'support.status:review',
      'support.status:archive',
      'support.edit:',
    ]);
    expect(actionsOf('a')).toEqual(['support.status:draft', 'support.edit:']);
    for (const action of executes(card, 'support.status'))
      expect(supportStatusData.parse(action['data'])).toMatchObject({ version: 3 });
    for (const action of [...executes(card, 'support.edit'), ...executes(card, 'support.announce')])
      expect(supportEntryData.safeParse(action['data']).success).toBe(true);
    expect(executes(card, 'support.new')).toHaveLength(1);
  });

  it('shows a notice and an empty list', () => {
    const card = buildSupportAdminCard({
      t: en,
      language: 'en',
      entries: [],
      notice: { text: 'Published: X', kind: 'good' },
    });
    expectValid(card);
    expect(textRuns(card)).toContain('Published: X');
    expect(textBlocks(card).join(' ')).toContain('There are no entries yet');
  });

  it('stays under 28 KB with many entries', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      entry: entry({ id: `id-${i}`, title: `${'T'.repeat(190)} ${i}` }),
      needsReview: i % 2 === 0,
    }));
    const card = buildSupportAdminCard({ t: sv, language: 'sv', entries: many, notice: null });
    expectValid(
      card,
      many.flatMap((e) => [e.entry.title, e.entry.updatedByName]),
    );
  });
});

describe('support edit card', () => {
  it('is an empty form for a new entry with every input and the three actions', () => {
    const card = buildSupportEditCard({
      t: sv,
      entryId: '',
      version: 0,
      status: null,
      values: EMPTY_SUPPORT_FORM,
      problems: [],
      preview: null,
    });
    expectValid(card);
    expect(inputs(card).map((i) => [i['id'], i['type']])).toEqual([
      ['title', 'Input.Text'],
      ['body', 'Input.Text'],
      ['audiences', 'Input.ChoiceSet'],
      ['category', 'Input.ChoiceSet'],
      ['contacts', 'Input.Text'],
      ['validFrom', 'Input.Date'],
      ['validTo', 'Input.Date'],
      ['source', 'Input.Text'],
    ]);
    const audiences = inputs(card).find((i) => i['id'] === 'audiences');
    expect(audiences?.['isMultiSelect']).toBe(true);
    expect(executes(card).map((a) => a['verb'])).toEqual([
      'support.save',
      'support.preview',
      'support.admin',
    ]);
    expect(executes(card, 'support.save')[0]?.['data']).toEqual({ entryId: '', version: '0' });
  });

  it('is prefilled from an entry, and its submit parses back to the same content', () => {
    const e = entry({ validFrom: '2026-01-01', validTo: '2026-12-31' });
    const values = formValuesOf(e);
    const card = buildSupportEditCard({
      t: sv,
      entryId: e.id,
      version: e.version,
      status: e.status,
      values,
      problems: [],
      preview: null,
    });
    expectValid(card, [e.title, e.body, values.contacts, e.source]);
    const submitted: Record<string, unknown> = {
      ...(executes(card, 'support.save')[0]?.['data'] as CardNode),
    };
    for (const input of inputs(card)) submitted[String(input['id'])] = input['value'];
    const parsed = supportFormData.parse(submitted);
    expect(parsed).toMatchObject({
      entryId: 'e1',
      version: 3,
      title: e.title,
      category: e.category,
    });
    const { input, problems } = formInput(sv, parsed, e.ownerOrganisationId);
    expect(problems).toEqual([]);
    expect(input.contacts).toEqual(e.contacts);
    expect(input.audiences).toEqual(e.audiences);
    expect(textBlocks(card)).toContain('Status: Publicerad');
  });

  it('shows problems and a preview above the form', () => {
    const e = entry();
    const card = buildSupportEditCard({
      t: sv,
      entryId: '',
      version: 0,
      status: null,
      values: formValuesOf(e),
      problems: ['Kontakt 1, e-post: ange en giltig e-postadress, till exempel namn@malmo.se.'],
      preview: e,
    });
    expectValid(card, [e.title, e.body, contactsText(e.contacts), e.source]);
    expect(textBlocks(card)).toEqual(
      expect.arrayContaining([
        'Förhandsgranskning – så ser läsarna posten',
        'Rätta följande innan du sparar:',
        'Kontakt 1, e-post: ange en giltig e-postadress, till exempel namn@malmo.se.',
      ]),
    );
    expect(textRuns(card)).toContain(e.title);
  });
});

describe('support form parsing', () => {
  it('reads contacts one per line with up to four parts', () => {
    const { contacts, problems } = parseContacts(
      sv,
      'HR; 040-34 10 00; hr@malmo.se; https://malmo.se\n\n  Bara namn  \nA;B;C;D;E',
    );
    expect(contacts).toEqual([
      { name: 'HR', phone: '040-34 10 00', email: 'hr@malmo.se', url: 'https://malmo.se' },
      { name: 'Bara namn', phone: '', email: '', url: '' },
    ]);
    expect(problems).toEqual([
      'Kontakter, rad 4: skriv högst fyra delar, Namn; telefon; e-post; webbadress.',
    ]);
  });

  it('turns domain problems into Swedish messages naming the field', () => {
    const parsed = supportFormData.parse({
      title: '',
      body: 'Text',
      audiences: '',
      category: 'utbildning',
      contacts: 'HR; ; inte-en-adress',
      validFrom: '2026-05-01',
      validTo: '2026-04-01',
    });
    expect(formInput(sv, parsed, 'stadskontoret').problems).toEqual([
      'Rubrik: måste fyllas i.',
      'Vem gäller det?: välj minst en målgrupp.',
      'Gäller till: slutdatumet kan inte ligga före startdatumet.',
      'Kontakt 1, e-post: ange en giltig e-postadress, till exempel namn@malmo.se.',
    ]);
  });
});

describe('support message card', () => {
  it('offers the way back that applies', () => {
    const admin = buildSupportMessageCard({ t: sv, title: 'Stöd', text: 'Text', back: 'admin' });
    const ask = buildSupportMessageCard({ t: sv, title: 'Stöd', text: 'Text', back: 'ask' });
    const none = buildSupportMessageCard({ t: sv, title: 'Stöd', text: 'Text', back: null });
    for (const card of [admin, ask, none]) expectValid(card);
    expect(executes(admin).map((a) => a['verb'])).toEqual(['support.admin']);
    expect(executes(ask).map((a) => a['verb'])).toEqual(['support.ask']);
    expect(executes(none)).toEqual([]);
  });
});
