import { z } from 'zod';
import type { ServerEnv } from './server';
import { bilingual, IN_PRODUCTION, required, type Section, type VariablesOf } from './problem';

function isHttpsOrLoopback(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
  );
}

/** The bot's Entra ID app registration and how botbuilder checks Bot Framework tokens. */
export const botAuthVariables = {
  BOT_ID: z.string().uuid().optional(),
  BOT_TENANT_ID: z.string().uuid().optional(),
  BOT_AUTH: z.enum(['secret', 'certificate', 'managed-identity']).optional(),
  SECRET_BOT_PASSWORD: z.string().min(1).optional(),
  BOT_CERTIFICATE_THUMBPRINT: z.string().min(1).optional(),
  BOT_CERTIFICATE_KEY_PATH: z.string().min(1).optional(),
  /**
   * TEST ONLY: where botbuilder fetches the Bot Framework OpenID metadata (signing keys).
   * Lets tests validate tokens signed by a local key. https, or http on the loopback host.
   */
  SAMORDNA_BOT_OPENID_METADATA_URL: z
    .string()
    .url()
    .refine(
      isHttpsOrLoopback,
      bilingual(
        'must be https (or http on localhost)',
        'måste vara https (eller http på localhost)',
      ),
    )
    .optional(),
};

export type BotAuthEnv = VariablesOf<typeof botAuthVariables>;

export type BotCredentials =
  | { kind: 'none' }
  | { kind: 'secret'; appId: string; tenantId: string; password: string }
  | {
      kind: 'certificate';
      appId: string;
      tenantId: string;
      thumbprint: string;
      privateKeyPath: string;
    }
  | { kind: 'managed-identity'; appId: string; tenantId: string };

export interface BotAuthConfig {
  readonly bot: BotCredentials;
  /** Test-only override of the Bot Framework OpenID metadata URL; null uses Microsoft's. */
  readonly botOpenIdMetadataUrl: string | null;
}

function credentials(env: BotAuthEnv): Section<BotCredentials> {
  const problems = required(env, ['BOT_ID', 'BOT_TENANT_ID', 'BOT_AUTH'], IN_PRODUCTION);
  const appId = env.BOT_ID ?? '';
  const tenantId = env.BOT_TENANT_ID ?? '';
  switch (env.BOT_AUTH) {
    case 'secret':
      problems.push(...required(env, ['SECRET_BOT_PASSWORD'], IN_PRODUCTION));
      return {
        value: { kind: 'secret', appId, tenantId, password: env.SECRET_BOT_PASSWORD ?? '' },
        problems,
      };
    case 'certificate':
      problems.push(
        ...required(env, ['BOT_CERTIFICATE_THUMBPRINT', 'BOT_CERTIFICATE_KEY_PATH'], IN_PRODUCTION),
      );
      return {
        value: {
          kind: 'certificate',
          appId,
          tenantId,
          thumbprint: env.BOT_CERTIFICATE_THUMBPRINT ?? '',
          privateKeyPath: env.BOT_CERTIFICATE_KEY_PATH ?? '',
        },
        problems,
      };
    case 'managed-identity':
      return { value: { kind: 'managed-identity', appId, tenantId }, problems };
    default:
      return { value: { kind: 'none' }, problems };
  }
}

/** Production needs the bot's identity; local mode talks to the Playground, which sends no token. */
export function botAuthConfig(env: BotAuthEnv & ServerEnv): Section<BotAuthConfig> {
  const botOpenIdMetadataUrl = env.SAMORDNA_BOT_OPENID_METADATA_URL ?? null;
  if (env.SAMORDNA_MODE === 'local')
    return { value: { bot: { kind: 'none' }, botOpenIdMetadataUrl }, problems: [] };
  const bot = credentials(env);
  return { value: { bot: bot.value, botOpenIdMetadataUrl }, problems: bot.problems };
}
