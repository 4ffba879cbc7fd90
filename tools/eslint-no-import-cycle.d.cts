/** Types of tools/eslint-no-import-cycle.cjs (see there). */
import type { Rule } from 'eslint';
declare const rule: Rule.RuleModule;
export = rule;
