import type { DialogueProblem } from '../domain/meetings/dialogue';
import type { MeetingProblem, RhythmWarning } from '../domain/meetings/validation';
import { MEETING_LIMITS, RHYTHM, WORKING_HOURS } from '../domain/meetings/validation';
import type { Translate } from '../i18n';

/** One meeting problem as a short sentence in the user's language (never error.message). */
export function describeProblem(t: Translate, problem: MeetingProblem): string {
  switch (problem.code) {
    case 'required':
      return t('meeting.problem.themeRequired');
    case 'too-long':
      return problem.field === 'theme'
        ? t('meeting.problem.themeTooLong', { max: MEETING_LIMITS.theme })
        : t('meeting.problem.agendaTooLong', { max: MEETING_LIMITS.agenda });
    case 'invalid':
      return problem.field === 'schedule'
        ? t('meeting.problem.scheduleInvalid')
        : t('meeting.problem.timeInvalid');
    case 'in-past':
      return t('meeting.problem.inPast');
    case 'outside-working-hours':
      return t('meeting.problem.outsideWorkingHours', WORKING_HOURS);
    case 'not-a-working-day':
      return problem.holiday === null
        ? t('meeting.problem.weekend')
        : t('meeting.problem.holiday', { holiday: problem.holiday });
    case 'overlaps':
      return t('meeting.problem.overlaps');
    case 'outside-round':
      return t('meeting.problem.outsideRound', { from: problem.from, to: problem.to });
    case 'before-start':
      return t('meeting.problem.endsBeforeStart');
    case 'closes-before-opens':
      return t('meeting.problem.closesBeforeOpens');
    case 'empty':
      return t('meeting.problem.emptyConstellation');
    case 'unknown-organisation':
      return t('meeting.problem.unknownOrganisation', { id: problem.organisationId });
    case 'invalid-url':
      return t('meeting.problem.teamsLink');
  }
}

/** The rhythm warning (4–6 meetings a year) as a sentence. */
export function describeWarning(t: Translate, warning: RhythmWarning): string {
  return t(warning.code === 'too-few' ? 'meeting.rhythm.tooFew' : 'meeting.rhythm.tooMany', {
    year: warning.year,
    meetings: t(warning.count === 1 ? 'meeting.count.one' : 'meeting.count.other', {
      count: warning.count,
    }),
    min: RHYTHM.min,
    max: RHYTHM.max,
  });
}

/** One dialogue problem as a sentence that names the organisation (decision 0033). */
export function describeDialogueProblem(t: Translate, problem: DialogueProblem): string {
  const organisation = problem.organisationName;
  switch (problem.code) {
    case 'unknown-organisation':
      return t('meeting.dialogue.unknownOrganisation', { organisation });
    case 'organisation-not-valid':
      return t('meeting.dialogue.organisationNotValid', { organisation, date: problem.date });
    case 'duplicate':
      return t('meeting.dialogue.duplicate', { organisation });
    case 'already-planned':
      return t('meeting.dialogue.alreadyPlanned', { organisation });
    case 'meeting':
      return `${organisation}: ${describeProblem(t, problem.problem)}`;
  }
}
