import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { MinutesProblem } from '../domain/minutes/decisions';
import { minutesDraft } from '../domain/minutes/minutes-draft';
import {
  isMinutesRefusal,
  loadAgenda,
  loadMinutes,
  nextMeetingId,
  recordDecision,
  saveAgenda,
  type MinutesDeps,
  type MinutesRefusal,
} from '../domain/services/minutes-service';
import { renderReportDocx } from '../files/docx-report';
import { formatDate, type MessageKey } from '../i18n';
import { bilingual } from '../i18n/bilingual';
import { sendMinutes } from '../meetings/minutes-send';
import { formatMeetingTime } from '../teams/cards/reminder-card';
import { isSamordning } from '../domain/roles';
import { authenticatedFor } from './authenticated';
import { sendJson } from './send-json';
import { forbidden, sendError } from './replies';
import { samordningJson } from './samordning-json';
import { sendMeetingRefusal } from './meeting-replies';
import type { TabApiDeps } from './tab-api-deps';

/*
 * The meeting's Dagordning, decisions and minutes under /api/v1/meetings/:id (decision 0025):
 * everyone signed in reads; only Samordning (role from the validated identity) changes the
 * agenda, records decisions and sends them. Bad input: a Swedish message, nothing stored.
 */

const agendaSchema = z.object({
  order: z.array(z.string().max(200)).max(500),
  added: z
    .array(z.object({ id: z.string().max(100).optional(), title: z.string().max(1000) }))
    .max(100),
});

const decisionSchema = z.object({
  /** The client's idempotency key: a retried POST with the same id stores nothing more. */
  id: z
    .string()
    .regex(/^[A-Za-z0-9-]{8,64}$/)
    .optional(),
  agendaItemId: z.string().max(300),
  note: z.string().max(10_000).default(''),
  kind: z.string().max(20),
  what: z.string().max(10_000),
  organisationId: z.string().max(200).nullable().default(null),
  dueDate: z.string().max(20).nullable().default(null),
});

function problemBody(p: MinutesProblem) {
  const key = `minutes.problem.${p.field}.${p.code}` as MessageKey;
  return { field: p.field, code: p.code, ...bilingual((t) => t(key)) };
}

function refused(res: Response, refusal: MinutesRefusal): void {
  sendMeetingRefusal(res, refusal, {
    sv: 'Inget sparades. Rätta uppgifterna och försök igen.',
    en: 'Nothing was saved. Correct the details and try again.',
    problem: problemBody,
  });
}

