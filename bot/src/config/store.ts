import { z } from 'zod';
import { graphAuth, type GraphAuth, type GraphEnv } from './graph';
import { missing, withSetting, type Section, type VariablesOf } from './problem';

/** The system of record: embedded SQLite, or SharePoint lists via Graph. */
export const storeVariables = {
  SAMORDNA_STORE: z.enum(['sqlite', 'sharepoint']).default('sqlite'),
  SHAREPOINT_SITE_URL: z.string().url().optional(),
  /** Comma-separated host names an outcome's evidence link may point to (decision 0027). */
  SAMORDNA_EVIDENCE_HOSTS: z.string().optional(),
};

export type StoreEnv = VariablesOf<typeof storeVariables>;

export type StoreConfig =
  | { kind: 'sqlite' }
  | { kind: 'sharepoint'; siteUrl: string; graphBaseUrl: string; auth: GraphAuth };

export function storeConfig(env: StoreEnv & GraphEnv): Section<StoreConfig> {
  if (env.SAMORDNA_STORE === 'sqlite') return { value: { kind: 'sqlite' }, problems: [] };
  const because = 'SAMORDNA_STORE=sharepoint';
  const { value: auth, problems } = graphAuth(env, because);
  if (env.SHAREPOINT_SITE_URL === undefined)
    problems.push(missing('SHAREPOINT_SITE_URL', withSetting(because)));
  return {
    value: {
      kind: 'sharepoint',
      siteUrl: env.SHAREPOINT_SITE_URL ?? '',
      graphBaseUrl: env.GRAPH_BASE_URL,
      auth,
    },
    problems,
  };
}

const HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/**
 * The hosts an outcome's evidence link may point to: `SAMORDNA_EVIDENCE_HOSTS` when set; else
 * the SharePoint site's tenant, `<t>.sharepoint.com` and its OneDrive `<t>-my.sharepoint.com`;
 * else null (local and demo: any `*.sharepoint.com`).
 */
export function evidenceHostsConfig(env: StoreEnv): Section<readonly string[] | null> {
  const listed = (env.SAMORDNA_EVIDENCE_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h !== '');
  if (listed.length > 0) {
    const bad = listed.filter((h) => !HOST.test(h));
    return {
      value: listed,
      problems:
        bad.length === 0
          ? []
          : [
              {
                variable: 'SAMORDNA_EVIDENCE_HOSTS',
                sv: `SAMORDNA_EVIDENCE_HOSTS: ${bad.join(', ')} är inga värdnamn`,
                en: `SAMORDNA_EVIDENCE_HOSTS: ${bad.join(', ')} are not host names`,
              },
            ],
    };
  }
  if (env.SHAREPOINT_SITE_URL === undefined) return { value: null, problems: [] };
  const tenant = /^([a-z0-9-]+)\.sharepoint\.com$/.exec(
    new URL(env.SHAREPOINT_SITE_URL).hostname.toLowerCase(),
  )?.[1];
  return {
    value:
      tenant === undefined ? null : [`${tenant}.sharepoint.com`, `${tenant}-my.sharepoint.com`],
    problems: [],
  };
}
