import type {
  AgendaEdits,
  DecisionFilter,
  MeetingDecision,
} from '../../domain/minutes/minutes-types';
import type { MinutesStore } from '../../domain/ports/minutes-store.port';
import type { SharePointContext } from './sharepoint-context';

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Agenda edits and decisions in Möten-dagordning and Möten-beslut, on the store's read model
 * and write outbox. A decision is first-record-wins by id: the read model answers first, then
 * the indexed SamordnaId in SharePoint (one call), so a retry on another instance stores nothing.
 */
export class SharePointMinutesStore implements MinutesStore {
  constructor(private readonly ctx: SharePointContext) {}

  async getAgenda(meetingId: string): Promise<AgendaEdits | undefined> {
    await this.ctx.fresh();
    return this.ctx.meetingAgendas.get(meetingId)?.record;
  }

  async saveAgenda(edits: AgendaEdits): Promise<AgendaEdits> {
    await this.ctx.fresh();
    const base = this.ctx.meetingAgendas.get(edits.meetingId);
    // Last write wins: an upsert over whatever item holds the meeting's agenda.
    await this.ctx.write(this.ctx.meetingAgendas, edits, 'upsert', base);
    return edits;
  }

  async recordDecision(
    decision: MeetingDecision,
  ): Promise<{ decision: MeetingDecision; created: boolean }> {
    await this.ctx.fresh();
    const replica = this.ctx.meetingDecisions;
    const known = replica.get(decision.id);
    if (known !== undefined) return { decision: known.record, created: false };
    const [stored] = await this.ctx.lists.findBy(replica.mapper.list, 'SamordnaId', decision.id);
    if (stored !== undefined) {
      replica.applyServer([stored]);
      return {
        decision: replica.get(decision.id)?.record ?? replica.mapper.fromFields(stored.fields),
        created: false,
      };
    }
    await this.ctx.write(replica, decision, 'create');
    return { decision, created: true };
  }

  async listDecisions(filter: DecisionFilter = {}): Promise<MeetingDecision[]> {
    await this.ctx.fresh();
    return this.ctx.meetingDecisions
      .all()
      .filter(
        (d) =>
          (filter.meetingId === undefined || d.meetingId === filter.meetingId) &&
          (filter.activityId === undefined || d.activityId === filter.activityId) &&
          (filter.organisationId === undefined || d.organisationId === filter.organisationId),
      )
      .sort((a, b) => byText(a.recordedAt, b.recordedAt) || byText(a.id, b.id));
  }
}
