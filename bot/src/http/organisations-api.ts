import type { Server } from 'restify';
import { z } from 'zod';
import {
  changeOrganisations,
  organisationsOfPlan,
  type OrganisationChangeRequest,
} from '../domain/services/organisation-change-service';
import { isSamordning, readsFollowUp } from '../domain/roles';
import type { Organisation } from '../domain/types';
import { bilingual } from '../i18n/bilingual';
import { describeOrganisationChange, describeOrganisationRefusal } from '../organisation-messages';
import { authenticatedFor } from './authenticated';
import { organisationValidity, planOf } from './plan-views';
import { forbidden, NOT_ALLOWED, planNotFound, queryParam, sendError } from './replies';
import { samordningJson } from './samordning-json';
import { sendJson } from './send-json';
import type { TabApiDeps } from './tab-api-deps';

/*
 * Organisations that change, under /api/v1/organisations (issue 15 item 5, decisions 0030 and
 * 0031): the samordningsgrupp reads every organisation with its validity and history; Samordning
 * renames, merges and splits one from a date — the same domain service and the same words as
 * `npm run plan -- rename|merge|split`, so it works on every store (SharePoint too). The role
 * and the actor in the people log come from the validated identity; a refusal stores nothing.
 */

const planId = z.string().regex(/^[\w.-]{1,100}$/);
const organisationId = z.string().trim().min(1).max(100);
// Checked in the domain (Swedish refusals); the shape only bounds the size.
const day = z.string().max(40);
const name = z.string().max(200);
const changeBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('rename'),
    organisation: organisationId,
    name,
    from: day,
    plan: planId.optional(),
  }),
  z.object({
    kind: z.literal('merge'),
    organisation: organisationId,
    into: organisationId,
    from: day,
    plan: planId.optional(),
  }),
  z.object({
    kind: z.literal('split'),
    organisation: organisationId,
    from: day,
    parts: z.array(z.object({ id: z.string().trim().max(100), name })).max(20),
    /** Activity id → the id of the new organisation it goes to. */
    activities: z
      .record(z.string().max(300), z.string().max(100))
      .refine((placed) => Object.keys(placed).length <= 2000),
    plan: planId.optional(),
  }),
]);
type ChangeBody = z.output<typeof changeBody>;

/** The body in the domain's terms. */
function requestOf(body: ChangeBody): OrganisationChangeRequest {
  switch (body.kind) {
    case 'rename':
      return { kind: 'rename', id: body.organisation, name: body.name, from: body.from };
    case 'merge':
      return { kind: 'merge', from: body.organisation, into: body.into, day: body.from };
    case 'split':
      return {
        kind: 'split',
        from: body.organisation,
        parts: body.parts,
        day: body.from,
        placement: new Map(Object.entries(body.activities)),
      };
  }
}

const NOT_CHANGED = {
  sv: 'Organisationen ändrades inte – ingenting har sparats. Se vad som behöver rättas.',
  en: 'The organisation was not changed; nothing was saved. See what needs correcting.',
} as const;

/** An organisation with its days and history (null: open-ended). */
const organisationOf = (o: Organisation) => ({
  ...organisationValidity(o),
  kind: o.kind,
  formerNames: (o.formerNames ?? []).map((f) => ({ name: f.name, until: f.until })),
  handovers: (o.handovers ?? []).map((h) => ({
    to: h.to,
    from: h.from,
    activityIds: [...h.activityIds],
  })),
});

export function registerOrganisationsApi(server: Server, deps: TabApiDeps): void {
  const authenticated = authenticatedFor(deps);
  const { store } = deps;

  server.get(
    '/api/v1/organisations',
    authenticated(async (req, res, user) => {
      if (!readsFollowUp(user)) return forbidden(res, NOT_ALLOWED);
      const listed = await organisationsOfPlan(store, queryParam(req, 'plan'));
      if ('kind' in listed) return sendJson(res, 404, planNotFound(listed.requested));
      const canChange = isSamordning(user);
      sendJson(res, 200, {
        plan: planOf(listed.plan),
        organisations: listed.organisations.map((o) => ({
          ...organisationOf(o),
          // Samordning places them in a split; the others do not need them.
          ...(canChange
            ? {
                activities: listed.activities
                  .filter((a) => a.organisationId === o.id)
                  .map((a) => ({ id: a.id, title: a.title })),
              }
            : {}),
        })),
        canChange,
      });
    }),
  );

  server.post(
    '/api/v1/organisations/changes',
    samordningJson(authenticated, changeBody, async (_req, res, user, body) => {
      const request = requestOf(body);
      // Named as they were before the change (the split's new parts by the names given).
      const before = await store.organisations.list();
      const named = new Map([
        ...before.map((o) => [o.id, o.name] as const),
        ...(body.kind === 'split' ? body.parts.map((p) => [p.id, p.name.trim()] as const) : []),
      ]);
      const names = {
        organisation: (id: string) => named.get(id) ?? id,
        activity: (id: string) => id,
      };
      const actor = { userId: user.userId, name: user.name };
      const outcome = await changeOrganisations(store, deps.clock, actor, request, body.plan);
      if (outcome.kind === 'plan-not-found')
        return sendJson(res, 404, planNotFound(outcome.requested));
      if (outcome.kind !== 'done')
        return sendError(res, 400, 'refused', NOT_CHANGED.sv, NOT_CHANGED.en, {
          problems: [
            {
              code: outcome.kind,
              ...bilingual((t) => describeOrganisationRefusal(t, outcome, names)),
            },
          ],
        });
      const { change } = outcome;
      deps.logger.info(
        {
          event: 'organisation-change',
          kind: request.kind,
          plan: outcome.plan.id,
          organisations: change.organisations.map((o) => o.id),
          activities: change.moves.map((m) => m.activity.id),
        },
        'organisations changed',
      );
      const text = bilingual((t) =>
        describeOrganisationChange(t, request, change, names).join(' '),
      );
      sendJson(res, 200, {
        ...text,
        plan: planOf(outcome.plan),
        kind: request.kind,
        organisations: change.organisations.map(organisationOf),
        moved: {
          activities: change.moves.map((m) => ({ id: m.activity.id, to: m.to })),
          samordnare: change.members.map((m) => m.after.userId),
          standIns: change.standIns.map((s) => s.after.id),
        },
        membersLeft: change.membersLeft.map((m) => m.userId),
      });
    }),
  );
}
