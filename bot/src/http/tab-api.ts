import type { Server } from 'restify';
import type { Clock } from '../domain/ports/clock.port';
import type { DirectoryPort } from '../domain/ports/directory.port';
import { resolveReporter } from '../domain/people/reporter';
import type { Member } from '../domain/types';
import type { RefusedEditsPort } from '../domain/ports/refused-edits.port';
import type { StorePort } from '../domain/ports/store.port';
import type { Logger } from '../logging';
import type { RhythmServices } from '../rhythm/rhythm-services';
import { authenticatedFor, sendJson } from './authenticated';
import { registerDataApi } from './data-api';
import { registerCalendarApi } from './calendar-api';
import { registerMeetingsApi } from './meetings-api';
import { registerMinutesApi } from './minutes-api';
import { registerPeopleApi } from './people-api';
import { registerDashboardApi } from './dashboard-api';
import { registerSupportApi } from './support-api';
import { registerTeamChannelApi } from './team-channel-api';
import type { RateLimiter } from './rate-limit';
import type { TabIdentityResolver } from './tab-identity';

export interface TabApiDeps {
  readonly store: StorePort;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly identify: TabIdentityResolver;
  readonly mode: 'local' | 'production';
  /** Meetings and reminders (/api/v1/meetings, /api/v1/outbox). */
  readonly rhythm: RhythmServices;
  /** Per-user request budget of the tab API (SAMORDNA_TAB_API_RATE_LIMIT); none in unit setups. */
  readonly rateLimiter?: RateLimiter;
  /** The store's change version (store/change-counting-store.ts); without it nothing is cached. */
  readonly storeVersion?: () => number;
  /** SAMORDNA_DASHBOARD_MAX_AGE_MS: how old a cached dashboard may be (0: not cached). */
  readonly dashboardMaxAgeMs?: number;
  /** Activity edits SharePoint refused for good (SharePoint mode); none otherwise. */
  readonly refusedEdits?: RefusedEditsPort | null;
  /** Where "Personer" finds people (Graph, or the demo users locally); none: search is off. */
  readonly directory?: DirectoryPort | null;
}

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
}
