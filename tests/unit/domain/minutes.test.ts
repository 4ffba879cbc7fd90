import { agendaIds, buildAgenda, type AgendaInput } from '../../../bot/src/domain/minutes/agenda';
import {
  agendaEditProblems,
  decisionProblems,
  openActionsFor,
  toDecision,
  type DecisionInput,
} from '../../../bot/src/domain/minutes/decisions';
import type { MeetingDecision } from '../../../bot/src/domain/minutes/minutes-types';

const organisations = [
  { id: 'org-a', name: 'Alfaförvaltningen', kind: 'forvaltning' as const },
  { id: 'org-b', name: 'Betabolaget', kind: 'bolag' as const },
];

const input = (extra: Partial<AgendaInput> = {}): AgendaInput => ({
  theme: 'Våld i nära relationer',
  organisations,
  activities: [
    {
      activityId: 'b1',
      organisationId: 'org-b',
      title: 'Kurs',
      status: 'framflyttad',
      reason: 'Ny lokal',
    },
    { activityId: 'a2', organisationId: 'org-a', title: 'Utbildning', status: 'pagar', reason: '' },
    {
      activityId: 'b2',
      organisationId: 'org-b',
      title: 'Enkät',
      status: 'pagar-med-avvikelse',
      reason: 'Få svar',
    },
    {
      activityId: 'a1',
      organisationId: 'org-a',
      title: 'Föreläsning',
      status: 'pagar-med-avvikelse',
      reason: 'Sjuk',
    },
    { activityId: 'a3', organisationId: 'org-a', title: 'Oredovisad', status: null, reason: '' },
  ],
  notReported: [
    { organisationId: 'org-b', unreported: 2, total: 3 },
    { organisationId: 'org-a', unreported: 0, total: 3 },
  ],
  ...extra,
});

describe('buildAgenda', () => {
  it('puts the theme first, then deviations, postponed and the organisations not reported', () => {
    const items = buildAgenda(input());
    expect(items.map((i) => i.id)).toEqual([
      'tema',
      'aktivitet:a1',
      'aktivitet:b2',
      'aktivitet:b1',
      'ej-rapporterat:org-b',
    ]);
    expect(items[1]).toEqual({
      id: 'aktivitet:a1',
      kind: 'deviation',
      title: 'Föreläsning',
      activityId: 'a1',
      organisationId: 'org-a',
      detail: 'Sjuk',
    });
    expect(items[3]?.kind).toBe('postponed');
    expect(items[4]).toMatchObject({ kind: 'not-reported', title: 'Betabolaget', detail: '2/3' });
  });

  it('leaves out an empty theme and follows Samordning’s order and added items', () => {
    const items = buildAgenda(
      input({
        theme: '  ',
        edits: {
          meetingId: 'm1',
          order: ['egen:1', agendaIds.notReported('org-b'), 'borttagen'],
          added: [{ id: 'egen:1', title: 'Övriga frågor' }],
          updatedAt: '2026-03-09T08:00:00.000Z',
          updatedByName: 'Lena',
        },
      }),
    );
    expect(items.map((i) => i.id)).toEqual([
      'egen:1',
      'ej-rapporterat:org-b',
      'aktivitet:a1',
      'aktivitet:b2',
      'aktivitet:b1',
    ]);
    expect(items[0]).toMatchObject({ kind: 'added', title: 'Övriga frågor' });
  });
});

describe('decisions', () => {
  const agenda = buildAgenda(input());
  const context = {
    agenda,
    organisationIds: new Set(['org-a', 'org-b']),
    meetingDate: '2026-03-10',
  };
  const action: DecisionInput = {
    agendaItemId: 'aktivitet:a1',
    note: 'Föreläsaren sjuk',
    kind: 'action',
    what: ' Boka ny föreläsare ',
    organisationId: 'org-a',
    dueDate: '2026-04-15',
  };

  it('accepts a complete action and takes the activity from the agenda item', () => {
    expect(decisionProblems(action, context)).toEqual([]);
    const d = toDecision(action, agenda, {
      id: 'd1',
      meetingId: 'm1',
      recordedByUserId: 'u1',
      recordedByName: 'Lena',
      recordedAt: '2026-03-10T09:00:00.000Z',
    });
    expect(d).toMatchObject({ activityId: 'a1', what: 'Boka ny föreläsare', kind: 'action' });
  });

  it('names every problem of a bad action', () => {
    expect(
      decisionProblems(
        { ...action, agendaItemId: 'x', what: ' ', organisationId: null, dueDate: null },
        context,
      ),
    ).toEqual([
      { field: 'agendaItemId', code: 'unknown' },
      { field: 'what', code: 'required' },
      { field: 'organisationId', code: 'required' },
      { field: 'dueDate', code: 'required' },
    ]);
    expect(decisionProblems({ ...action, dueDate: '2026-02-30' }, context)).toEqual([
      { field: 'dueDate', code: 'invalid' },
    ]);
    expect(decisionProblems({ ...action, dueDate: '2026-03-09' }, context)).toEqual([
      { field: 'dueDate', code: 'before-meeting' },
    ]);
    expect(decisionProblems({ ...action, kind: 'vote', organisationId: 'org-x' }, context)).toEqual(
      [
        { field: 'kind', code: 'invalid' },
        { field: 'organisationId', code: 'unknown' },
      ],
    );
  });

  it('lets a decision go without who and when', () => {
    expect(
      decisionProblems(
        { ...action, kind: 'decision', organisationId: null, dueDate: null },
        context,
      ),
    ).toEqual([]);
  });

  it('checks the order and added items', () => {
    const built = new Set(agenda.map((i) => i.id));
    expect(
      agendaEditProblems(['tema', 'egen:1'], [{ id: 'egen:1', title: 'Övrigt' }], built),
    ).toEqual([]);
    expect(agendaEditProblems(['tema', 'tema', 'nope'], [{ id: 'e', title: ' ' }], built)).toEqual([
      { field: 'added', code: 'title-required' },
      { field: 'order', code: 'unknown-item' },
      { field: 'order', code: 'duplicate' },
    ]);
  });

  it('reminds of open actions of the organisation from today on, by due date', () => {
    const base: MeetingDecision = {
      id: 'd',
      meetingId: 'm1',
      agendaItemId: 'tema',
      activityId: null,
      note: '',
      kind: 'action',
      what: 'x',
      organisationId: 'org-a',
      dueDate: '2026-04-15',
      recordedByUserId: 'u',
      recordedByName: 'L',
      recordedAt: '2026-03-10T09:00:00.000Z',
    };
    const all = [
      { ...base, id: 'late', dueDate: '2026-05-01' },
      { ...base, id: 'soon', dueDate: '2026-04-01' },
      { ...base, id: 'past', dueDate: '2026-03-01' },
      { ...base, id: 'other', organisationId: 'org-b' },
      { ...base, id: 'decision', kind: 'decision' as const },
    ];
    expect(openActionsFor(all, 'org-a', '2026-03-20').map((d) => d.id)).toEqual(['soon', 'late']);
  });
});
