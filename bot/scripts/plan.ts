/**
 * `npm run plan -- <kommando>`: the plan file from a terminal.
 *
 *   check <fil>       checks a plan file; exit 0 with a summary, or exit 1 with every problem
 *                     and its line
 *   schema [<fil>]    writes the plan file's JSON Schema (to the file, or to stdout)
 *
 * One command table: a new command is one entry.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatPlanProblem, planJsonSchema, planSummaryLines } from '../src/domain/plan-file';
import { readPlanYaml } from '../src/files/plan-yaml';

interface Command {
  /** The arguments, as the usage line shows them. */
  readonly args: string;
  readonly help: string;
  readonly run: (args: readonly string[]) => number;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  check: {
    args: '<fil.yaml>',
    help: 'kontrollerar en planfil och listar varje problem med sitt radnummer',
    run: check,
  },
  schema: {
    args: '[<fil.json>]',
    help: 'skriver planfilens JSON Schema (till filen, annars till skärmen)',
    run: schema,
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(
    ([name, c]) => `  npm run plan -- ${name} ${c.args}`.padEnd(46) + c.help,
  );
  return ['Användning:', ...lines, ''].join('\n');
}

function check(args: readonly string[]): number {
  const [file, ...rest] = args;
  if (file === undefined || rest.length > 0) {
    process.stderr.write(`Ange en planfil.\n${usage()}`);
    return 1;
  }
  const text = readText(file);
  if (text === undefined) return 1;
  const result = readPlanYaml(text);
  if (result.ok) {
    process.stdout.write(`${planSummaryLines(result.plan).join('\n')}\n`);
    return 0;
  }
  const count = result.problems.length;
  process.stderr.write(
    `Planfilen ${file} har ${count} problem. Rätta raderna och kontrollera igen:\n` +
      `${result.problems.map((p) => formatPlanProblem(p)).join('\n')}\n`,
  );
  return 1;
}

function schema(args: readonly string[]): number {
  const [file, ...rest] = args;
  if (rest.length > 0) {
    process.stderr.write(usage());
    return 1;
  }
  const json = `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
  if (file === undefined) process.stdout.write(json);
  else {
    writeFileSync(file, json);
    process.stdout.write(`Skrev ${file}.\n`);
  }
  return 0;
}

/** The file as UTF-8 text, or undefined after saying in Swedish why it cannot be read. */
function readText(file: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(
      code === 'ENOENT'
        ? `Filen finns inte: ${file}\n`
        : `Filen kunde inte läsas: ${file} (${code ?? 'okänt fel'})\n`,
    );
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    process.stderr.write(
      `Filen är inte sparad som UTF-8: ${file}. Spara den som UTF-8 och försök igen.\n`,
    );
    return undefined;
  }
}

const [name, ...args] = process.argv.slice(2);
const command = name === undefined ? undefined : COMMANDS[name];
if (command === undefined) {
  process.stderr.write(
    `${name === undefined ? 'Ange ett kommando.' : `Okänt kommando: ${name}.`}\n${usage()}`,
  );
  process.exit(1);
}
process.exit(command.run(args));
