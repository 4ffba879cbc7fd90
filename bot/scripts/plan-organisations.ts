/**
 * `npm run plan -- organisations|rename|merge|split`: organisations that change (issue 15
 * item 5, decision 0030), on the chosen plan (`--plan`, else the current one).
 *
 *   organisations [--plan <id>]                         each organisation with its validity
 *                                                       and former names
 *   rename <org-id> "<nytt namn>" --from <ÅÅÅÅ-MM-DD>
 *   merge <från-id> <till-id> --from <ÅÅÅÅ-MM-DD>
 *   split <från-id> <ny-id>:"<namn>" <ny-id>:"<namn>" … --from <ÅÅÅÅ-MM-DD>
 *         [--activities <aktivitet-id>=<ny-id>,…]
 *
 * Exit 0 on success, 1 on refused input (nothing is stored then).
 */
import { parseArgs } from 'node:util';
import type {
  OrganisationChangeRefusal,
  SplitPart,
} from '../src/domain/organisations/organisation-changes';
import { systemClock } from '../src/domain/ports/clock.port';
import {
  changeOrganisations,
  organisationsOfPlan,
  type OrganisationChangeRequest,
} from '../src/domain/services/organisation-change-service';
import type { Organisation } from '../src/domain/types';
import { translator } from '../src/i18n';
import {
  describeOrganisationChange,
  describeOrganisationRefusal,
} from '../src/organisation-messages';
import { openCliStore, planProblem } from './cli-store';

export const ORGANISATION_USAGE = {
  organisations: '[--plan <plan-id>]',
  rename: '<org-id> "<nytt namn>" --from <ÅÅÅÅ-MM-DD> [--plan <plan-id>]',
  merge: '<från-org-id> <till-org-id> --from <ÅÅÅÅ-MM-DD> [--plan <plan-id>]',
  split:
    '<från-org-id> <ny-id>:"<namn>" <ny-id>:"<namn>" --from <ÅÅÅÅ-MM-DD> [--activities <id>=<ny-id>,…] [--plan <plan-id>]',
} as const;

const swedish = translator('sv');

/** The CLI is its own actor in the people log (there is no signed-in person). */
const CLI_ACTOR = { userId: 'npm-run-plan', name: 'Kommandoraden (npm run plan)' };

type Parsed = { positionals: string[]; from?: string; plan?: string; activities?: string };

function parse(args: readonly string[]): Parsed | string {
  try {
    const { positionals, values } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        plan: { type: 'string' },
        activities: { type: 'string' },
      },
    });
    return { positionals, ...values };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const KIND_NAMES: Readonly<Record<Organisation['kind'], string>> = {
  forvaltning: 'förvaltning',
  bolag: 'bolag',
  'stadsovergripande-funktion': 'stadsövergripande funktion',
};

/** One organisation as the listing shows it. */
export function organisationLine(o: Organisation, activities: number): string {
  const validity =
    o.validFrom === undefined && o.validTo === undefined
      ? ''
      : `, giltig ${o.validFrom ?? '…'} – ${o.validTo ?? '…'}`;
  const former = (o.formerNames ?? []).map((f) => `${f.name} (till ${f.until})`).join(', ');
  return (
    `${o.id}  ${o.name}  (${KIND_NAMES[o.kind]}${validity}; ${activities} aktiviteter i planen)` +
    (former === '' ? '' : `\n    tidigare namn: ${former}`)
  );
}

