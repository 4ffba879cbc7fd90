/**
 * `npm run plan -- carry <från-plan> <till-plan> [--goals 1=1,2=3] [--activities a,b] [--confirm]`:
 * starts the next plan period (issue 15 item 4, decision 0028). Without `--confirm` it shows
 * what would be carried — each old goal with the suggested new goal (where the texts match) —
 * and stores nothing; the person checks it, corrects goals with `--goals` and runs it again with
 * `--confirm`. Only new activities are written; the old plan's follow-up stays as it was.
 */
import { carryProblemText, planCarry } from '../src/domain/carry/carry-plan';
import { parseGoalMapping } from '../src/domain/carry/goal-mapping';
import { systemClock } from '../src/domain/ports/clock.port';
import { carryActivities, carrySuggestion } from '../src/domain/services/carry-service';
import { openCliStore } from './cli-store';

export const CARRY_USAGE =
  'npm run plan -- carry <från-plan-id> <till-plan-id> [--goals 1=1,2=3] [--activities id,id] [--confirm]';

interface CarryArgs {
  readonly from: string;
  readonly to: string;
  readonly goals: string;
  readonly activities: readonly string[] | null;
  readonly confirm: boolean;
}

function parseArgs(args: readonly string[]): CarryArgs | string {
  const positional: string[] = [];
  let goals = '';
  let activities: string[] | null = null;
  let confirm = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--confirm') confirm = true;
    else if (arg === '--goals' || arg === '--activities') {
      const value = args[i + 1];
      if (value === undefined) return `${arg} behöver ett värde.`;
      i += 1;
      if (arg === '--goals') goals = value;
      else
        activities = value
          .split(',')
          .map((id) => id.trim())
          .filter((id) => id !== '');
    } else if (arg.startsWith('--')) return `Okänd flagga: ${arg}.`;
    else positional.push(arg);
  }
  const [from, to, ...rest] = positional;
  if (from === undefined || to === undefined || rest.length > 0)
    return 'Ange den gamla och den nya planens id.';
  return { from, to, goals, activities, confirm };
}

export async function carry(args: readonly string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\nAnvändning: ${CARRY_USAGE}\n`);
    return 1;
  }
  const given = parseGoalMapping(parsed.goals);
  if (!given.ok) {
    process.stderr.write(
      `Målen ska skrivas gammalt=nytt, t.ex. 1=1,2=3. Fel: ${given.bad.join(', ')}.\n`,
    );
    return 1;
  }
  const store = await openCliStore({ importPlanFile: false });
  try {
    const suggestion = await carrySuggestion(store, parsed.from, parsed.to);
    if ('kind' in suggestion) {
      process.stderr.write(`Planen finns inte: ${suggestion.requested ?? ''}.\n`);
      return 1;
    }
    const { from, to } = suggestion;
    // The suggestion, with the person's own choices over it.
    const goals = new Map<number, number>();
    for (const s of suggestion.goals) if (s.to !== null) goals.set(s.from, s.to);
    for (const [oldGoal, newGoal] of given.mapping) goals.set(oldGoal, newGoal);
    const activityIds = parsed.activities ?? suggestion.activities.map((a) => a.id);

    const lines = [`Från ${from.title} till ${to.title}.`, 'Inriktningsmål (gammalt → nytt):'];
    for (const s of suggestion.goals) {
      const title = (plan: typeof from, n: number | undefined) =>
        plan.goals.find((g) => g.number === n)?.title ?? '';
      const chosen = goals.get(s.from);
      const how = given.mapping.has(s.from)
        ? 'ditt val'
        : s.match === 'same-text'
          ? 'förslag: samma text'
          : s.match === 'similar-text'
            ? 'förslag: liknande text'
            : 'inget förslag – ange med --goals';
      lines.push(
        `  ${String(s.from)} ${title(from, s.from)} → ${chosen === undefined ? '?' : `${String(chosen)} ${title(to, chosen)}`}  (${how})`,
      );
    }
    lines.push(`Aktiviteter som fortsätter: ${String(activityIds.length)}.`);

    if (!parsed.confirm) {
      // A dry run still checks the choice, so the person sees every problem before confirming.
      const problems = await checkOnly(store, from.id, to.id, activityIds, goals);
      process.stdout.write(`${lines.join('\n')}\n`);
      if (problems.length > 0) {
        process.stderr.write(`${problems.join('\n')}\n`);
        return 1;
      }
      process.stdout.write(
        'Inget har sparats. Kontrollera målen och kör igen med --confirm för att föra över.\n',
      );
      return 0;
    }
    const outcome = await carryActivities(store, systemClock, from.id, to.id, {
      activityIds,
      goals,
    });
    if (outcome.kind === 'plan-not-found') {
      process.stderr.write(`Planen finns inte: ${outcome.requested ?? ''}.\n`);
      return 1;
    }
    if (outcome.kind === 'refused') {
      process.stderr.write(
        `Inget har sparats.\n${outcome.problems.map(carryProblemText).join('\n')}\n`,
      );
      return 1;
    }
    process.stdout.write(
      `${lines.join('\n')}\nFörde över ${String(outcome.created.length)} aktiviteter` +
        (outcome.existing > 0 ? ` (${String(outcome.existing)} var redan överförda)` : '') +
        `. ${from.title} är oförändrad.\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

/** The problems a confirmed carry would be refused for (nothing is written). */
async function checkOnly(
  store: Awaited<ReturnType<typeof openCliStore>>,
  from: string,
  to: string,
  activityIds: readonly string[],
  goals: ReadonlyMap<number, number>,
): Promise<string[]> {
  const [fromPlan, toPlan] = await Promise.all([store.plans.get(from), store.plans.get(to)]);
  if (fromPlan === undefined || toPlan === undefined) return [];
  const planned = planCarry(
    fromPlan,
    toPlan,
    await store.activities.list({ planId: from }),
    { activityIds, goals },
    systemClock.now().toISOString(),
  );
  return planned.ok ? [] : planned.problems.map(carryProblemText);
}
