import type { AgendaEdits, DecisionFilter, MeetingDecision } from '../minutes/minutes-types';

/**
 * A meeting's Dagordning edits and the decisions recorded during it (decision 0025). SQLite
 * locally, SharePoint lists (Möten-dagordning, Möten-beslut) in production; one contract
 * suite for both (tests/contract/minutes-store.contract.test.ts).
 */
export interface MinutesStore {
  /** Samordning's order and added items for a meeting, if any were saved. */
  getAgenda(meetingId: string): Promise<AgendaEdits | undefined>;
  /** Replaces the meeting's agenda edits (last write wins; one record per meeting). */
  saveAgenda(edits: AgendaEdits): Promise<AgendaEdits>;
  /**
   * Records a decision once: the same id again stores nothing and returns the first one with
   * `created: false` (a retried request).
   */
  recordDecision(
    decision: MeetingDecision,
  ): Promise<{ decision: MeetingDecision; created: boolean }>;
  /** Decisions matching every given filter field, oldest first (recordedAt, then id). */
  listDecisions(filter?: DecisionFilter): Promise<MeetingDecision[]>;
}
