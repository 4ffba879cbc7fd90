import { z } from 'zod';
import type { Meeting, MeetingSnapshot, StepState } from '../../domain/meetings/meeting';
import {
  constellationSchema,
  MEETING_KINDS,
  MEETING_STATUSES,
  scheduleStepSchema,
  scheduleSchema,
  snapshotEntrySchema,
  STEP_OUTCOMES,
} from '../meeting-schemas';
import { mapper, type ListMapper } from './sharepoint-mappers';

/** The zod-checked mappers of the three meeting lists (Möten, its snapshots and steps). */

/** Drops the `title` column, which only people browsing the site look at. */
function withoutTitle(raw: Record<string, unknown>): Record<string, unknown> {
  const { title: _title, ...rest } = raw;
  return rest;
}

export const meetingMapper: ListMapper<Meeting> = mapper(
  'Möten',
  z
    .object({
      id: z.string(),
      planId: z.string(),
      kind: z.enum(MEETING_KINDS),
      startsAt: z.string(),
      endsAt: z.string(),
      theme: z.string(),
      agenda: z.string(),
      constellation: constellationSchema,
      teamsLink: z.string().nullable(),
      status: z.enum(MEETING_STATUSES),
      roundId: z.string(),
      schedule: scheduleSchema,
      revision: z.number().int(),
      version: z.number().int().positive(),
      createdAt: z.string(),
      updatedAt: z.string(),
      // An empty column reads back as null; the domain leaves the property out instead.
      calendarEventId: z.string().nullable().optional(),
    })
    .transform(({ calendarEventId, ...rest }): Meeting =>
      calendarEventId === null || calendarEventId === undefined
        ? rest
        : { ...rest, calendarEventId },
    ),
  (m) => m.id,
  { out: (m) => ({ ...m, title: m.theme || m.id }), in: withoutTitle },
);

export const meetingSnapshotMapper: ListMapper<MeetingSnapshot> = mapper(
  'Möten-ögonblicksbilder',
  z.object({
    meetingId: z.string(),
    roundId: z.string(),
    takenAt: z.string(),
    entries: z.array(snapshotEntrySchema),
  }),
  (s) => s.meetingId,
  { out: (s) => ({ ...s, title: `${s.meetingId} · ${s.takenAt}` }), in: withoutTitle },
);

/** A step's identity: one record per (meeting, revision, step). */
export const stepKey = (s: Pick<StepState, 'meetingId' | 'revision' | 'step'>): string =>
  `${s.meetingId}:${s.revision}:${s.step}`;

export const meetingStepMapper: ListMapper<StepState> = mapper(
  'Möten-schemasteg',
  z.object({
    meetingId: z.string(),
    revision: z.number().int(),
    step: scheduleStepSchema,
    outcome: z.enum(STEP_OUTCOMES),
    jobs: z.number().int(),
    at: z.string(),
  }),
  stepKey,
  {
    out: (s) => ({ ...s, id: stepKey(s), title: `${stepKey(s)} · ${s.outcome}` }),
    in: (raw) => {
      const { id: _id, ...rest } = withoutTitle(raw);
      return rest;
    },
  },
);
