import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { localDateOf } from '../domain/meetings/local-time';
import { validAt } from '../domain/organisations/organisation-history';
import type { RhythmWarning } from '../domain/meetings/validation';
import {
  changeMeeting,
  planMeeting,
  type MeetingDeps,
  type MeetingResult,
} from '../domain/meetings/meeting-service';
import { bilingual } from '../i18n/bilingual';
import { applyMeetingChange } from '../meetings/meeting-changes';
import { meetingFormSchema, meetingInputOf, type MeetingForm } from '../meetings/meeting-form';
import { describeProblem, describeWarning } from '../meetings/meeting-messages';
import { loadMeetingsOverview } from '../meetings/meetings-view';
import { authenticatedFor } from './authenticated';
import { dialogueOrganisationOn } from '../domain/meetings/dialogue';
import { sendJson } from './send-json';
import { forbidden, queryParam, sendError } from './replies';
import { isSamordning } from '../domain/roles';
import { samordningJson } from './samordning-json';
import { sendMeetingRefusal } from './meeting-replies';
import type { TabApiDeps } from './tab-api-deps';

/*
 * Meetings and reminders under /api/v1: everyone signed in reads (people's names, object ids
 * and the technical fix for reminders that did not arrive only Samordning); only Samordning plans, moves, cancels and retries (the role comes from
 * the validated identity of the caller).
 */

/**
 * The technical fix for reminders that did not arrive, for IT: behind "För IT" in the tab and
 * sent to Samordning only (a samordnare cannot act on a Graph permission). The plain words on
 * each person's line live in the tab's strings.
 */
export const IT_HELP = {
  sv: 'Når inte: personen har ingen personlig chatt med Samordna-boten, eftersom appen inte är installerad för hen. Installera appen för användaren i Teams administrationscenter (Teams-appar → Installationsprinciper) eller via Microsoft Graph (POST /users/{objekt-id}/teamwork/installedApps, behörigheten TeamsAppInstallation.ReadWriteSelfForUser.All). Misslyckades: Teams tog inte emot meddelandet efter flera försök; orsaken står i serverns logg (händelsen outbox-delivery med påminnelsens nyckel). Tryck sedan på "Försök igen".',
  en: 'Not reachable: the person has no personal chat with the Samordna bot because the app is not installed for them. Install the app for the user in the Teams admin center (Teams apps → Setup policies) or through Microsoft Graph (POST /users/{object-id}/teamwork/installedApps, permission TeamsAppInstallation.ReadWriteSelfForUser.All). Failed: Teams did not accept the message after several attempts; the reason is in the server log (event outbox-delivery with the reminder\'s key). Then press "Try again".',
} as const;

const changeSchema = z.union([
  z.object({ version: z.number().int().min(1), action: z.literal('cancel') }),
  meetingFormSchema.extend({ version: z.number().int().min(1), action: z.literal('move') }),
]);

/** The rhythm warning with its words in both languages (null when there is none). */
function warningBody(warning: RhythmWarning | null) {
  return warning === null ? null : { ...warning, ...bilingual((t) => describeWarning(t, warning)) };
}

export function sendResult(res: Response, result: MeetingResult, created: boolean): void {
  switch (result.kind) {
    case 'saved':
      sendJson(res, created ? 201 : 200, {
        meeting: result.meeting,
        warning: warningBody(result.warning),
      });
      return;
    case 'invalid':
    case 'forbidden':
    case 'not-found':
      sendMeetingRefusal(res, result, {
        sv: 'Mötet kunde inte sparas. Rätta uppgifterna och försök igen.',
        en: 'The meeting could not be saved. Correct the details and try again.',
        problem: (p) => ({
          field: p.field,
          code: p.code,
          ...bilingual((t) => describeProblem(t, p)),
        }),
      });
      return;
    case 'conflict':
      sendError(
        res,
        409,
        'conflict',
        'Mötet har ändrats av någon annan. Ladda om och försök igen.',
        'Someone else changed the meeting. Reload and try again.',
      );
  }
}

