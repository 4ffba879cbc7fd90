import { z } from 'zod';
import type { GraphEnv } from './graph';
import { missing, type Section, type VariablesOf } from './problem';

/** Where runtime state (conversations, reminder outbox, leases) lives. */
export const runtimeStateVariables = {
  SAMORDNA_RUNTIME_STORE: z.enum(['sqlite', 'azure-tables']).default('sqlite'),
  AZURE_TABLES_ENDPOINT: z.string().url().optional(),
  SECRET_AZURE_TABLES_CONNECTION_STRING: z.string().min(1).optional(),
};

type RuntimeStateEnv = VariablesOf<typeof runtimeStateVariables>;

/** Where runtime state (conversations, outbox, leases) lives. */
export type RuntimeStoreConfig =
  | { kind: 'sqlite' }
  | { kind: 'azure-tables'; endpoint: string; managedIdentityClientId: string | null }
  | { kind: 'azure-tables-connection-string'; connectionString: string };

const AZURE_TABLES = 'SAMORDNA_RUNTIME_STORE=azure-tables';

/**
 * Azure Tables: a managed identity against AZURE_TABLES_ENDPOINT (production), or a
 * connection string (Azurite, development). Production needs the identity's client id.
 */
export function runtimeStateConfig(
  env: RuntimeStateEnv & Pick<GraphEnv, 'MANAGED_IDENTITY_CLIENT_ID' | 'SAMORDNA_MODE'>,
): Section<RuntimeStoreConfig> {
  const production = env.SAMORDNA_MODE === 'production';
  if (env.SAMORDNA_RUNTIME_STORE === 'sqlite') return { value: { kind: 'sqlite' }, problems: [] };
  const inProduction = {
    sv: `i produktionsläge med ${AZURE_TABLES}`,
    en: `in production mode with ${AZURE_TABLES}`,
  };
  if (env.AZURE_TABLES_ENDPOINT !== undefined) {
    return {
      value: {
        kind: 'azure-tables',
        endpoint: env.AZURE_TABLES_ENDPOINT,
        managedIdentityClientId: env.MANAGED_IDENTITY_CLIENT_ID ?? null,
      },
      problems:
        production && env.MANAGED_IDENTITY_CLIENT_ID === undefined
          ? [missing('MANAGED_IDENTITY_CLIENT_ID', inProduction)]
          : [],
    };
  }
  if (env.SECRET_AZURE_TABLES_CONNECTION_STRING !== undefined) {
    return {
      value: {
        kind: 'azure-tables-connection-string',
        connectionString: env.SECRET_AZURE_TABLES_CONNECTION_STRING,
      },
      problems: [],
    };
  }
  return {
    value: { kind: 'sqlite' },
    problems: [
      production
        ? missing('AZURE_TABLES_ENDPOINT', inProduction)
        : {
            variable: 'AZURE_TABLES_ENDPOINT',
            sv: `AZURE_TABLES_ENDPOINT eller SECRET_AZURE_TABLES_CONNECTION_STRING krävs med ${AZURE_TABLES}`,
            en: `AZURE_TABLES_ENDPOINT or SECRET_AZURE_TABLES_CONNECTION_STRING is required with ${AZURE_TABLES}`,
          },
    ],
  };
}
