import { z } from 'zod';
import type { BotAuthEnv } from './bot-auth';
import { graphAuth, type GraphAuth, type GraphEnv } from './graph';
import { required, withSetting, type Section, type VariablesOf } from './problem';

/** Reminder delivery: whether an interrupted send is looked for before it is sent again. */
export const deliveryVariables = {
  /** Look for an interrupted send's message through Graph before sending it again (decision 0015). */
  SAMORDNA_DELIVERY_PROBE: z.enum(['off', 'graph']).default('off'),
  /** The Teams app's manifest id (the delivery probe finds the user's installation by it). */
  TEAMS_APP_ID: z.string().uuid().optional(),
};

type DeliveryEnv = VariablesOf<typeof deliveryVariables>;

export type DeliveryProbeConfig =
  | { readonly kind: 'off' }
  | {
      readonly kind: 'graph';
      readonly graphBaseUrl: string;
      readonly auth: GraphAuth;
      readonly teamsAppId: string;
      readonly botAppId: string;
    };

export function deliveryProbeConfig(
  env: DeliveryEnv & GraphEnv & Pick<BotAuthEnv, 'BOT_ID'>,
): Section<DeliveryProbeConfig> {
  if (env.SAMORDNA_DELIVERY_PROBE === 'off') return { value: { kind: 'off' }, problems: [] };
  const because = 'SAMORDNA_DELIVERY_PROBE=graph';
  const { value: auth, problems } = graphAuth(env, because);
  problems.push(...required(env, ['TEAMS_APP_ID', 'BOT_ID'], withSetting(because)));
  return {
    value: {
      kind: 'graph',
      graphBaseUrl: env.GRAPH_BASE_URL,
      auth,
      teamsAppId: env.TEAMS_APP_ID ?? '',
      botAppId: env.BOT_ID ?? '',
    },
    problems,
  };
}
