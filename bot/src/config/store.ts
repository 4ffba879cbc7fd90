import { z } from 'zod';
import { graphAuth, type GraphAuth, type GraphEnv } from './graph';
import { missing, withSetting, type Section, type VariablesOf } from './problem';

/** The system of record: embedded SQLite, or SharePoint lists via Graph. */
export const storeVariables = {
  SAMORDNA_STORE: z.enum(['sqlite', 'sharepoint']).default('sqlite'),
  SHAREPOINT_SITE_URL: z.string().url().optional(),
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
