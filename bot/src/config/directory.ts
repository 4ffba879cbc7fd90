import { z } from 'zod';
import { graphAuth, type GraphAuth, type GraphEnv } from './graph';
import type { Section, VariablesOf } from './problem';
import type { StoreEnv } from './store';

export const directoryVariables = {
  /**
   * Where Samordning finds people (decision 0022): `graph` (Entra ID, User.ReadBasic.All) or
   * `off`. Production default: graph with the SharePoint store's credentials, else off. Local
   * mode always searches the demo users.
   */
  SAMORDNA_DIRECTORY: z.enum(['graph', 'off']).optional(),
};

type DirectoryEnv = VariablesOf<typeof directoryVariables>;

/** Where Samordning finds people for "Personer": the demo users, Entra ID through Graph, or none. */
export type DirectoryConfig =
  | { readonly kind: 'local' }
  | { readonly kind: 'graph'; readonly graphBaseUrl: string; readonly auth: GraphAuth }
  | { readonly kind: 'off' };

/**
 * Local mode searches the demo users (SAMORDNA_DIRECTORY is ignored); production's directory is
 * Graph by default with the SharePoint store (its credentials), else off.
 */
export function directoryConfig(
  env: DirectoryEnv & GraphEnv & Pick<StoreEnv, 'SAMORDNA_STORE'>,
): Section<DirectoryConfig> {
  if (env.SAMORDNA_MODE === 'local') return { value: { kind: 'local' }, problems: [] };
  const choice = env.SAMORDNA_DIRECTORY ?? (env.SAMORDNA_STORE === 'sharepoint' ? 'graph' : 'off');
  if (choice === 'off') return { value: { kind: 'off' }, problems: [] };
  const { value: auth, problems } = graphAuth(env, 'SAMORDNA_DIRECTORY=graph');
  return { value: { kind: 'graph', graphBaseUrl: env.GRAPH_BASE_URL, auth }, problems };
}
