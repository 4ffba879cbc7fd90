import type { OutboxMessage } from '../../domain/ports/outbox.port';
import type { Meeting } from '../../domain/meetings/meeting';
import type { OrganisationProgress } from '../../domain/meetings/progress';
import { formatDate, translator, type Language, type MessageKey, type Translate } from '../../i18n';
import { reminderKind, type ReminderKindName } from '../../domain/reminders/reminder-kinds';
import type {
  DecisionsMessage,
  PersonalReminder,
  ReminderContext,
  ReminderRenderer,
} from '../../rhythm/reminder-renderer';
import template from './reminder-card.json';
import { withoutEmptyOrganisation } from './organisation-data';
import { renderCard, type AdaptiveCardJson } from './render';
import { stampLanguage } from './stamp-language';
import { agendaText, todoLine } from './agenda-lines';

const timeFormats: Record<Language, Intl.DateTimeFormat> = {
  sv: new Intl.DateTimeFormat('sv-SE', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Stockholm',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Stockholm',
  }),
};

/** "9 december 2026 kl. 13:00" / "9 December 2026 at 13:00" (Europe/Stockholm). */
export function formatMeetingTime(language: Language, iso: string): string {
  const t = translator(language);
  return t('rhythm.when', {
    date: formatDate(language, iso),
    time: timeFormats[language].format(new Date(iso)),
  });
}

interface ReminderCardInput {
  readonly title: string;
  readonly text: string;
  readonly facts: readonly { title: string; value: string }[];
  readonly meeting: Meeting;
  readonly tabUrl: string | null;
  readonly showStatus: boolean;
  readonly agenda?: string;
  readonly late?: string;
  /** The organisation the status button opens ('' : the reader's own). */
  readonly organisationId?: string;
}

function card(t: Translate, language: Language, input: ReminderCardInput): AdaptiveCardJson {
  return stampLanguage(
    withoutEmptyOrganisation(
      renderCard(template, {
        title: input.title,
        text: input.text,
        facts: input.facts,
        agendaTitle: t('rhythm.card.agenda'),
        agenda: input.agenda ?? '',
        lateTitle: t('rhythm.card.late'),
        late: input.late ?? '',
        roundId: input.showStatus ? input.meeting.roundId : '',
        organisationId: input.organisationId ?? '',
        statusTitle: t('rhythm.card.openStatus'),
        teamsLink: input.meeting.teamsLink ?? '',
        teamsLinkTitle: t('rhythm.card.join'),
        tabUrl: input.tabUrl ?? '',
        tabTitle: t('rhythm.card.openTab'),
      }),
    ),
    language,
  );
}

const meetingFacts = (t: Translate, language: Language, meeting: Meeting) => [
  { title: t('rhythm.card.when'), value: formatMeetingTime(language, meeting.startsAt) },
  { title: t('rhythm.card.theme'), value: meeting.theme },
];

const progressLine = (t: Translate, p: OrganisationProgress): string =>
  t('rhythm.progress', { reported: p.reported, total: p.total });

/**
 * A personal kind's title and text keys (the registry holds i18n keys as plain strings): a
 * dialogue meeting's own when the kind has them (decision 0033), else the kind's.
 */
function personalTexts(
  kind: ReminderKindName,
  meetingKind: Meeting['kind'],
): { title: MessageKey; text: MessageKey } {
  const entry = reminderKind(kind);
  if (entry.card !== 'personal' || entry.texts.title === undefined || !entry.texts.text) {
    throw new RangeError(`Reminder kind ${kind} has no personal card`);
  }
  const texts =
    meetingKind === 'dialog' && entry.texts.dialog !== undefined
      ? entry.texts.dialog
      : { title: entry.texts.title, text: entry.texts.text };
  return { title: texts.title as MessageKey, text: texts.text as MessageKey };
}

/** The moved and cancelled cards' words: "dialogmötet" for a dialogue meeting. */
const CHANGE_TEXTS = {
  samordningsgrupp: {
    moved: { title: 'rhythm.moved.title', text: 'rhythm.moved.text' },
    cancelled: { title: 'rhythm.cancelled.title', text: 'rhythm.cancelled.text' },
  },
  dialog: {
    moved: { title: 'rhythm.dialog.moved.title', text: 'rhythm.dialog.moved.text' },
    cancelled: { title: 'rhythm.dialog.cancelled.title', text: 'rhythm.dialog.cancelled.text' },
  },
} as const satisfies Record<
  Meeting['kind'],
  Record<'moved' | 'cancelled', { title: MessageKey; text: MessageKey }>
>;

