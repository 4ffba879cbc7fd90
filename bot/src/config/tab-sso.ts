import { z } from 'zod';
import type { BotAuthEnv } from './bot-auth';
import type { ServerEnv } from './server';
import { bilingual, IN_PRODUCTION, required, type Section, type VariablesOf } from './problem';

/** Teams SSO for the tab API (docs/decisions/0004-tab-auth.md). */
export const tabSsoVariables = {
  AAD_APP_CLIENT_ID: z.string().uuid().optional(),
  AAD_APP_ID_URI: z
    .string()
    .refine(
      (value) => /^api:\/\/\S+$/.test(value),
      bilingual(
        'must look like api://<host>/<client id>',
        'måste se ut som api://<värd>/<klient-id>',
      ),
    )
    .optional(),
  SAMORDNA_GROUP_SAMORDNING: z.string().uuid().optional(),
  SAMORDNA_GROUP_HR: z.string().uuid().optional(),
  /** Test-only override of the tenant's signing keys URL (a local JWKS server). */
  SAMORDNA_SSO_JWKS_URL: z.string().url().optional(),
};

type TabSsoEnv = VariablesOf<typeof tabSsoVariables>;

/** How the server validates Teams SSO tokens (see docs/decisions/0004-tab-auth.md). */
export interface SsoConfig {
  readonly tenantId: string;
  readonly clientId: string;
  /** `api://<host>/<client id>`; both it and the client id are accepted as audience. */
  readonly appIdUri: string;
  readonly jwksUrl: string;
  readonly groupSamordning: string | null;
  readonly groupHr: string | null;
}

/** Teams SSO validation for the tab API; null in local mode (the dev identity is used). */
export function tabSsoConfig(
  env: TabSsoEnv & Pick<BotAuthEnv, 'BOT_TENANT_ID'> & ServerEnv,
): Section<SsoConfig | null> {
  if (env.SAMORDNA_MODE === 'local') return { value: null, problems: [] };
  const tenantId = env.BOT_TENANT_ID ?? '';
  const clientId = env.AAD_APP_CLIENT_ID ?? '';
  const host = env.SAMORDNA_PUBLIC_URL === undefined ? '' : new URL(env.SAMORDNA_PUBLIC_URL).host;
  return {
    value: {
      tenantId,
      clientId,
      appIdUri: env.AAD_APP_ID_URI ?? `api://${host}/${clientId}`,
      jwksUrl:
        env.SAMORDNA_SSO_JWKS_URL ??
        `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`,
      groupSamordning: env.SAMORDNA_GROUP_SAMORDNING ?? null,
      groupHr: env.SAMORDNA_GROUP_HR ?? null,
    },
    problems: required(env, ['AAD_APP_CLIENT_ID'], IN_PRODUCTION),
  };
}
