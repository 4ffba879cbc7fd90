/**
 * `checkPlanDocument`: a parsed plan file (whatever it holds) in, a `PlanDocument` or every
 * problem out — the shape (`plan-spec.ts`) and the rules across fields (`plan-rules.ts`), each
 * with its path and a Swedish and English explanation.
 */
import type { PlanDocument } from './plan-document';
import type { PlanProblem } from './plan-problem';
import type { PlanFile } from './plan-spec';
import { planSpec } from './plan-spec';
import { checkPlanRules } from './plan-rules';
import { problemAt } from './problem-text';
import { isRecord } from './raw';
import { checkShape } from './shape-check';
import { toPlanDocument } from './to-document';

export type PlanCheck =
  | { readonly ok: true; readonly plan: PlanDocument }
  | { readonly ok: false; readonly problems: readonly PlanProblem[] };

export function checkPlanDocument(raw: unknown): PlanCheck {
  if (!isRecord(raw)) {
    return {
      ok: false,
      problems: [
        problemAt(raw, [], 'wrong-type', () => ({
          sv: 'filen ska innehålla en plan: fält som "id:", "titel:" och "inriktningsmål:", ett per rad.',
          en: 'the file must hold a plan: fields such as "id:", "titel:" and "inriktningsmål:", one per line.',
        })),
      ],
    };
  }
  const shapeProblems: PlanProblem[] = [];
  const file = checkShape(planSpec, raw, shapeProblems);
  const ruleProblems = checkPlanRules(raw);
  const problems = [...withoutExplained(shapeProblems, ruleProblems), ...ruleProblems];
  if (problems.length > 0 || file === undefined) return { ok: false, problems };
  // checkShape returned the file only because it holds to planSpec, which PlanFile is inferred from.
  return { ok: true, plan: toPlanDocument(file as PlanFile) };
}

/**
 * A goal item holding only strategies is reported once, as strategies without a goal, rather
 * than as a goal missing its number and its title.
 */
function withoutExplained(
  shape: readonly PlanProblem[],
  rules: readonly PlanProblem[],
): PlanProblem[] {
  const orphans = rules.filter((p) => p.code === 'strategies-without-goal').map((p) => p.path);
  const explained = (p: PlanProblem) =>
    p.code === 'required' &&
    orphans.some(
      (goal) => p.path.length === goal.length + 1 && goal.every((key, i) => p.path[i] === key),
    );
  return shape.filter((p) => !explained(p));
}