/** The pre-rendered proactive messages, Adaptive Cards 1.5 from one template. Swedish by default. */
export function reminderRenderer(language: Language = 'sv'): ReminderRenderer {
  const t = translator(language);
  const when = (meeting: Meeting) => formatMeetingTime(language, meeting.startsAt);
  // What a dialogue meeting is about: its follow-up round (decision 0033).
  const round = (input: ReminderContext) => input.roundTitle ?? t('rhythm.dialog.theRound');
  const message = (summary: string, c: AdaptiveCardJson): OutboxMessage => ({ summary, card: c });
  return {
    reminder(input: PersonalReminder) {
      // The kind's title and text keys come from its registry entry.
      const texts = personalTexts(input.kind, input.meeting.kind);
      const vars = { when: when(input.meeting), round: round(input) };
      const title = t(texts.title, vars);
      const facts = meetingFacts(t, language, input.meeting);
      if (input.progress !== null) {
        // The organisation's name goes in the value, which wraps at spaces: as a fact title, a
        // one-word name such as "Grundskoleförvaltningen" was broken mid-word in narrow cards.
        facts.push({
          title: t('rhythm.reminder.leftTitle'),
          value: t('rhythm.reminder.left', {
            count: input.progress.unreported,
            organisation: input.progress.name,
          }),
        });
      }
      const standIn = input.standingInFor ?? null;
      const todo = (input.actions ?? []).map((a) => todoLine(t, language, a));
      const text = [t(texts.text, vars), ...todo].join('\n\n');
      return message(
        title,
        card(t, language, {
          title,
          text:
            standIn === null
              ? text
              : `${t('rhythm.reminder.standIn', { name: standIn.name })} ${text}`,
          facts,
          meeting: input.meeting,
          tabUrl: input.tabUrl,
          showStatus: true,
          organisationId: standIn?.organisationId ?? '',
        }),
      );
    },
    summary(input) {
      const title = t('rhythm.summary.title', { when: when(input.meeting) });
      const late = input.progress
        .filter((p) => p.unreported > 0)
        .map((p) => `• ${p.name}: ${t('rhythm.unreported', { count: p.unreported })}`)
        .join('\n');
      return message(
        title,
        card(t, language, {
          title,
          text: t('rhythm.summary.text', { theme: input.meeting.theme }),
          // The count as the fact's title and the name as its value: a one-word name as a title
          // was broken mid-word in Teams' narrow title column.
          facts: input.progress.map((p) => ({ title: progressLine(t, p), value: p.name })),
          meeting: input.meeting,
          tabUrl: input.tabUrl,
          showStatus: false,
          agenda:
            input.agenda === undefined || input.agenda.items.length === 0
              ? input.meeting.agenda
              : [
                  agendaText(t, input.agenda.items, input.agenda.organisationName),
                  input.meeting.agenda,
                ]
                  .filter((part) => part.trim() !== '')
                  .join('\n\n'),
          late,
        }),
      );
    },
    decisions(input: DecisionsMessage) {
      const title = t('minutes.decisions.title', { when: when(input.meeting) });
      return message(
        title,
        card(t, language, {
          title,
          text: [
            t('minutes.decisions.text', { organisation: input.organisationName }),
            ...input.decisions.map(
              (d) =>
                `${t(`minutes.kind.${d.kind}`)}: ${
                  d.kind === 'action' && d.dueDate !== null ? todoLine(t, language, d) : d.what
                }`,
            ),
          ].join('\n\n'),
          facts: [],
          meeting: { ...input.meeting, teamsLink: null },
          tabUrl: input.tabUrl,
          showStatus: false,
        }),
      );
    },
    moved(input: ReminderContext & { previousStartsAt: string }) {
      const texts = CHANGE_TEXTS[input.meeting.kind].moved;
      const title = t(texts.title, { when: when(input.meeting) });
      return message(
        title,
        card(t, language, {
          title,
          text: t(texts.text, {
            previous: formatMeetingTime(language, input.previousStartsAt),
            when: when(input.meeting),
            round: round(input),
          }),
          facts: meetingFacts(t, language, input.meeting),
          meeting: input.meeting,
          tabUrl: input.tabUrl,
          showStatus: true,
        }),
      );
    },
    cancelled(input: ReminderContext) {
      const texts = CHANGE_TEXTS[input.meeting.kind].cancelled;
      const title = t(texts.title, { when: when(input.meeting) });
      return message(
        title,
        card(t, language, {
          title,
          text: t(texts.text, { round: round(input) }),
          facts: meetingFacts(t, language, input.meeting),
          meeting: { ...input.meeting, teamsLink: null },
          tabUrl: input.tabUrl,
          showStatus: false,
        }),
      );
    },
  };
}
