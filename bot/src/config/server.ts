import { z } from 'zod';
import { IN_PRODUCTION, required, type Section, type VariablesOf } from './problem';

/** The process: mode, port, folders and the public address. */
export const serverVariables = {
  SAMORDNA_MODE: z.enum(['local', 'production']).default('local'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  SAMORDNA_DATA_DIR: z.string().min(1).default('./data'),
  SAMORDNA_TAB_DIR: z.string().min(1).default('./tab/dist'),
  SAMORDNA_PUBLIC_URL: z.string().url().optional(),
};

export type ServerEnv = VariablesOf<typeof serverVariables>;

export interface ServerConfig {
  /** Local: SQLite, dev identity, the Playground. Production: a real tenant (refuses gaps). */
  readonly mode: ServerEnv['SAMORDNA_MODE'];
  readonly port: number;
  /** Where the SQLite files live (the store, runtime state, the SharePoint write outbox). */
  readonly dataDir: string;
  readonly tabDir: string;
  /** The public https address; null locally (known once the port is bound). */
  readonly publicUrl: string | null;
}

/** Production needs its public address (the tab's URL, the SSO audience's host). */
export function serverConfig(env: ServerEnv): Section<ServerConfig> {
  return {
    value: {
      mode: env.SAMORDNA_MODE,
      port: env.PORT,
      dataDir: env.SAMORDNA_DATA_DIR,
      tabDir: env.SAMORDNA_TAB_DIR,
      publicUrl: env.SAMORDNA_PUBLIC_URL ?? null,
    },
    problems:
      env.SAMORDNA_MODE === 'production'
        ? required(env, ['SAMORDNA_PUBLIC_URL'], IN_PRODUCTION)
        : [],
  };
}
