/**
 * The shipped 2022–2026 plan as the store holds it, loaded from its plan file (the TypeScript
 * constant is gone, decision 0021): for tests that need the plan or its organisations.
 */
import type { PlanDocument } from '../../bot/src/domain/plan-file';
import { organisationsFromDocument, planFromDocument } from '../../bot/src/domain/plan-file';
import type { Organisation, Plan } from '../../bot/src/domain/types';
import { readPlanFile } from '../../bot/src/files/plan-file';
import { PLAN_FILES } from './plan-documents';

export function loadPlanDocument(file: string): PlanDocument {
  const result = readPlanFile(file);
  if (!result.ok) throw new Error(result.lines.join('\n'));
  return result.plan;
}

const malmo = loadPlanDocument(PLAN_FILES.malmo);

/** Fri från våld 2022–2026, from `catalog/plans/fri-fran-vald-2022-2026.yaml`. */
export const friFranVald: Plan = planFromDocument(malmo);

/** Its organisations: thirteen förvaltningar, HR-avdelningen and MKB Fastighets AB. */
export const organisations: Organisation[] = organisationsFromDocument(malmo);
