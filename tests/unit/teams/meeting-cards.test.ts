import { translator } from '../../../bot/src/i18n';
import {
  buildMeetingFormCard,
  EMPTY_MEETING_FORM,
} from '../../../bot/src/teams/cards/meeting-form-card';
import { buildMeetingsListCard } from '../../../bot/src/teams/cards/meetings-list-card';
import { validateAdaptiveCard } from '../../helpers/adaptive-card-validator';
import { executes, inputs, texts } from '../../helpers/card-nodes';

describe('meeting cards', () => {
  it('the list is a valid card without meetings or an open round (no empty fact sets)', () => {
    const card = buildMeetingsListCard({
      t: translator('sv'),
      language: 'sv',
      overview: {
        year: 2027,
        warning: { year: 2027, count: 0, code: 'too-few' },
        meetings: [],
        reminderKinds: [],
        current: null,
      },
      canPlan: false,
      tabUrl: null,
    });
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toContain('FactSet');
    expect(texts(card)).toEqual(
      expect.arrayContaining([
        '2027 har 0 möten. Planen säger 4–6 möten om året.',
        'Ingen rapporteringsomgång är öppen just nu.',
      ]),
    );
    expect(executes(card).map((a) => a['verb'])).toEqual(['meeting.list']);
  });

  it('the form is valid in English, shows the problems and keeps the typed values', () => {
    const card = buildMeetingFormCard({
      t: translator('en'),
      organisations: [{ id: 'fritid', name: 'Fritidsförvaltningen', kind: 'forvaltning' }],
      values: { ...EMPTY_MEETING_FORM, theme: 'Schools', organisationIds: 'fritid' },
      problems: ['The meeting is in the past. Choose a later time.'],
      submissionId: '00000000-0000-4000-8000-000000000001',
    });
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(texts(card)).toContain('The meeting is in the past. Choose a later time.');
    const byId = Object.fromEntries(inputs(card).map((i) => [i['id'], i['value']]));
    expect(byId).toMatchObject({ theme: 'Schools', organisationIds: 'fritid', startTime: '13:00' });
  });
});
