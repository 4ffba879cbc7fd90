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

/** A refused change as one sentence (never error.message). */
export function describeOrganisationRefusal(
  t: Translate,
  refusal: OrganisationChangeRefusal,
  names: ChangeNames = BY_ID,
): string {
  switch (refusal.kind) {
    case 'bad-date':
      return t('organisation.refusal.bad-date', { value: refusal.value });
    case 'unknown-organisation':
      return t('organisation.refusal.unknown-organisation', { organisation: refusal.id });
    case 'not-valid-on':
      return t('organisation.refusal.not-valid-on', {
        organisation: names.organisation(refusal.id),
        day: refusal.day,
      });
    case 'before-reported-round':
      return t('organisation.refusal.before-reported-round', {
        round: refusal.round.title,
        day: refusal.round.day,
      });
    case 'outside-plan':
      return t('organisation.refusal.outside-plan', {
        day: refusal.day,
        start: refusal.plan.periodStart,
        end: refusal.plan.periodEnd,
      });
    case 'same-name':
      return t('organisation.refusal.same-name', { name: refusal.name });
    case 'name-taken':
      return t('organisation.refusal.name-taken', {
        name: refusal.name,
        organisation: names.organisation(refusal.id),
      });
    case 'same-organisation':
      return t('organisation.refusal.same-organisation', {
        organisation: names.organisation(refusal.id),
      });
    case 'bad-id':
    case 'id-taken':
      return t(`organisation.refusal.${refusal.kind}`, { id: refusal.id });
    case 'empty-name':
    case 'too-few-parts':
      return t(`organisation.refusal.${refusal.kind}`);
    case 'unknown-activity':
      return t('organisation.refusal.unknown-activity', { activity: names.activity(refusal.id) });
    case 'unknown-part':
      return t('organisation.refusal.unknown-part', {
        activity: names.activity(refusal.activityId),
        id: refusal.id,
      });
    case 'unplaced-activities':
      return t('organisation.refusal.unplaced-activities', {
        activities: refusal.ids.map(names.activity).join(', '),
      });
  }
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
