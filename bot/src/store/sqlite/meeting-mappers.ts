import type { Meeting, MeetingSnapshot, StepState } from '../../domain/meetings/meeting';
import { sqliteCodec, type FlatRow } from '../../codecs/record-codec';
import { meetingShape, snapshotShape, stepShape, storedMeeting } from '../meeting-schemas';

/** Row ⇄ domain mappers for the meeting tables, every row checked with zod. */

export const meetingRows = sqliteCodec(meetingShape, { json: ['constellation', 'schedule'] });

export const meetingFromRow = (row: unknown): Meeting => storedMeeting(meetingRows.fromRow(row));

export const meetingToRow = (m: Meeting): FlatRow => meetingRows.toRow(m);

const snapshots = sqliteCodec(snapshotShape, { json: ['entries'] });

export const snapshotFromRow = (row: unknown): MeetingSnapshot => snapshots.fromRow(row);

export const snapshotToRow = (s: MeetingSnapshot): FlatRow => snapshots.toRow(s);

const steps = sqliteCodec(stepShape);

export const stepFromRow = (row: unknown): StepState => steps.fromRow(row);

export const stepToRow = (s: StepState): FlatRow => steps.toRow(s);
