import type { Request } from 'restify';
import type { MemberRepository } from '../domain/ports/store.port';
import type { Member } from '../domain/types';

/** Who is calling the tab API. Resolved on the server only; never from the request body. */
export type TabIdentityResolver = (req: Request) => Promise<Member | null>;

/**
 * Local mode: every request is the configured dev identity. Config makes this
 * impossible in production mode (devUserId is null there).
 */
export function devIdentity(
  members: Pick<MemberRepository, 'get'>,
  devUserId: string,
): TabIdentityResolver {
  return async () =>
    (await members.get(devUserId)) ?? {
      userId: devUserId,
      name: 'Utvecklare (lokal)',
      organisationId: null,
      roles: [],
    };
}

/**
 * Production mode before Teams SSO validation is configured: nobody is
 * authenticated, so every /api/v1 request gets 401. Secure by default.
 */
export const noIdentity: TabIdentityResolver = async () => null;
