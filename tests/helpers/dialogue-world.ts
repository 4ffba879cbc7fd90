import type { DialogueSlot } from '../../bot/src/domain/meetings/dialogue';
import { planDialogues } from '../../bot/src/domain/meetings/dialogue-service';
import type { Meeting } from '../../bot/src/domain/meetings/meeting';
import { createFollowUpRoundWithDialogues } from '../../bot/src/domain/services/round-service';
import type { ReportingRound } from '../../bot/src/domain/types';
import { rhythmWorld, type RhythmWorld } from './rhythm-world';

/** A fresh `rhythmWorld` for each test of the calling describe block (closed after it). */
export function eachRhythmWorld(): () => RhythmWorld {
  let world: RhythmWorld | undefined;
  beforeEach(async () => {
    world = await rhythmWorld();
  });
  afterEach(async () => {
    await world?.close();
    world = undefined;
  });
  return () => {
    if (world === undefined) throw new Error('no rhythm world outside a test');
    return world;
  };
}

/**
 * Dialogue meetings of a follow-up round (decision 0033) in a `rhythmWorld` (its clock stands at
 * Friday 20 November 2026): the follow-up round spans November and December 2026.
 */
export const FOLLOW_UP = {
  title: 'Uppföljning genom dialog 2026',
  from: '2026-11-01',
  to: '2026-12-31',
} as const;

/** One organisation's dialogue slot, 09:00–10:00 local unless told. */
export const slot = (
  organisationId: string,
  date: string,
  overrides: Partial<Omit<DialogueSlot, 'organisationId' | 'date'>> = {},
): DialogueSlot => ({
  organisationId,
  date,
  startTime: '09:00',
  endTime: '10:00',
  teamsLink: null,
  ...overrides,
});

/** FOLLOW_UP stored in the world's plan (no dialogues). */
export async function followUp(world: RhythmWorld): Promise<ReportingRound> {
  const outcome = await createFollowUpRoundWithDialogues(world.meetingDeps, FOLLOW_UP, []);
  if (outcome.kind !== 'created' && outcome.kind !== 'exists') {
    throw new Error(`round not stored: ${JSON.stringify(outcome)}`);
  }
  return outcome.round;
}

/** The slots planned as dialogues of `round`; throws when refused. */
export async function dialogues(
  world: RhythmWorld,
  round: ReportingRound,
  ...slots: DialogueSlot[]
): Promise<readonly Meeting[]> {
  const outcome = await planDialogues(world.meetingDeps, round, slots);
  if (outcome.kind !== 'saved') throw new Error(`not planned: ${JSON.stringify(outcome)}`);
  return outcome.meetings;
}

/** One slot planned as the only dialogue asked for; throws when refused. */
export async function dialogue(
  world: RhythmWorld,
  round: ReportingRound,
  one: DialogueSlot,
): Promise<Meeting> {
  const [meeting] = await dialogues(world, round, one);
  if (meeting === undefined) throw new Error('no dialogue');
  return meeting;
}

/** FOLLOW_UP stored with the slots planned as its dialogues. */
export async function followUpWith(
  world: RhythmWorld,
  ...slots: DialogueSlot[]
): Promise<{ round: ReportingRound; meetings: readonly Meeting[] }> {
  const round = await followUp(world);
  return { round, meetings: await dialogues(world, round, ...slots) };
}
