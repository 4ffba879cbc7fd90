import { z } from 'zod';
import type { Meeting, MeetingSnapshot, StepState } from '../../domain/meetings/meeting';
import {
  constellationSchema as constellation,
  MEETING_KINDS,
  MEETING_STATUSES,
  scheduleStepSchema,
  scheduleSchema as schedule,
  snapshotEntrySchema as snapshotEntry,
  STEP_OUTCOMES,
} from '../meeting-schemas';
import { jsonColumn } from './json-columns';

/** Row ⇄ domain mappers for the meeting tables, every row checked with zod. */

const meetingRow = z.object({
  id: z.string(),
  plan_id: z.string(),
  kind: z.enum(MEETING_KINDS),
  starts_at: z.string(),
  ends_at: z.string(),
  theme: z.string(),
  agenda: z.string(),
  constellation: jsonColumn(constellation),
  teams_link: z.string().nullable(),
  status: z.enum(MEETING_STATUSES),
  round_id: z.string(),
  schedule: jsonColumn(schedule),
  revision: z.number().int(),
  version: z.number().int(),
  calendar_event_id: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

export function meetingFromRow(row: unknown): Meeting {
  const r = meetingRow.parse(row);
  return {
    id: r.id,
    planId: r.plan_id,
    kind: r.kind,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    theme: r.theme,
    agenda: r.agenda,
    constellation: r.constellation,
    teamsLink: r.teams_link,
    status: r.status,
    roundId: r.round_id,
    schedule: r.schedule,
    ...(r.calendar_event_id === null ? {} : { calendarEventId: r.calendar_event_id }),
    revision: r.revision,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function meetingToRow(m: Meeting): Record<string, string | number | null> {
  return {
    id: m.id,
    plan_id: m.planId,
    kind: m.kind,
    starts_at: m.startsAt,
    ends_at: m.endsAt,
    theme: m.theme,
    agenda: m.agenda,
    constellation: JSON.stringify(m.constellation),
    teams_link: m.teamsLink,
    status: m.status,
    round_id: m.roundId,
    schedule: JSON.stringify(m.schedule),
    revision: m.revision,
    version: m.version,
    calendar_event_id: m.calendarEventId ?? null,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
  };
}

const snapshotRow = z.object({
  meeting_id: z.string(),
  round_id: z.string(),
  taken_at: z.string(),
  entries: jsonColumn(z.array(snapshotEntry)),
});

export function snapshotFromRow(row: unknown): MeetingSnapshot {
  const r = snapshotRow.parse(row);
  return { meetingId: r.meeting_id, roundId: r.round_id, takenAt: r.taken_at, entries: r.entries };
}

export function snapshotToRow(s: MeetingSnapshot): Record<string, string> {
  return {
    meeting_id: s.meetingId,
    round_id: s.roundId,
    taken_at: s.takenAt,
    entries: JSON.stringify(s.entries),
  };
}

const stepRow = z.object({
  meeting_id: z.string(),
  revision: z.number().int(),
  step: scheduleStepSchema,
  outcome: z.enum(STEP_OUTCOMES),
  jobs: z.number().int(),
  at: z.string(),
});

export function stepFromRow(row: unknown): StepState {
  const r = stepRow.parse(row);
  return {
    meetingId: r.meeting_id,
    revision: r.revision,
    step: r.step,
    outcome: r.outcome,
    jobs: r.jobs,
    at: r.at,
  };
}

export function stepToRow(s: StepState): Record<string, string | number> {
  return {
    meeting_id: s.meetingId,
    revision: s.revision,
    step: s.step,
    outcome: s.outcome,
    jobs: s.jobs,
    at: s.at,
  };
}