export async function listOrganisations(args: readonly string[]): Promise<number> {
  const parsed = parse(args);
  if (typeof parsed === 'string' || parsed.positionals.length > 0) {
    process.stderr.write(
      `Användning: npm run plan -- organisations ${ORGANISATION_USAGE.organisations}\n`,
    );
    return 1;
  }
  const store = await openCliStore({ importPlanFile: false });
  try {
    const listed = await organisationsOfPlan(store, parsed.plan);
    if ('kind' in listed) {
      process.stderr.write(`${planProblem(parsed.plan)}\n`);
      return 1;
    }
    const { plan, organisations, activities } = listed;
    process.stdout.write(`Organisationer (aktiviteter räknade i ${plan.title}):\n`);
    for (const o of organisations) {
      const count = activities.filter((a) => a.organisationId === o.id).length;
      process.stdout.write(`${organisationLine(o, count)}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

/** How to do it in a terminal, after the shared sentence (bot/src/organisation-messages.ts). */
const CLI_HINTS: Partial<Record<OrganisationChangeRefusal['kind'], string>> = {
  'unknown-organisation': 'Se vilka som finns med npm run plan -- organisations.',
  'outside-plan': 'En annan plan väljs med --plan <plan-id>.',
  'empty-name': 'Skriv det nya namnet inom citattecken.',
  'too-few-parts': 'Skriv dem id:"Namn".',
  'unplaced-activities': 'Ange dem med --activities <aktivitet-id>=<ny-id>,…',
};

/** Swedish text for a refused change: the tab's sentence, and how to type it here. */
function refusalText(refusal: OrganisationChangeRefusal): string {
  const hint = CLI_HINTS[refusal.kind];
  const text = describeOrganisationRefusal(swedish, refusal);
  return hint === undefined ? text : `${text} ${hint}`;
}

/** `ny-id:"Namn"` → the part; undefined when the colon is missing. */
function splitPart(text: string): SplitPart | undefined {
  const at = text.indexOf(':');
  if (at <= 0) return undefined;
  return { id: text.slice(0, at).trim(), name: text.slice(at + 1).replace(/^"|"$/g, '') };
}

function requestOf(
  command: 'rename' | 'merge' | 'split',
  p: Parsed,
): OrganisationChangeRequest | string {
  const from = p.from;
  if (from === undefined) return 'Ange från vilket datum ändringen gäller med --from ÅÅÅÅ-MM-DD.';
  const [first, ...rest] = p.positionals;
  if (command === 'rename') {
    const [name, ...extra] = rest;
    if (first === undefined || name === undefined || extra.length > 0 || p.activities !== undefined)
      return 'Ange organisationens id och det nya namnet.';
    return { kind: 'rename', id: first, name, from };
  }
  if (command === 'merge') {
    const [into, ...extra] = rest;
    if (first === undefined || into === undefined || extra.length > 0 || p.activities !== undefined)
      return 'Ange organisationen som slås ihop och den den går upp i.';
    return { kind: 'merge', from: first, into, day: from };
  }
  if (first === undefined) return 'Ange organisationen som delas och de nya organisationerna.';
  const parts: SplitPart[] = [];
  for (const text of rest) {
    const part = splitPart(text);
    if (part === undefined) return `Skriv varje ny organisation som id:"Namn", inte ${text}.`;
    parts.push(part);
  }
  const placement = new Map<string, string>();
  for (const pair of (p.activities ?? '').split(',').filter((x) => x.trim() !== '')) {
    const [activityId, partId, ...extra] = pair.split('=').map((x) => x.trim());
    if (activityId === undefined || partId === undefined || extra.length > 0 || activityId === '')
      return `Skriv --activities som aktivitet-id=ny-id,…, inte ${pair}.`;
    placement.set(activityId, partId);
  }
  return { kind: 'split', from: first, parts, day: from, placement };
}

/** `rename`, `merge` or `split`: decides, writes unless refused, and says what happened. */
export function changeCommand(command: 'rename' | 'merge' | 'split') {
  return async (args: readonly string[]): Promise<number> => {
    const parsed = parse(args);
    const request = typeof parsed === 'string' ? parsed : requestOf(command, parsed);
    if (typeof request === 'string' || typeof parsed === 'string') {
      process.stderr.write(
        `${String(request)}\nAnvändning: npm run plan -- ${command} ${ORGANISATION_USAGE[command]}\nIngenting ändrades.\n`,
      );
      return 1;
    }
    const store = await openCliStore({ importPlanFile: false });
    try {
      const outcome = await changeOrganisations(
        store,
        systemClock,
        CLI_ACTOR,
        request,
        parsed.plan,
      );
      if (isPlanNotFoundOutcome(outcome)) {
        process.stderr.write(`${planProblem(parsed.plan)}\nIngenting ändrades.\n`);
        return 1;
      }
      if (outcome.kind !== 'done') {
        process.stderr.write(`${refusalText(outcome)}\nIngenting ändrades.\n`);
        return 1;
      }
      const lines = describeOrganisationChange(swedish, request, outcome.change);
      process.stdout.write(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      await store.close();
    }
  };
}

function isPlanNotFoundOutcome<T extends { kind: string }>(
  outcome: T,
): outcome is Extract<T, { kind: 'plan-not-found' }> {
  return outcome.kind === 'plan-not-found';
}
