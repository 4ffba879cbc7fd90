/**
 * `npm run plan -- <kommando>`: the plan file from a terminal.
 *
 *   check <fil>       checks a plan file; exit 0 with a summary, or exit 1 with every problem
 *                     and its line
 *   schema [<fil>]    writes the plan file's JSON Schema (to the file, or to stdout)
 *   import <fil>      checks and loads a plan file into the store in SAMORDNA_DATA_DIR
 *                     (idempotent; a plan that has reports is frozen: a changed version is refused)
 *   list              the plans in the store, the current one marked
 *   current <plan-id> makes a plan the current one
 *   carry <från> <till> carries chosen activities into the next plan (plan-carry.ts)
 *   organisations | rename | merge | split
 *                     organisations that change (plan-organisations.ts, decision 0030)
 *
 * One command table: a new command is one entry.
 */
import { writeFileSync } from 'node:fs';
import { formatPlanProblem, planJsonSchema, planSummaryLines } from '../src/domain/plan-file';
import { importPlan } from '../src/domain/services/plan-import';
import type { Plan } from '../src/domain/types';
import { readPlanFile, readPlanText } from '../src/files/plan-file';
import { readPlanYaml } from '../src/files/plan-yaml';
import { openCliStore } from './cli-store';
import { carry } from './plan-carry';
import { changeCommand, listOrganisations, ORGANISATION_USAGE } from './plan-organisations';

interface Command {
  /** The arguments, as the usage line shows them. */
  readonly args: string;
  readonly help: string;
  readonly run: (args: readonly string[]) => number | Promise<number>;
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
  import: {
    args: '<fil.yaml>',
    help: 'läser in en planfil i databasen (samma fil två gånger ändrar ingenting)',
    run: importFile,
  },
  list: {
    args: '',
    help: 'listar planerna i databasen, den aktuella markerad',
    run: list,
  },
  current: {
    args: '<plan-id>',
    help: 'gör en plan till den aktuella',
    run: current,
  },
  carry: {
    args: '<från-plan-id> <till-plan-id> [--goals 1=1,2=3] [--activities id,id] [--confirm]',
    help: 'för över aktiviteter som fortsätter till nästa plan (utan --confirm: bara förslaget)',
    run: carry,
  },
  organisations: {
    args: ORGANISATION_USAGE.organisations,
    help: 'listar organisationerna med giltighet och tidigare namn',
    run: listOrganisations,
  },
  rename: {
    args: ORGANISATION_USAGE.rename,
    help: 'byter namn på en organisation från ett datum (det gamla namnet sparas)',
    run: changeCommand('rename'),
  },
  merge: {
    args: ORGANISATION_USAGE.merge,
    help: 'slår ihop två organisationer: aktiviteter och samordnare flyttar, rapporterna stannar',
    run: changeCommand('merge'),
  },
  split: {
    args: ORGANISATION_USAGE.split,
    help: 'delar en organisation i nya, med aktiviteterna fördelade',
    run: changeCommand('split'),
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
  const read = readPlanText(file);
  if ('error' in read) {
    process.stderr.write(`${read.error}\n`);
    return 1;
  }
  const result = readPlanYaml(read.text);
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

const period = (plan: Plan) => `${plan.periodStart}–${plan.periodEnd}`;
const named = (plan: Plan) => `"${plan.title}" ${period(plan)} (${plan.id})`;

async function importFile(args: readonly string[]): Promise<number> {
  const [file, ...rest] = args;
  if (file === undefined || rest.length > 0) {
    process.stderr.write(`Ange en planfil.\n${usage()}`);
    return 1;
  }
  const read = readPlanFile(file);
  if (!read.ok) {
    process.stderr.write(`${read.lines.join('\n')}\nIngenting lästes in.\n`);
    return 1;
  }
  const store = await openCliStore({ importPlanFile: false });
  try {
    const outcome = await importPlan(store, read.plan);
    const current = await store.plans.current();
    const isCurrent = current?.id === outcome.plan.id ? ' Den är den aktuella planen.' : '';
    switch (outcome.kind) {
      case 'created':
        process.stdout.write(
          `Läste in planen ${named(outcome.plan)}: ${outcome.plan.goals.length} inriktningsmål, ` +
            `${read.plan.organisations.length} organisationer.${isCurrent}\n`,
        );
        return 0;
      case 'updated':
        process.stdout.write(
          `Uppdaterade planen ${named(outcome.plan)} (${outcome.organisations} organisationer nya eller ändrade).${isCurrent}\n`,
        );
        return 0;
      case 'unchanged':
        process.stdout.write(
          `Planen ${named(outcome.plan)} finns redan och är oförändrad. Ingenting ändrades.\n`,
        );
        return 0;
      case 'frozen':
        process.stderr.write(
          `Planen ${named(outcome.plan)} har redan ${outcome.reports} rapporter och är låst: ` +
            `uppföljningen gjordes mot den, så en ändrad version kan inte läsas in. ` +
            `Ge den nya versionen ett eget id (till exempel en ny planperiod). Ingenting ändrades.\n`,
        );
        return 1;
    }
  } finally {
    await store.close();
  }
}

async function list(args: readonly string[]): Promise<number> {
  if (args.length > 0) {
    process.stderr.write(usage());
    return 1;
  }
  const store = await openCliStore({ importPlanFile: false });
  try {
    const plans = await store.plans.list();
    if (plans.length === 0) {
      process.stdout.write(
        'Det finns ingen plan i databasen. Läs in en med npm run plan -- import <fil.yaml>.\n',
      );
      return 0;
    }
    const current = await store.plans.current();
    for (const plan of plans) {
      const mark = plan.id === current?.id ? '  (aktuell)' : '';
      process.stdout.write(`${plan.id}  ${period(plan)}  ${plan.title}${mark}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

async function current(args: readonly string[]): Promise<number> {
  const [planId, ...rest] = args;
  if (planId === undefined || rest.length > 0) {
    process.stderr.write(`Ange planens id.\n${usage()}`);
    return 1;
  }
  const store = await openCliStore({ importPlanFile: false });
  try {
    const plan = await store.plans.get(planId);
    if (plan === undefined) {
      const ids = (await store.plans.list()).map((p) => p.id);
      process.stderr.write(
        `Planen finns inte: ${planId}. ` +
          (ids.length === 0
            ? 'Det finns ingen plan i databasen.\n'
            : `Planer: ${ids.join(', ')}.\n`),
      );
      return 1;
    }
    await store.plans.makeCurrent(planId);
    process.stdout.write(`Den aktuella planen är nu ${named(plan)}.\n`);
    return 0;
  } finally {
    await store.close();
  }
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

const [name, ...args] = process.argv.slice(2);
const command = name === undefined ? undefined : COMMANDS[name];
if (command === undefined) {
  process.stderr.write(
    `${name === undefined ? 'Ange ett kommando.' : `Okänt kommando: ${name}.`}\n${usage()}`,
  );
  process.exit(1);
}
void Promise.resolve(command.run(args)).then((code) => process.exit(code));
