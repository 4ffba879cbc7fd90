import type { Meeting, MeetingSnapshot, StepState } from '../../domain/meetings/meeting';
import { meetingShape, snapshotShape, stepShape, storedMeeting } from '../meeting-schemas';
import { mapper, type ListMapper } from './sharepoint-mappers';

/** The zod-checked mappers of the three meeting lists (Möten, its snapshots and steps). */

export const meetingMapper: ListMapper<Meeting> = mapper(
  'Möten',
  // An empty column reads back as null; the domain leaves the property out instead.
  meetingShape.transform(storedMeeting),
  (m) => m.id,
  { title: (m) => m.theme || m.id },
);

export const meetingSnapshotMapper: ListMapper<MeetingSnapshot> = mapper(
  'Möten-ögonblicksbilder',
  snapshotShape,
  (s) => s.meetingId,
  { title: (s) => `${s.meetingId} · ${s.takenAt}` },
);

/** A step's identity: one record per (meeting, revision, step). */
export const stepKey = (s: Pick<StepState, 'meetingId' | 'revision' | 'step'>): string =>
  `${s.meetingId}:${s.revision}:${s.step}`;

export const meetingStepMapper: ListMapper<StepState> = mapper(
  'Möten-schemasteg',
  stepShape,
  stepKey,
  {
    title: (s) => `${stepKey(s)} · ${s.outcome}`,
    out: (s) => ({ ...s, id: stepKey(s) }),
    in: (raw) => {
      const { id: _id, ...rest } = raw;
      return rest;
    },
  },
);
