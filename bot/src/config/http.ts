import { isIP } from 'node:net';
import { z } from 'zod';
import { bilingual, type Section, type VariablesOf } from './problem';

/** "10.0.0.1", "10.0.0.0/8", "fd00::/8": an IP address with an optional prefix length in range. */
function isAddressRange(value: string): boolean {
  const [address = '', prefix, ...rest] = value.trim().split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits >= 0 && bits <= (family === 6 ? 128 : 32);
}

/** The HTTP edge: rate limits, whose X-Forwarded-For to believe, the dashboard read cache. */
export const httpVariables = {
  /** How long a computed dashboard may serve changes this instance cannot see; 0: no cache. */
  SAMORDNA_DASHBOARD_MAX_AGE_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  /** Tab API requests per minute per signed-in user (and per IP for unauthenticated calls). */
  SAMORDNA_TAB_API_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /**
   * Requests per minute per client address on every path outside the tab API: the bot
   * endpoint, the health check, the tab's files and unknown paths.
   */
  SAMORDNA_PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(3000),
  /**
   * Whose X-Forwarded-For gives the client address: `off` (the socket's peer), `app-service`
   * (the last entry, added by App Service's front end) or proxy addresses/CIDRs, comma-separated.
   */
  SAMORDNA_TRUSTED_PROXY: z
    .string()
    .refine(
      (value) => ['off', 'app-service'].includes(value) || value.split(',').every(isAddressRange),
      bilingual(
        'must be off, app-service or IP addresses / CIDR ranges, comma-separated',
        'måste vara off, app-service eller IP-adresser / CIDR-intervall, kommaseparerade',
      ),
    )
    .default('off'),
};

type HttpEnv = VariablesOf<typeof httpVariables>;

/** Whose X-Forwarded-For gives the client address (http/client-address.ts). */
export type TrustedProxy =
  | { readonly kind: 'none' }
  | { readonly kind: 'app-service' }
  | { readonly kind: 'addresses'; readonly ranges: readonly string[] };

export interface HttpConfig {
  /** Tab API rate limit: requests per minute per user. */
  readonly tabApiRateLimit: number;
  /** Requests per minute per client address outside the tab API (bot endpoint, health, files). */
  readonly publicRateLimit: number;
  /** Whose X-Forwarded-For to believe for the client address. */
  readonly trustedProxy: TrustedProxy;
  /** Dashboard read cache: the longest an answer may miss another instance's write (0: off). */
  readonly dashboardMaxAgeMs: number;
}

function trustedProxy(value: string): TrustedProxy {
  if (value === 'off') return { kind: 'none' };
  if (value === 'app-service') return { kind: 'app-service' };
  return { kind: 'addresses', ranges: value.split(',').map((range) => range.trim()) };
}

export function httpConfig(env: HttpEnv): Section<HttpConfig> {
  return {
    value: {
      tabApiRateLimit: env.SAMORDNA_TAB_API_RATE_LIMIT,
      publicRateLimit: env.SAMORDNA_PUBLIC_RATE_LIMIT,
      trustedProxy: trustedProxy(env.SAMORDNA_TRUSTED_PROXY),
      dashboardMaxAgeMs: env.SAMORDNA_DASHBOARD_MAX_AGE_MS,
    },
    problems: [],
  };
}
