/**
 * What an incoming Bot Framework activity must have before botbuilder sees it. botbuilder
 * compares the token's `serviceurl` claim with the activity's serviceUrl only when the
 * activity has one, and never compares the activity's tenant with the bot's: both are checked
 * here. Pure.
 */

export interface ActivityRefusal {
  readonly status: 400 | 403;
  /** For the log (never sent to the caller). */
  readonly reason: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The tenant ids an activity names (conversation.tenantId, channelData.tenant.id). */
function tenantsOf(activity: Record<string, unknown>): unknown[] {
  const conversation = isRecord(activity['conversation']) ? activity['conversation'] : {};
  const channelData = isRecord(activity['channelData']) ? activity['channelData'] : {};
  const tenant = isRecord(channelData['tenant']) ? channelData['tenant'] : {};
  return [conversation['tenantId'], tenant['id']].filter((id) => id !== undefined);
}

/**
 * Why `body` is refused, or null: 400 unless it is an activity (an object with a type) with a
 * non-empty absolute serviceUrl; with `botTenantId` (production) 403 unless every tenant id the
 * activity names is the bot's and it names at least one.
 */
export function activityRefusal(body: unknown, botTenantId: string | null): ActivityRefusal | null {
  if (!isRecord(body) || typeof body['type'] !== 'string' || body['type'] === '')
    return { status: 400, reason: 'not an activity' };
  const serviceUrl = body['serviceUrl'];
  if (typeof serviceUrl !== 'string' || serviceUrl.trim() === '' || !URL.canParse(serviceUrl))
    return { status: 400, reason: 'no serviceUrl' };
  if (botTenantId === null) return null;
  const tenants = tenantsOf(body);
  const own = botTenantId.toLowerCase();
  if (
    tenants.length === 0 ||
    !tenants.every((id) => typeof id === 'string' && id.toLowerCase() === own)
  )
    return { status: 403, reason: 'tenant is not the bot tenant' };
  return null;
}
