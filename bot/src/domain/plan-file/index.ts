/** The plan file, pure: its specification, its checks and its JSON Schema. Reading YAML is in `files/plan-yaml.ts`. */
export { checkPlanDocument } from './check-plan';
export type { PlanCheck } from './check-plan';
export { planJsonSchema } from './json-schema';
export * from './plan-document';
export { ACROSS_FIELDS_CODES, formatPlanProblem, PLAN_PROBLEM_CODES } from './plan-problem';
export type { LocatedPlanProblem, PlanPath, PlanProblem, PlanProblemCode } from './plan-problem';
export { planSummaryLines } from './plan-summary';
export { organisationsFromDocument, planFromDocument } from './to-plan';
