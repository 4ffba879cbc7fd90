import { z } from 'zod';
import type { ConfigProblem, Section, VariablesOf } from './problem';
import type { ServerEnv } from './server';

const booleanString = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const DEFAULT_DEV_USER_ID = '00000000-0000-0000-0000-0000000000a1';

/** Local mode's demo: the marked demo data and the dev identity of the tab. */
export const demoVariables = {
  SAMORDNA_DEMO_DATA: booleanString.optional(),
  /** Local mode's tab user; defaults to the demo's Samordning member. Refused in production. */
  SAMORDNA_DEV_USER_ID: z.string().min(1).optional(),
};

type DemoEnv = VariablesOf<typeof demoVariables>;

export interface DemoConfig {
  /** Seed the clearly marked demo activities (local mode default). */
  readonly demoData: boolean;
  /** Dev identity for the tab API; null in production (cannot be enabled there). */
  readonly devUserId: string | null;
}

/** On by default in local mode; production refuses both. */
export function demoConfig(env: DemoEnv & Pick<ServerEnv, 'SAMORDNA_MODE'>): Section<DemoConfig> {
  if (env.SAMORDNA_MODE === 'local') {
    return {
      value: {
        demoData: env.SAMORDNA_DEMO_DATA ?? true,
        devUserId: env.SAMORDNA_DEV_USER_ID ?? DEFAULT_DEV_USER_ID,
      },
      problems: [],
    };
  }
  const problems: ConfigProblem[] = [];
  if (env.SAMORDNA_DEV_USER_ID !== undefined)
    problems.push({
      variable: 'SAMORDNA_DEV_USER_ID',
      sv: 'SAMORDNA_DEV_USER_ID kan inte användas i produktionsläge',
      en: 'SAMORDNA_DEV_USER_ID cannot be used in production mode',
    });
  if (env.SAMORDNA_DEMO_DATA === true)
    problems.push({
      variable: 'SAMORDNA_DEMO_DATA',
      sv: 'SAMORDNA_DEMO_DATA kan inte slås på i produktionsläge',
      en: 'SAMORDNA_DEMO_DATA cannot be enabled in production mode',
    });
  return { value: { demoData: false, devUserId: null }, problems };
}
