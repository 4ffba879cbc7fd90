import { localDateOf } from '../meetings/local-time';
import { canActFor } from '../reporting';
import type { Member } from '../types';
import { PEOPLE_TIME_ZONE, type StandIn } from './people-types';

/** Today's local date (Europe/Stockholm) at `now`: what stand-in periods are compared with. */
export function peopleToday(now: Date): string {
  return localDateOf(now, PEOPLE_TIME_ZONE);
}

/** A stand-in stands on `day` (a local date) when it was not ended and the day is in its period. */
export function isActiveOn(standIn: StandIn, day: string): boolean {
  return standIn.endedAt === null && standIn.from <= day && day <= standIn.to;
}

/** A stand-in not ended whose period has not passed (current or upcoming) on `day`. */
export function isCurrentOrUpcoming(standIn: StandIn, day: string): boolean {
  return standIn.endedAt === null && day <= standIn.to;
}

/** The stand-ins `userId` holds on `day`, earliest period first. */
export function standingInFor(
  standIns: readonly StandIn[],
  userId: string,
  day: string,
): StandIn[] {
  return standIns.filter((s) => s.standInUserId === userId && isActiveOn(s, day));
}

/** Whom a report is made for: the reporter's own right (null), or the absent samordnare. */
export type OnBehalfOf = { readonly userId: string; readonly name: string } | null;

/**
 * Whether `member` may report for `organisationId`, and for whom: in her own right
 * (samordnare of it, or Samordning: `{ onBehalfOf: null }`), as the stand-in of an absent
 * samordnare (`onBehalfOf` her), or not at all (null). `active` are the stand-ins the person
 * holds today (standingInFor). Pure.
 */
export function reportingRight(
  member: Member,
  active: readonly StandIn[],
  organisationId: string,
): { readonly onBehalfOf: OnBehalfOf } | null {
  if (canActFor(member, organisationId)) return { onBehalfOf: null };
  const standIn = active.find((s) => s.organisationId === organisationId);
  return standIn === undefined
    ? null
    : { onBehalfOf: { userId: standIn.absentUserId, name: standIn.absentName } };
}

/** Who gets an organisation's personal reminder. */
export interface ReminderRecipient {
  readonly userId: string;
  readonly organisationId: string;
  /** For a stand-in: the absent samordnare she stands in for. */
  readonly standingInFor: { readonly userId: string; readonly name: string } | null;
}

/**
 * The personal reminders' recipients for the given organisations on `day`: every samordnare of
 * them, except one who is away, whose stand-in gets the reminder instead (once per
 * organisation, and not at all when she is a samordnare of it herself). Read from the member
 * list and stand-ins as they are now, so a change in "Personer" counts from the next reminder.
 */
export function reminderRecipients(
  members: readonly Member[],
  standIns: readonly StandIn[],
  organisationIds: ReadonlySet<string>,
  day: string,
): ReminderRecipient[] {
  const samordnare = members.filter(
    (m) =>
      m.roles.includes('samordnare') &&
      m.organisationId !== null &&
      organisationIds.has(m.organisationId),
  );
  const present = new Set(samordnare.map((m) => `${m.userId} ${m.organisationId ?? ''}`));
  const recipients: ReminderRecipient[] = [];
  const seen = new Set<string>();
  for (const m of samordnare) {
    const organisationId = m.organisationId ?? '';
    const away = standIns.find(
      (s) =>
        s.absentUserId === m.userId && s.organisationId === organisationId && isActiveOn(s, day),
    );
    const userId = away?.standInUserId ?? m.userId;
    const key = `${userId} ${organisationId}`;
    if (seen.has(key) || (away !== undefined && present.has(key))) continue;
    seen.add(key);
    recipients.push({
      userId,
      organisationId,
      standingInFor: away === undefined ? null : { userId: m.userId, name: m.name },
    });
  }
  return recipients;
}
