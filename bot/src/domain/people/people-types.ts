import type { Member } from '../types';

/**
 * People: who is samordnare for which organisation, who is Samordning and HR (the member
 * records), the stand-ins samordnare name for a period, and the log of every change.
 * Pure data. See docs/decisions/0022-people.md.
 */

/** Stand-in periods are local calendar dates in this zone (Europe/Stockholm). */
export const PEOPLE_TIME_ZONE = 'Europe/Stockholm';

/**
 * A stand-in (ersättare): while a samordnare is away (holiday, illness), from `from` to `to`
 * inclusive, `standIn` gets the organisation's reminders instead of her and may report for
 * the organisation; the reports say "rapporterat av {stand-in} för {absent}".
 */
export interface StandIn {
  readonly id: string;
  readonly organisationId: string;
  /** The samordnare who is away. */
  readonly absentUserId: string;
  readonly absentName: string;
  /** Who stands in: anyone in the directory (not necessarily a member). */
  readonly standInUserId: string;
  readonly standInName: string;
  /** Local dates `YYYY-MM-DD` (Europe/Stockholm), both days included. */
  readonly from: string;
  readonly to: string;
  readonly createdByUserId: string;
  readonly createdByName: string;
  /** UTC instant. */
  readonly createdAt: string;
  /** When the stand-in was ended (before or during the period), or null while it stands. */
  readonly endedAt: string | null;
  readonly endedByName: string | null;
}

/** What one change did: the record before and after (null: it did not exist / no longer does). */
export type PeopleChange =
  | { readonly kind: 'member'; readonly before: Member | null; readonly after: Member | null }
  | { readonly kind: 'stand-in'; readonly before: StandIn | null; readonly after: StandIn };

/** One entry of the people log ("Ändringslogg"): who changed what, when. Appended, never changed. */
export interface PeopleAuditEntry {
  readonly id: string;
  /** UTC instant. */
  readonly at: string;
  readonly actorUserId: string;
  readonly actorName: string;
  /** The person the change is about (the member; for a stand-in, the absent samordnare). */
  readonly subjectUserId: string;
  readonly change: PeopleChange;
}

export type PeopleAction =
  | 'member-added'
  | 'member-changed'
  | 'member-removed'
  | 'stand-in-added'
  | 'stand-in-ended'
  /** A merge moved the stand-in to the organisation that took over (decision 0030). */
  | 'stand-in-moved';

/** The action an entry records, read from its before and after. */
export function auditAction(change: PeopleChange): PeopleAction {
  if (change.kind === 'stand-in') {
    if (change.before === null) return 'stand-in-added';
    return change.before.organisationId === change.after.organisationId
      ? 'stand-in-ended'
      : 'stand-in-moved';
  }
  if (change.before === null) return 'member-added';
  return change.after === null ? 'member-removed' : 'member-changed';
}

/**
 * A person found in the directory (Entra ID through Graph, or the demo users locally): only
 * properties of the basic profile User.ReadBasic.All reads (decision 0022).
 */
export interface DirectoryUser {
  /** Entra object id. */
  readonly id: string;
  readonly displayName: string;
  readonly mail: string | null;
  /** The sign-in name, e.g. `sara.lind@malmo.se`; tells apart people with the same name. */
  readonly userPrincipalName: string;
}
