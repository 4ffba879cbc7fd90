import { z } from 'zod';

/** One thing wrong with the configuration: the variable to fix, in Swedish and in English. */
export interface ConfigProblem {
  /** The environment variable the operator changes, e.g. `BOT_ID`. */
  readonly variable: string;
  /** e.g. `BOT_ID krävs i produktionsläge` */
  readonly sv: string;
  /** e.g. `BOT_ID is required in production mode` */
  readonly en: string;
}

/** Raised when configuration is invalid; `problems` names every offending variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      `Ogiltig konfiguration / Invalid configuration:\n${problems
        .map((problem) => `  - ${problem.sv}\n    ${problem.en}`)
        .join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** What one concern reads from the environment, and what is wrong with it (empty: nothing). */
export interface Section<T> {
  readonly value: T;
  readonly problems: ConfigProblem[];
}

/** The variables of one concern as zod parses them (each section infers its own once). */
export type VariablesOf<Shape extends z.ZodRawShape> = z.infer<z.ZodObject<Shape>>;

/** When a variable is needed: in production mode, or with another setting. */
export interface Condition {
  readonly sv: string;
  readonly en: string;
}

export const IN_PRODUCTION: Condition = { sv: 'i produktionsläge', en: 'in production mode' };

/** `with SAMORDNA_STORE=sharepoint`: a variable another setting needs. */
export function withSetting(setting: string): Condition {
  return { sv: `med ${setting}`, en: `with ${setting}` };
}

/** `BOT_ID is required in production mode`. */
export function missing(variable: string, when: Condition): ConfigProblem {
  return { variable, sv: `${variable} krävs ${when.sv}`, en: `${variable} is required ${when.en}` };
}

/** A problem for every one of `variables` that is not set. */
export function required<Env extends object>(
  env: Env,
  variables: readonly (keyof Env & string)[],
  when: Condition,
): ConfigProblem[] {
  return variables
    .filter((variable) => env[variable] === undefined)
    .map((variable) => missing(variable, when));
}

/**
 * Adds the problems whose variable is not named yet: the store, the calendar, the directory and
 * the delivery probe share the Graph credentials, so a missing one is named once.
 */
export function addOnce(problems: ConfigProblem[], more: readonly ConfigProblem[]): void {
  const named = new Set(problems.map((problem) => problem.variable));
  for (const problem of more) {
    if (named.has(problem.variable)) continue;
    problems.push(problem);
    named.add(problem.variable);
  }
}

/** A zod refinement's message in both languages (the Swedish one travels in the issue's params). */
export function bilingual(en: string, sv: string): { message: string; params: { sv: string } } {
  return { message: en, params: { sv } };
}

/** Swedish for what zod found wrong with a value; never the value itself (it may be a secret). */
function swedish(issue: z.ZodIssue): string {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_enum_value:
      return `måste vara ett av: ${issue.options.map(String).join(', ')}`;
    case z.ZodIssueCode.invalid_string:
      if (issue.validation === 'uuid') return 'måste vara ett UUID';
      if (issue.validation === 'url') return 'måste vara en URL';
      return 'har fel format';
    case z.ZodIssueCode.invalid_type:
      if (issue.expected === 'integer') return 'måste vara ett heltal';
      if (issue.expected === 'number') return 'måste vara ett tal';
      return 'har fel typ';
    case z.ZodIssueCode.too_small:
      return issue.type === 'number' ? `måste vara minst ${issue.minimum}` : 'får inte vara tomt';
    case z.ZodIssueCode.too_big:
      return `får vara högst ${issue.maximum}`;
    case z.ZodIssueCode.custom: {
      const sv: unknown = issue.params?.['sv'];
      return typeof sv === 'string' ? sv : 'har ett ogiltigt värde';
    }
    default:
      return 'har ett ogiltigt värde';
  }
}

/** The problem a zod issue describes: a variable's value, or a problem the sections found. */
export function problemOfIssue(issue: z.ZodIssue): ConfigProblem {
  const found: unknown = issue.code === z.ZodIssueCode.custom ? issue.params?.['problem'] : null;
  if (isProblem(found)) return found;
  const path = issue.path.join('.');
  return {
    variable: String(issue.path[0] ?? ''),
    sv: `${path}: ${swedish(issue)}`,
    en: `${path}: ${issue.message}`,
  };
}

function isProblem(value: unknown): value is ConfigProblem {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record['variable'] === 'string' &&
    typeof record['sv'] === 'string' &&
    typeof record['en'] === 'string'
  );
}
