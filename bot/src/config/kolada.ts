import { z } from 'zod';
import type { Section, VariablesOf } from './problem';

/** Kolada, read for the plan's indicators that name a KPI (decision 0026). */
export const koladaVariables = {
  /** Kolada's municipality id for the plan's indicators: 1280 is Malmö. */
  SAMORDNA_KOLADA_MUNICIPALITY: z
    .string()
    .regex(/^(\d{4}|G\d{1,9})$/, 'must be a Kolada municipality id such as 1280')
    .default('1280'),
  /** Kolada's open API root (v3, no key); tests point it at a fake. */
  SAMORDNA_KOLADA_URL: z.string().url().default('https://api.kolada.se/v3'),
};

type KoladaEnv = VariablesOf<typeof koladaVariables>;

export interface KoladaConfig {
  /** Kolada for indicators that name a KPI: the municipality id and the API root (0026). */
  readonly kolada: { readonly municipalityId: string; readonly baseUrl: string };
}

export function koladaConfig(env: KoladaEnv): Section<KoladaConfig> {
  return {
    value: {
      kolada: {
        municipalityId: env.SAMORDNA_KOLADA_MUNICIPALITY,
        baseUrl: env.SAMORDNA_KOLADA_URL,
      },
    },
    problems: [],
  };
}