export function registerMeetingsApi(server: Server, deps: TabApiDeps): void {
  const authenticated = authenticatedFor(deps);
  const meetingDeps: MeetingDeps = { store: deps.store, clock: deps.clock, ...deps.rhythm };
  const param = (req: Request, name: string): string =>
    String((req.params as Record<string, unknown>)[name] ?? '');
  const inputOf = (form: MeetingForm) => meetingInputOf(form, deps.rhythm.settings);
  const { timeZone } = deps.rhythm.settings;

  server.get(
    '/api/v1/meetings',
    authenticated(async (req, res, user) => {
      const yearParam = queryParam(req, 'year') ?? null;
      const year =
        yearParam !== null && /^\d{4}$/.test(yearParam)
          ? Number(yearParam)
          : Number(localDateOf(deps.clock.now(), timeZone).slice(0, 4));
      const overview = await loadMeetingsOverview(
        { store: deps.store, rhythm: deps.rhythm, clock: deps.clock },
        year,
        { samordning: isSamordning(user) },
      );
      const organisations = await deps.store.organisations.list();
      sendJson(res, 200, {
        ...overview,
        // A dialogue meeting (decision 0033) names its one organisation, as it was called then.
        meetings: overview.meetings.map((view) =>
          view.meeting.kind === 'dialog'
            ? {
                ...view,
                dialogue: {
                  organisation: dialogueOrganisationOn(view.meeting, organisations, timeZone),
                },
              }
            : view,
        ),
        warning: warningBody(overview.warning),
        // The organisations a new meeting may invite: those that exist today (decision 0030).
        organisations: validAt(organisations, deps.clock.now()).map((o) => ({
          id: o.id,
          name: o.name,
        })),
        canPlan: isSamordning(user),
        deliveryAvailable: deps.rhythm.delivery !== null,
        calendarEnabled: deps.rhythm.groupCalendar !== null,
        // The technical fix only for Samordning (role from the validated identity).
        ...(isSamordning(user) ? { itHelp: IT_HELP } : {}),
        timeZone,
      });
    }),
  );

  server.post(
    '/api/v1/meetings',
    samordningJson(authenticated, meetingFormSchema, async (_req, res, user, form) => {
      sendResult(res, await planMeeting(meetingDeps, user.userId, inputOf(form)), true);
    }),
  );

  server.patch(
    '/api/v1/meetings/:id',
    samordningJson(authenticated, changeSchema, async (req, res, user, body) => {
      const result = await changeMeeting(
        meetingDeps,
        user.userId,
        param(req, 'id'),
        body.version,
        body.action === 'cancel' ? { kind: 'cancel' } : { kind: 'edit', input: inputOf(body) },
      );
      const delivery = deps.rhythm.delivery;
      if (result.kind === 'saved' && result.previous !== null && delivery !== null) {
        await applyMeetingChange(
          { ...deps.rhythm, store: deps.store, outbox: delivery.outbox },
          result.previous,
          result.meeting,
          deps.clock.now(),
        );
      }
      sendResult(res, result, false);
    }),
  );

  server.post(
    '/api/v1/outbox/:key/retry',
    authenticated(async (req, res, user) => {
      if (!isSamordning(user)) return forbidden(res);
      const outbox = deps.rhythm.delivery?.outbox;
      if (outbox === undefined) {
        return sendError(
          res,
          503,
          'unavailable',
          'Utskicken är inte igång.',
          'Delivery is not running.',
        );
      }
      const job = await outbox.get(param(req, 'key'));
      if (job === undefined) {
        return sendError(
          res,
          404,
          'not-found',
          'Påminnelsen finns inte.',
          'The reminder does not exist.',
        );
      }
      if (job.status !== 'failed' && job.status !== 'unreachable') {
        return sendError(
          res,
          409,
          'not-retryable',
          'Påminnelsen behöver inte skickas om.',
          'The reminder does not need to be sent again.',
        );
      }
      const retried = await outbox.retry(job.key, deps.clock.now().toISOString());
      sendJson(res, 200, { key: retried.key, status: retried.status });
    }),
  );
}
