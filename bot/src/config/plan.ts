import { z } from 'zod';
import type { Section, VariablesOf } from './problem';

/** The shipped plan file, relative to the working directory (the repository, or /app in the image). */
export const DEFAULT_PLAN_FILE = 'bot/src/domain/catalog/plans/fri-fran-vald-2022-2026.yaml';

/** The plan: the data the rounds, meetings and reminders are built from. */
export const planVariables = {
  /** A plan file to import at startup (idempotent); the shipped 2022–2026 plan by default. */
  SAMORDNA_PLAN_FILE: z.string().min(1).optional(),
};

type PlanEnv = VariablesOf<typeof planVariables>;

export interface PlanConfig {
  /** The plan file imported at startup (`SAMORDNA_PLAN_FILE`, else the shipped 2022–2026 plan). */
  readonly planFile: string;
}

export function planConfig(env: PlanEnv): Section<PlanConfig> {
  return { value: { planFile: env.SAMORDNA_PLAN_FILE ?? DEFAULT_PLAN_FILE }, problems: [] };
}