export function registerMinutesApi(server: Server, deps: TabApiDeps): void {
  const authenticated = authenticatedFor(deps);
  const minutesDeps: MinutesDeps = {
    store: deps.store,
    meetings: deps.rhythm.meetings,
    minutes: deps.rhythm.minutes,
    timeZone: deps.rhythm.settings.timeZone,
  };
  const id = (req: Request): string => String((req.params as Record<string, unknown>)['id'] ?? '');

  const agendaBody = async (requested: string, canEdit: boolean) => {
    // "nasta": the tab's Dagordning asks for the next meeting without knowing its id.
    const meetingId =
      requested === 'nasta'
        ? ((await nextMeetingId(minutesDeps, deps.clock.now())) ?? requested)
        : requested;
    const loaded = await loadAgenda(minutesDeps, meetingId);
    if (isMinutesRefusal(loaded)) return loaded;
    return {
      meeting: {
        id: loaded.meeting.id,
        startsAt: loaded.meeting.startsAt,
        endsAt: loaded.meeting.endsAt,
        theme: loaded.meeting.theme,
        status: loaded.meeting.status,
      },
      items: loaded.items,
      edited:
        loaded.edits === null
          ? null
          : { at: loaded.edits.updatedAt, by: loaded.edits.updatedByName },
      organisations: loaded.organisations.map((o) => ({ id: o.id, name: o.name })),
      canEdit,
    };
  };

  server.get(
    '/api/v1/meetings/:id/agenda',
    authenticated(async (req, res, user) => {
      const body = await agendaBody(id(req), isSamordning(user));
      if ('kind' in body) return refused(res, body);
      sendJson(res, 200, body);
    }),
  );

  server.put(
    '/api/v1/meetings/:id/agenda',
    samordningJson(authenticated, agendaSchema, async (req, res, user, agenda) => {
      const result = await saveAgenda(
        minutesDeps,
        user,
        id(req),
        {
          order: agenda.order,
          added: agenda.added.map((a) => ({
            id: a.id ?? `egen:${randomUUID()}`,
            title: a.title,
          })),
        },
        deps.clock.now(),
      );
      if (isMinutesRefusal(result)) return refused(res, result);
      const body = await agendaBody(id(req), true);
      if ('kind' in body) return refused(res, body);
      sendJson(res, 200, body);
    }),
  );

  server.post(
    '/api/v1/meetings/:id/decisions',
    samordningJson(authenticated, decisionSchema, async (req, res, user, decision) => {
      const { id: decisionId, ...input } = decision;
      const result = await recordDecision(
        minutesDeps,
        user,
        id(req),
        input,
        decisionId ?? randomUUID(),
        deps.clock.now(),
      );
      if (isMinutesRefusal(result)) return refused(res, result);
      sendJson(res, result.created ? 201 : 200, { decision: result.decision });
    }),
  );

  server.get(
    '/api/v1/meetings/:id/minutes',
    authenticated(async (req, res, user) => {
      const loaded = await loadMinutes(minutesDeps, id(req));
      if (isMinutesRefusal(loaded)) return refused(res, loaded);
      sendJson(res, 200, {
        meeting: {
          id: loaded.meeting.id,
          startsAt: loaded.meeting.startsAt,
          theme: loaded.meeting.theme,
        },
        items: loaded.items,
        decisions: loaded.decisions,
        organisations: loaded.allOrganisations.map((o) => ({ id: o.id, name: o.name })),
        canEdit: isSamordning(user),
      });
    }),
  );

  server.get(
    '/api/v1/meetings/:id/minutes.docx',
    authenticated(async (req, res) => {
      const loaded = await loadMinutes(minutesDeps, id(req));
      if (isMinutesRefusal(loaded)) return refused(res, loaded);
      const when = formatMeetingTime('sv', loaded.meeting.startsAt);
      const body = await renderReportDocx(
        minutesDraft({
          theme: loaded.meeting.theme,
          when,
          items: loaded.items,
          decisions: loaded.decisions,
          organisations: loaded.allOrganisations,
          formatDay: (date) => formatDate('sv', `${date}T12:00:00.000Z`),
        }),
        `Protokoll – ${when}`,
      );
      res.status(200);
      res.setHeader(
        'Content-Type',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="samordna-protokoll-${loaded.meeting.startsAt.slice(0, 10)}.docx"`,
      );
      res.setHeader('Cache-Control', 'no-store');
      res.end(body);
    }),
  );

  server.post(
    '/api/v1/meetings/:id/minutes/send',
    authenticated.json(async (req, res, user) => {
      if (!isSamordning(user)) return forbidden(res);
      const delivery = deps.rhythm.delivery;
      if (delivery === null) {
        return sendError(
          res,
          503,
          'unavailable',
          'Boten kan inte skicka meddelanden just nu.',
          'The bot cannot send messages right now.',
        );
      }
      const result = await sendMinutes(
        {
          ...minutesDeps,
          outbox: delivery.outbox,
          renderer: deps.rhythm.renderer,
          tabUrl: deps.rhythm.tabUrl,
        },
        id(req),
        deps.clock.now(),
      );
      if (result === null) return refused(res, { kind: 'not-found' });
      sendJson(res, 200, result);
    }),
  );

  server.get(
    '/api/v1/activities/:id/decisions',
    authenticated(async (req, res) => {
      const decisions = await deps.rhythm.minutes.listDecisions({ activityId: id(req) });
      sendJson(res, 200, { decisions });
    }),
  );
}
