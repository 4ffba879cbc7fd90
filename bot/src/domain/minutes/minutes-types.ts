/**
 * The meeting's Dagordning and what the samordningsgrupp decides (issue 18 items 4 and 5,
 * decision 0025). Shared types only: the builder is in agenda.ts, the rules in decisions.ts.
 */

export const AGENDA_ITEM_KINDS = [
  'theme',
  'deviation',
  'postponed',
  'not-reported',
  'added',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** One point of the Dagordning. Ids are stable so an order and decisions can refer to them. */
export interface AgendaItem {
  readonly id: string;
  readonly kind: AgendaItemKind;
  readonly title: string;
  /** The activity a deviation or postponement is about, else null. */
  readonly activityId: string | null;
  /** The organisation concerned (the activity's owner, or the one that has not reported). */
  readonly organisationId: string | null;
  /** The reason given in the report, how many activities are unreported, or ''. */
  readonly detail: string;
}

/** An item Samordning added by hand before the meeting. */
export interface AddedAgendaItem {
  readonly id: string;
  readonly title: string;
}

/** What Samordning changed in the built Dagordning: the order and the items added. */
export interface AgendaEdits {
  readonly meetingId: string;
  /** Item ids in the order chosen; items not named keep their built order after these. */
  readonly order: readonly string[];
  readonly added: readonly AddedAgendaItem[];
  readonly updatedAt: string;
  readonly updatedByName: string;
}

export const DECISION_KINDS = ['decision', 'action'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** A note and a decision or action recorded for one agenda item during the meeting. */
export interface MeetingDecision {
  readonly id: string;
  readonly meetingId: string;
  readonly agendaItemId: string;
  /** The activity the item was about, so the decision shows on its history. */
  readonly activityId: string | null;
  readonly note: string;
  readonly kind: DecisionKind;
  /** What is decided or is to be done. */
  readonly what: string;
  /** The organisation responsible (who), or null for the whole group. */
  readonly organisationId: string | null;
  /** By when (local date YYYY-MM-DD), required for an action. */
  readonly dueDate: string | null;
  readonly recordedByUserId: string;
  readonly recordedByName: string;
  readonly recordedAt: string;
}

export interface DecisionFilter {
  readonly meetingId?: string;
  readonly activityId?: string;
  readonly organisationId?: string;
}
