import { dialogueOrganisation } from '../../domain/meetings/dialogue';
import type { Meeting } from '../../domain/meetings/meeting';
import type { Language, Translate } from '../../i18n';
import { describeWarning } from '../../meetings/meeting-messages';
import type { MeetingsOverview } from '../../meetings/meetings-view';
import template from './meetings-list-card.json';
import { unreportedFigures } from './figures-text';
import { formatMeetingTime } from './reminder-card';
import { renderCard, type AdaptiveCardJson } from './render';

export interface MeetingsListCardInput {
  readonly t: Translate;
  readonly language: Language;
  readonly overview: MeetingsOverview;
  /** Samordning sees "Påminn nu" and "Nytt möte". */
  readonly canPlan: boolean;
  readonly tabUrl: string | null;
  /** A confirmation on top (e.g. "Mötet är planerat"), or ''. */
  readonly notice?: string;
  /** An organisation's name by id: a dialogue meeting's line names its organisation. */
  readonly organisationName?: (id: string) => string;
}

/** A meeting's line: its theme, the organisation of a dialogue, "(inställt)". */
function meetingText(input: MeetingsListCardInput, meeting: Meeting): string {
  const { t } = input;
  const organisationId = meeting.kind === 'dialog' ? dialogueOrganisation(meeting) : null;
  const theme =
    organisationId === null
      ? meeting.theme
      : t('meetings.dialogue', {
          theme: meeting.theme,
          organisation: input.organisationName?.(organisationId) ?? organisationId,
        });
  return meeting.status === 'cancelled' ? t('meetings.cancelled', { theme }) : theme;
}

/** "möten": the year's meetings, the rhythm warning, and who still has to report (the nudge list). Pure. */
export function buildMeetingsListCard(input: MeetingsListCardInput): AdaptiveCardJson {
  const { t, overview } = input;
  const current = overview.current;
  return renderCard(template, {
    title: t('meetings.title', { year: overview.year }),
    notice: input.notice ?? '',
    warning: overview.warning === null ? '' : describeWarning(t, overview.warning),
    empty: t('meetings.empty'),
    meetings: overview.meetings.map(({ meeting }) => ({
      when: formatMeetingTime(input.language, meeting.startsAt),
      text: meetingText(input, meeting),
    })),
    nudgeTitle: t('meetings.nudgeTitle'),
    nudgeIntro:
      current === null
        ? t('meetings.noOpenRound')
        : current.unreported.length === 0
          ? t('meetings.allReported', {
              when: formatMeetingTime(input.language, current.meeting.startsAt),
            })
          : t('meetings.nudgeIntro', {
              when: formatMeetingTime(input.language, current.meeting.startsAt),
            }),
    nudge: (current?.unreported ?? []).map((p) => ({
      name: p.name,
      // Own activities and the stadsövergripande ones apart, as Översikt counts them.
      value: t('figures.left', { figures: unreportedFigures(t, p.own, p.cityWide) }),
    })),
    canPlan: input.canPlan,
    remindNow: t('meetings.remindNow'),
    newMeeting: t('meetings.newMeeting'),
    refresh: t('meetings.refresh'),
    tabUrl: input.tabUrl ?? '',
    openTab: t('rhythm.card.openTab'),
  });
}
