import type { Server } from 'restify';
import { resolveReporter } from '../domain/people/reporter';
import type { Member } from '../domain/types';
import { authenticatedFor } from './authenticated';
import { sendJson } from './send-json';
import { registerDataApi } from './data-api';
import { registerCalendarApi } from './calendar-api';
import { registerMeetingsApi } from './meetings-api';
import { registerMinutesApi } from './minutes-api';
import { registerIndicatorsApi } from './indicators-api';
import { registerIndicatorDefinitionsApi } from './indicator-definitions-api';
import { registerOrganisationsApi } from './organisations-api';
import { registerPeopleApi } from './people-api';
import { registerPlansApi } from './plans-api';
import { registerRoundsApi } from './rounds-api';
import { registerDashboardApi } from './dashboard-api';
import { registerSupportApi } from './support-api';
import { registerTeamChannelApi } from './team-channel-api';
import type { TabApiDeps } from './tab-api-deps';

/**
 * For a caller Samordna does not know (no member record, no role in her token, no stand-in
 * today): the names of Samordning to ask; null for everyone known.
 */
async function notRegistered(
  deps: Pick<TabApiDeps, 'store' | 'clock'>,
  user: Member,
): Promise<{ askSamordning: string[] } | null> {
  if (user.roles.length > 0) return null;
  const reporter = await resolveReporter(deps.store, deps.clock.now(), user.userId);
  return 'kind' in reporter ? { askSamordning: [...reporter.askSamordning] } : null;
}

/** The tab's API under /api/v1. Every route resolves the caller on the server first. */
export function registerTabApi(server: Server, deps: TabApiDeps): void {
  const authenticated = authenticatedFor(deps);

  server.get(
    '/api/v1/me',
    authenticated(async (_req, res, user) => {
      const organisation =
        user.organisationId === null
          ? undefined
          : await deps.store.organisations.get(user.organisationId);
      sendJson(res, 200, {
        name: user.name,
        organisation:
          organisation === undefined ? null : { id: organisation.id, name: organisation.name },
        roles: user.roles,
        mode: deps.mode,
        // Someone Samordna does not know is told whom to ask (decision 0022).
        notRegistered: await notRegistered(deps, user),
      });
    }),
  );

  registerDashboardApi(server, deps);
  registerSupportApi(server, deps);
  registerDataApi(server, deps);
  registerMeetingsApi(server, deps);
  registerCalendarApi(server, deps);
  registerTeamChannelApi(server, deps);
  registerPeopleApi(server, deps);
  registerMinutesApi(server, deps);
  registerIndicatorsApi(server, deps);
  registerPlansApi(server, deps);
  registerRoundsApi(server, deps);
  registerOrganisationsApi(server, deps);
  registerIndicatorDefinitionsApi(server, deps);
}
