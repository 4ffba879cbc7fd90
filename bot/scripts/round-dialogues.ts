/**
 * The dialogue meetings of `npm run round` (issue 15 item 7, decision 0033): the `--dialog`
 * syntax, the meeting store beside the CLI store, and the Swedish lines a terminal shows.
 */
import type { Config } from '../src/config';
import { systemClock } from '../src/domain/ports/clock.port';
import type { DialogueProblem, DialogueSlot } from '../src/domain/meetings/dialogue';
import { dialogueOrganisationOn } from '../src/domain/meetings/dialogue';
import { localDateOf, localTimeOf } from '../src/domain/meetings/local-time';
import type { Meeting } from '../src/domain/meetings/meeting';
import type { MeetingDeps } from '../src/domain/meetings/meeting-service';
import { swedishWorkingDays } from '../src/domain/meetings/working-days';
import type { Organisation } from '../src/domain/types';
import { translator } from '../src/i18n';
import { describeDialogueProblem } from '../src/meetings/meeting-messages';
import { newMeetingId } from '../src/meetings/rhythm-services';
import { SqliteMeetingStore } from '../src/store/sqlite/sqlite-meeting-store';
import type { SqliteStore } from '../src/store/sqlite/sqlite-store';

/** How `--dialog` is written (the usage text and the refusal of a malformed one show it). */
export const DIALOG_SYNTAX = '<org-id>=<ÅÅÅÅ-MM-DD>T<TT:MM>-<TT:MM>[,<Teams-länk>]';
export const DIALOG_EXAMPLE =
  'kulturforvaltningen=2026-03-10T09:00-10:00,https://teams.microsoft.com/l/meetup-join/…';

const SPEC = /^([^=\s]+)=(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})-(\d{2}:\d{2})(?:,(\S+))?$/;

/**
 * One `--dialog` value as a slot, or the Swedish line that says how to write it. Whether the
 * organisation, the day and the times are valid is the domain's check (checkDialogues).
 */
export function parseDialogSpec(spec: string): DialogueSlot | string {
  const match = SPEC.exec(spec.trim());
  if (match === null) {
    return `--dialog "${spec}" går inte att läsa. Skriv ${DIALOG_SYNTAX}, till exempel ${DIALOG_EXAMPLE}`;
  }
  const [, organisationId = '', date = '', startTime = '', endTime = '', link] = match;
  return { organisationId, date, startTime, endTime, teamsLink: link ?? null };
}

/** The meeting store on the CLI's database, as the server composes it (open-store.ts). */
export function cliMeetingDeps(store: SqliteStore, config: Config): MeetingDeps {
  return {
    store,
    meetings: new SqliteMeetingStore(store.database),
    clock: systemClock,
    settings: { timeZone: config.rhythm.timeZone, reminderTime: config.rhythm.reminderTime },
    calendar: swedishWorkingDays(),
    newId: newMeetingId,
  };
}

/** One Swedish line per problem, each naming its organisation. */
export function dialogueProblemLines(problems: readonly DialogueProblem[]): string {
  const t = translator('sv');
  return problems.map((p) => describeDialogueProblem(t, p)).join('\n');
}

/**
 * "2026-03-10 09:00–10:00  Kulturförvaltningen" (local; the organisation's name on that day),
 * "(inställt)" after a cancelled one.
 */
export function dialogueLine(
  meeting: Meeting,
  organisations: readonly Organisation[],
  timeZone: string,
): string {
  const day = localDateOf(meeting.startsAt, timeZone);
  const { name } = dialogueOrganisationOn(meeting, organisations, timeZone);
  const times = `${localTimeOf(meeting.startsAt, timeZone)}–${localTimeOf(meeting.endsAt, timeZone)}`;
  return `${day} ${times}  ${name}${meeting.status === 'cancelled' ? ' (inställt)' : ''}`;
}
