/**
 * Organisations as they were on a day (issue 15 item 5, decision 0030): which existed, under
 * which name, and which organisation each activity belonged to. A round is counted with the
 * organisations of its opening day, so a rename, merge or split after it never rewrites its
 * figures. Pure.
 */
import { localDateOf } from '../meetings/local-time';
import { ROUND_TIME_ZONE } from '../follow-up-round';
import type { Activity, Organisation, ReportingRound } from '../types';

/** The local day (`YYYY-MM-DD`, Europe/Stockholm) a round opened: the day it is counted on. */
export const roundDay = (round: Pick<ReportingRound, 'opensAt'>): string =>
  localDateOf(round.opensAt, ROUND_TIME_ZONE);

/** Did the organisation exist on `day` (both ends of its validity included)? */
export function isValidOn(organisation: Organisation, day: string): boolean {
  return (
    (organisation.validFrom === undefined || organisation.validFrom <= day) &&
    (organisation.validTo === undefined || day <= organisation.validTo)
  );
}

/** The organisations that exist on `day`: what a person may choose among then. */
export const validOn = (organisations: readonly Organisation[], day: string): Organisation[] =>
  organisations.filter((o) => isValidOn(o, day));

/**
 * The organisations that exist at `now` (its local day, Europe/Stockholm): what the forms,
 * the Personer choice and the reminders offer. `now` comes from the clock port.
 */
export const validAt = (organisations: readonly Organisation[], now: Date): Organisation[] =>
  validOn(organisations, localDateOf(now, ROUND_TIME_ZONE));

/** The name the organisation had on `day`: the first former name still in use then, else today's. */
export function nameOn(organisation: Organisation, day: string): string {
  const former = [...(organisation.formerNames ?? [])]
    .sort((a, b) => a.until.localeCompare(b.until))
    .find((f) => day <= f.until);
  return former?.name ?? organisation.name;
}

/** The organisation as it was on `day`: its name then, and its history left out. */
function organisationOn(organisation: Organisation, day: string): Organisation {
  return { id: organisation.id, name: nameOn(organisation, day), kind: organisation.kind };
}

/**
 * Which organisation each handed-over activity belonged to on `day`: the organisation that
 * handed it over first after that day (a chain A → B → C reads as A before the first
 * handover). Activities never handed over after `day` are absent: they belong to their own.
 */
function ownersOn(organisations: readonly Organisation[], day: string): Map<string, string> {
  const first = new Map<string, { from: string; owner: string }>();
  for (const organisation of organisations) {
    for (const handover of organisation.handovers ?? []) {
      if (handover.from <= day) continue;
      for (const activityId of handover.activityIds) {
        const seen = first.get(activityId);
        if (seen === undefined || handover.from < seen.from) {
          first.set(activityId, { from: handover.from, owner: organisation.id });
        }
      }
    }
  }
  return new Map([...first].map(([activityId, { owner }]) => [activityId, owner]));
}

/**
 * The organisations and activities as they were on `day`: only organisations that existed
 * then, under their names then, and each activity with the organisation it belonged to.
 * Where nothing ever changed, this is the input unchanged (same names, same owners).
 */
export function asOfDay(
  organisations: readonly Organisation[],
  activities: readonly Activity[],
  day: string,
): { organisations: Organisation[]; activities: Activity[] } {
  const owners = ownersOn(organisations, day);
  return {
    organisations: validOn(organisations, day).map((o) => organisationOn(o, day)),
    activities: activities.map((a) => {
      const owner = owners.get(a.id);
      return owner === undefined || owner === a.organisationId
        ? a
        : { ...a, organisationId: owner };
    }),
  };
}

/** `asOfDay` on the day the round opened. */
export const asOfRound = (
  organisations: readonly Organisation[],
  activities: readonly Activity[],
  round: Pick<ReportingRound, 'opensAt'>,
): { organisations: Organisation[]; activities: Activity[] } =>
  asOfDay(organisations, activities, roundDay(round));
