import type { Meeting } from '../../domain/meetings/meeting';
import type { ReportingRound } from '../../domain/types';
import type { Language, Translate } from '../../i18n';
import { commandWord } from '../commands';
import { buildAnswerCard } from './answer-card';
import type { CardButton } from './card-buttons';
import type { AdaptiveCardJson } from './render';
import { formatMeetingTime } from './reminder-card';

export interface NextMeetingCardInput {
  readonly t: Translate;
  readonly language: Language;
  readonly meeting: Meeting;
  /** The meeting's reporting round (its close is the deadline), if known. */
  readonly round: ReportingRound | null;
  readonly now: Date;
}

/** "När är nästa möte?" / "När ska jag rapportera senast?": when, theme and the deadline. Pure. */
export function buildNextMeetingCard(input: NextMeetingCardInput): AdaptiveCardJson {
  const { t, language, meeting, round } = input;
  const facts = [{ name: t('chat.next.theme'), value: meeting.theme }];
  if (round !== null) {
    if (round.opensAt > input.now.toISOString()) {
      facts.push({ name: t('chat.next.open'), value: formatMeetingTime(language, round.opensAt) });
    }
    facts.push({
      name: t('chat.next.deadline'),
      value: formatMeetingTime(language, round.closesAt),
    });
  }
  const buttons: CardButton[] = [
    { kind: 'say', title: t('chat.intent.status'), text: commandWord('status', language) },
  ];
  if (meeting.teamsLink !== null) {
    buttons.push({ kind: 'url', title: t('rhythm.card.join'), url: meeting.teamsLink });
  }
  const when = formatMeetingTime(language, meeting.startsAt);
  return buildAnswerCard({
    // A dialogue meeting says what it is: with Samordning about the follow-up (decision 0033).
    title: t(meeting.kind === 'dialog' ? 'chat.next.dialogTitle' : 'chat.next.title', { when }),
    facts,
    buttons,
  });
}
