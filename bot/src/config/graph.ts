import { z } from 'zod';
import {
  required,
  withSetting,
  type ConfigProblem,
  type Section,
  type VariablesOf,
} from './problem';
import type { ServerEnv } from './server';

/**
 * App-only Microsoft Graph credentials, shared by the SharePoint store, the group calendar, the
 * directory and the delivery probe (one app registration), and the user-assigned managed
 * identity that Azure Tables uses too.
 */
export const graphVariables = {
  GRAPH_AUTH: z.enum(['certificate', 'secret', 'managed-identity']).optional(),
  GRAPH_CLIENT_ID: z.string().min(1).optional(),
  GRAPH_TENANT_ID: z.string().min(1).optional(),
  GRAPH_CERTIFICATE_PATH: z.string().min(1).optional(),
  SECRET_GRAPH_CLIENT_SECRET: z.string().min(1).optional(),
  MANAGED_IDENTITY_CLIENT_ID: z.string().min(1).optional(),
  /** Test-only override of the Graph endpoint (the Graph fake); https://graph.microsoft.com by default. */
  GRAPH_BASE_URL: z.string().url().default('https://graph.microsoft.com'),
};

export type GraphEnv = VariablesOf<typeof graphVariables> & Pick<ServerEnv, 'SAMORDNA_MODE'>;

/** App-only credentials for Microsoft Graph (Sites.Selected on the one site). */
export type GraphAuth =
  | { kind: 'certificate'; clientId: string; tenantId: string; certificatePath: string }
  | { kind: 'secret'; clientId: string; tenantId: string; secret: string }
  | { kind: 'managed-identity'; clientId: string | null };

/** The Graph credentials, needed because of `because` (e.g. `SAMORDNA_STORE=sharepoint`). */
export function graphAuth(env: GraphEnv, because: string): Section<GraphAuth> {
  const problems: ConfigProblem[] = required(env, ['GRAPH_AUTH'], withSetting(because));
  const need = (variables: (keyof GraphEnv & string)[]): void => {
    problems.push(...required(env, variables, withSetting(`GRAPH_AUTH=${env.GRAPH_AUTH ?? ''}`)));
  };
  const clientId = env.GRAPH_CLIENT_ID ?? '';
  const tenantId = env.GRAPH_TENANT_ID ?? '';
  switch (env.GRAPH_AUTH) {
    case 'certificate':
      need(['GRAPH_CLIENT_ID', 'GRAPH_TENANT_ID', 'GRAPH_CERTIFICATE_PATH']);
      return {
        value: {
          kind: 'certificate',
          clientId,
          tenantId,
          certificatePath: env.GRAPH_CERTIFICATE_PATH ?? '',
        },
        problems,
      };
    case 'secret':
      need(['GRAPH_CLIENT_ID', 'GRAPH_TENANT_ID', 'SECRET_GRAPH_CLIENT_SECRET']);
      if (env.SAMORDNA_MODE === 'production')
        problems.push({
          variable: 'GRAPH_AUTH',
          sv: 'GRAPH_AUTH=secret är bara för utveckling; använd certificate eller managed-identity',
          en: 'GRAPH_AUTH=secret is for development only; use certificate or managed-identity',
        });
      return {
        value: { kind: 'secret', clientId, tenantId, secret: env.SECRET_GRAPH_CLIENT_SECRET ?? '' },
        problems,
      };
    default:
      return {
        value: { kind: 'managed-identity', clientId: env.MANAGED_IDENTITY_CLIENT_ID ?? null },
        problems,
      };
  }
}
