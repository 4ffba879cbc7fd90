import type {
  AgendaEdits,
  DecisionFilter,
  MeetingDecision,
} from '../../domain/minutes/minutes-types';
import type { MinutesStore } from '../../domain/ports/minutes-store.port';
import { createOnce, matches, readAll, readOne, replace } from './replica-writes';
import type { SharePointContext } from './sharepoint-context';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Agenda edits and decisions in Möten-dagordning and Möten-beslut, on the store's read model
 * and write outbox. A decision is first-record-wins by id: the read model answers first, then
 * the indexed SamordnaId in SharePoint (one call), so a retry on another instance stores nothing.
 */
export class SharePointMinutesStore implements MinutesStore {
  constructor(private readonly ctx: SharePointContext) {}

  getAgenda = (meetingId: string): Promise<AgendaEdits | undefined> =>
    readOne(this.ctx, this.ctx.meetingAgendas, meetingId);

  async saveAgenda(edits: AgendaEdits): Promise<AgendaEdits> {
    // Last write wins: an upsert over whatever item holds the meeting's agenda.
    await replace(this.ctx, this.ctx.meetingAgendas, edits);
    return edits;
  }

  async recordDecision(
    decision: MeetingDecision,
  ): Promise<{ decision: MeetingDecision; created: boolean }> {
    const first = await createOnce(this.ctx, this.ctx.meetingDecisions, decision);
    return first === null ? { decision, created: true } : { decision: first, created: false };
  }

  async listDecisions(filter: DecisionFilter = {}): Promise<MeetingDecision[]> {
    return (await readAll(this.ctx, this.ctx.meetingDecisions))
      .filter((d) =>
        matches(d, {
          meetingId: filter.meetingId,
          activityId: filter.activityId,
          organisationId: filter.organisationId,
        }),
      )
      .sort((a, b) => byText(a.recordedAt, b.recordedAt) || byText(a.id, b.id));
  }
}
