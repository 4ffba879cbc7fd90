import type { Organisation } from '../../domain/types';
import type { Translate } from '../../i18n';
import template from './meeting-form-card.json';
import { renderCard, type AdaptiveCardJson } from './render';

/** What was typed into the form (kept when the meeting is refused, so nothing is lost). */
export interface MeetingFormValues {
  readonly theme: string;
  readonly date: string;
  readonly startTime: string;
  readonly endTime: string;
  /** Comma-separated, as a multi-select ChoiceSet submits them; '' = the whole group. */
  readonly organisationIds: string;
  readonly agenda: string;
  readonly teamsLink: string;
}

export const EMPTY_MEETING_FORM: MeetingFormValues = {
  theme: '',
  date: '',
  startTime: '13:00',
  endTime: '15:00',
  organisationIds: '',
  agenda: '',
  teamsLink: '',
};

export interface MeetingFormCardInput {
  readonly t: Translate;
  readonly organisations: readonly Organisation[];
  readonly values: MeetingFormValues;
  /** Already-translated reasons the meeting was not saved. */
  readonly problems: readonly string[];
  readonly submissionId: string;
}

/** "nytt möte": the form Samordning plans a meeting with. Pure. */
export function buildMeetingFormCard(input: MeetingFormCardInput): AdaptiveCardJson {
  const { t } = input;
  return renderCard(template, {
    heading: t('meetingForm.title'),
    intro: t('meetingForm.intro'),
    hasProblems: input.problems.length > 0,
    problemsHeading: t('meetingForm.problems'),
    problems: input.problems.map((message) => ({ message })),
    labels: {
      theme: t('meetingForm.theme'),
      themeRequired: t('meeting.problem.themeRequired'),
      date: t('meetingForm.date'),
      dateRequired: t('meeting.problem.timeInvalid'),
      startTime: t('meetingForm.startTime'),
      endTime: t('meetingForm.endTime'),
      timeRequired: t('meeting.problem.timeInvalid'),
      constellation: t('meetingForm.constellation'),
      wholeGroup: t('meetingForm.wholeGroup'),
      agenda: t('meetingForm.agenda'),
      teamsLink: t('meetingForm.teamsLink'),
      save: t('meetingForm.save'),
    },
    values: input.values,
    organisations: input.organisations.map((o) => ({ title: o.name, value: o.id })),
    submissionId: input.submissionId,
  });
}
