import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

export interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
}

/**
 * Runs the project's real ESLint (its flat config is ESM, so in a child process) on `code` as if
 * it were `file`, and returns what it says.
 */
export function lintAs(file: string, code: string): LintMessage[] {
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [
        join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'),
        '--stdin',
        '--stdin-filename',
        file,
        '--format',
        'json',
      ],
      { cwd: root, input: code, encoding: 'utf8' },
    );
  } catch (error) {
    // ESLint exits 1 when it finds problems; its JSON report is still on stdout.
    output = String((error as { stdout?: string }).stdout ?? '');
  }
  const [result] = JSON.parse(output) as { messages: LintMessage[] }[];
  return result?.messages ?? [];
}
