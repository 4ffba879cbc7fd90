import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Request } from 'restify';
import type { Clock } from '../domain/ports/clock.port';
import type { MemberRepository } from '../domain/ports/store.port';
import type { Member, Role } from '../domain/types';
import type { Logger } from '../logging';
import type { TabIdentityResolver } from './tab-identity';

/** What the server needs to validate Teams SSO tokens (from config). */
export interface SsoSettings {
  readonly tenantId: string;
  /** Accepted audiences: the Application ID URI (`api://<host>/<client id>`) and the client id. */
  readonly audiences: readonly string[];
  /** The tenant's signing keys (Entra ID's discovery keys; a local server in tests). */
  readonly jwksUrl: string;
  readonly groupSamordning: string | null;
  readonly groupHr: string | null;
}

/** Clock skew allowed on exp/nbf. */
export const SSO_CLOCK_TOLERANCE_SECONDS = 60;
export const REQUIRED_SCOPE = 'access_as_user';

const APP_ROLES: Readonly<Record<string, Role>> = {
  Samordning: 'samordning',
  HR: 'hr',
  Samordnare: 'samordnare',
};

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Roles from the token: app roles first, configured Entra group ids second. */
export function rolesFromClaims(payload: JWTPayload, settings: SsoSettings): Role[] {
  const roles = new Set<Role>();
  for (const name of stringList(payload['roles'])) {
    const role = APP_ROLES[name];
    if (role !== undefined) roles.add(role);
  }
  const groups = stringList(payload['groups']);
  if (settings.groupSamordning !== null && groups.includes(settings.groupSamordning))
    roles.add('samordning');
  if (settings.groupHr !== null && groups.includes(settings.groupHr)) roles.add('hr');
  return [...roles];
}

function bearer(req: Request): string | null {
  const header = req.header('authorization') ?? '';
  const match = /^Bearer ([\w-]+\.[\w-]*\.[\w-]*)$/.exec(header);
  return match?.[1] ?? null;
}

/**
 * Teams SSO: validates the bearer token (RS256 signature against the tenant's keys, issuer
 * v1 or v2, audience, tenant, `access_as_user` scope, exp/nbf with a small skew) and maps
 * the caller to roles and organisation: the roles of the token (app roles, configured groups)
 * together with those of her member record, the organisation from the record (by `oid`).
 * Decision 0022: IT bootstraps the first Samordning with the app role; Samordning keeps the
 * member list. A valid user with neither gets read access only: no organisation, no roles.
 */
export function ssoIdentity(
  members: Pick<MemberRepository, 'get'>,
  settings: SsoSettings,
  clock: Clock,
  logger: Logger,
  keys: JWTVerifyGetKey = createRemoteJWKSet(new URL(settings.jwksUrl)),
): TabIdentityResolver {
  const issuers = [
    `https://sts.windows.net/${settings.tenantId}/`,
    `https://login.microsoftonline.com/${settings.tenantId}/v2.0`,
  ];
  return async (req) => {
    const token = bearer(req);
    if (token === null) return null;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        algorithms: ['RS256'],
        issuer: issuers,
        audience: [...settings.audiences],
        clockTolerance: SSO_CLOCK_TOLERANCE_SECONDS,
        currentDate: clock.now(),
        requiredClaims: ['exp', 'oid', 'tid'],
      }));
    } catch (error) {
      logger.info(
        { event: 'sso-rejected', reason: error instanceof Error ? error.name : 'unknown' },
        'tab token rejected',
      );
      return null;
    }
    const scopes = typeof payload['scp'] === 'string' ? payload['scp'].split(' ') : [];
    if (payload['tid'] !== settings.tenantId || !scopes.includes(REQUIRED_SCOPE)) {
      logger.info({ event: 'sso-rejected', reason: 'tenant-or-scope' }, 'tab token rejected');
      return null;
    }
    const oid = String(payload['oid']);
    const name = typeof payload['name'] === 'string' ? payload['name'] : '';
    const member = await members.get(oid);
    const claimed = rolesFromClaims(payload, settings);
    if (member === undefined) {
      return { userId: oid, name, organisationId: null, roles: claimed } satisfies Member;
    }
    return {
      userId: oid,
      name: name || member.name,
      organisationId: member.organisationId,
      roles: [...new Set([...claimed, ...member.roles])],
    };
  };
}
