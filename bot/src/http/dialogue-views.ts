import { z } from 'zod';
import { dialogueOrganisationOn, type DialogueSlot } from '../domain/meetings/dialogue';
import { localDateOf, localTimeOf } from '../domain/meetings/local-time';
import type { Meeting } from '../domain/meetings/meeting';
import type { Organisation } from '../domain/types';

/*
 * Dialogue meetings of a follow-up round (issue 15 item 7, decision 0033) as the tab API reads
 * and writes them: one organisation, a local date and times in the rhythm's time zone.
 */

/** The most dialogues one request may carry: far more organisations than the city has. */
export const MAX_DIALOGUES = 200;

/** One dialogue as the tab sends it; the domain checks the values (Swedish problems). */
export const dialoguesShape = z
  .array(
    z.object({
      organisation: z.string().max(100),
      date: z.string().max(40),
      start: z.string().max(40),
      end: z.string().max(40),
      teamsLink: z.string().max(2000).nullable().optional(),
    }),
  )
  .max(MAX_DIALOGUES);

export type DialogueRequest = z.output<typeof dialoguesShape>[number];

/** The request's dialogues as the domain's slots. */
export const slotsOf = (dialogues: readonly DialogueRequest[]): DialogueSlot[] =>
  dialogues.map((d) => ({
    organisationId: d.organisation,
    date: d.date,
    startTime: d.start,
    endTime: d.end,
    teamsLink: d.teamsLink ?? null,
  }));

/** A dialogue meeting as the tab lists it: local date and times, the organisation by name. */
export function dialogueView(
  meeting: Meeting,
  organisations: readonly Organisation[],
  timeZone: string,
) {
  return {
    id: meeting.id,
    organisation: dialogueOrganisationOn(meeting, organisations, timeZone),
    date: localDateOf(meeting.startsAt, timeZone),
    start: localTimeOf(meeting.startsAt, timeZone),
    end: localTimeOf(meeting.endsAt, timeZone),
    status: meeting.status,
    teamsLink: meeting.teamsLink,
  };
}
