/**
 * The words for renames, merges and splits of organisations (decision 0030), shared by
 * `npm run plan -- rename|merge|split` and the tab's API (/api/v1/organisations/changes): one
 * wording in bot/src/i18n, Swedish first. The CLI adds how to type things in a terminal; the tab
 * shows the same sentences.
 */
import type {
  OrganisationChange,
  OrganisationChangeRefusal,
} from './domain/organisations/organisation-changes';
import type { OrganisationChangeRequest } from './domain/services/organisation-change-service';
import type { Translate } from './i18n';

/** How an organisation and an activity are named in the text (the CLI: ids; the tab: names). */
export interface ChangeNames {
  readonly organisation: (id: string) => string;
  readonly activity: (id: string) => string;
}

const BY_ID: ChangeNames = { organisation: (id) => id, activity: (id) => id };

type Vars = Record<string, string | number>;

/** The values a refusal's sentence names. */
function refusalVars(refusal: OrganisationChangeRefusal, names: ChangeNames): Vars {
  switch (refusal.kind) {
    case 'bad-date':
      return { value: refusal.value };
    case 'unknown-organisation':
      // Not in the store: only the id that was asked for.
      return { organisation: refusal.id };
    case 'not-valid-on':
      return { organisation: names.organisation(refusal.id), day: refusal.day };
    case 'before-reported-round':
      return { round: refusal.round.title, day: refusal.round.day };
    case 'outside-plan':
      return { day: refusal.day, start: refusal.plan.periodStart, end: refusal.plan.periodEnd };
    case 'same-name':
      return { name: refusal.name };
    case 'name-taken':
      return { name: refusal.name, organisation: names.organisation(refusal.id) };
    case 'same-organisation':
      return { organisation: names.organisation(refusal.id) };
    case 'bad-id':
    case 'id-taken':
      return { id: refusal.id };
    case 'empty-name':
    case 'too-few-parts':
      return {};
    case 'unknown-activity':
      return { activity: names.activity(refusal.id) };
    case 'unknown-part':
      return { activity: names.activity(refusal.activityId), id: refusal.id };
    case 'unplaced-activities':
      return { activities: refusal.ids.map(names.activity).join(', ') };
  }
}

/** A refused change as one sentence (never error.message). */
export function describeOrganisationRefusal(
  t: Translate,
  refusal: OrganisationChangeRefusal,
  names: ChangeNames = BY_ID,
): string {
  return t(`organisation.refusal.${refusal.kind}`, refusalVars(refusal, names));
}

function headline(t: Translate, request: OrganisationChangeRequest, names: ChangeNames): string {
  switch (request.kind) {
    case 'rename':
      return t('organisation.done.rename', {
        organisation: names.organisation(request.id),
        name: request.name.trim(),
        from: request.from,
      });
    case 'merge':
      return t('organisation.done.merge', {
        organisation: names.organisation(request.from),
        into: names.organisation(request.into),
        from: request.day,
      });
    case 'split':
      return t('organisation.done.split', {
        organisation: names.organisation(request.from),
        parts: request.parts.map((p) => names.organisation(p.id)).join(', '),
        from: request.day,
      });
  }
}

/** What a change did, one sentence a line: what changed, then who and what moved with it. */
export function describeOrganisationChange(
  t: Translate,
  request: OrganisationChangeRequest,
  change: OrganisationChange,
  names: ChangeNames = BY_ID,
): string[] {
  const lines = [headline(t, request, names)];
  const count = (key: 'moves' | 'members' | 'standIns', n: number) => {
    if (n > 0) lines.push(t(`organisation.done.${key}`, { count: n }));
  };
  count('moves', change.moves.length);
  count('members', change.members.length);
  count('standIns', change.standIns.length);
  if (change.membersLeft.length > 0 && request.kind === 'split')
    lines.push(
      t('organisation.done.membersLeft', {
        names: change.membersLeft.map((m) => m.name).join(', '),
        organisation: names.organisation(request.from),
      }),
    );
  return lines;
}
