/**
 * A plan file on disk (YAML, `catalog/plans/*.yaml`) read and checked: the plan, or the
 * Swedish lines that say why not (the file is missing, not UTF-8, or has problems, each with
 * its line). Used at startup (`SAMORDNA_PLAN_FILE`) and by `npm run plan`.
 */
import { readFileSync } from 'node:fs';
import { formatPlanProblem } from '../domain/plan-file/plan-problem';
import type { PlanDocument } from '../domain/plan-file/plan-document';
import { readPlanYaml } from './plan-yaml';

export type PlanFileResult =
  | { readonly ok: true; readonly plan: PlanDocument }
  | { readonly ok: false; readonly lines: readonly string[] };

/** The file as UTF-8 text, or the Swedish reason it cannot be read. */
export function readPlanText(file: string): { text: string } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      error:
        code === 'ENOENT'
          ? `Filen finns inte: ${file}`
          : `Filen kunde inte läsas: ${file} (${code ?? 'okänt fel'})`,
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      error: `Filen är inte sparad som UTF-8: ${file}. Spara den som UTF-8 och försök igen.`,
    };
  }
}

export function readPlanFile(file: string): PlanFileResult {
  const read = readPlanText(file);
  if ('error' in read) return { ok: false, lines: [read.error] };
  const result = readPlanYaml(read.text);
  if (result.ok) return { ok: true, plan: result.plan };
  return {
    ok: false,
    lines: [
      `Planfilen ${file} har ${result.problems.length} problem. Rätta raderna och kontrollera igen:`,
      ...result.problems.map((p) => formatPlanProblem(p)),
    ],
  };
}
