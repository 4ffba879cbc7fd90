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
  type OrganisationChangeRequest,
} from '../src/domain/services/organisation-change-service';
import { resolvePlan, isPlanNotFound } from '../src/domain/services/resolve-plan';
import type { Organisation } from '../src/domain/types';
import { openCliStore, planProblem } from './cli-store';

export const ORGANISATION_USAGE = {
  organisations: '[--plan <plan-id>]',
  rename: '<org-id> "<nytt namn>" --from <ÅÅÅÅ-MM-DD> [--plan <plan-id>]',
  merge: '<från-org-id> <till-org-id> --from <ÅÅÅÅ-MM-DD> [--plan <plan-id>]',
  split:
    '<från-org-id> <ny-id>:"<namn>" <ny-id>:"<namn>" --from <ÅÅÅÅ-MM-DD> [--activities <id>=<ny-id>,…] [--plan <plan-id>]',
} as const;

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
    const plan = await resolvePlan(store, parsed.plan);
    if (isPlanNotFound(plan)) {
      process.stderr.write(`${planProblem(parsed.plan)}\n`);
      return 1;
    }
    const [organisations, activities] = await Promise.all([
      store.organisations.list(),
      store.activities.list({ planId: plan.id }),
    ]);
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

/** Swedish text for a refused change. */
export function refusalText(refusal: OrganisationChangeRefusal): string {
  switch (refusal.kind) {
    case 'bad-date':
      return `"${refusal.value}" är inget datum. Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-01-01.`;
    case 'unknown-organisation':
      return `Organisationen "${refusal.id}" finns inte. Se vilka som finns med npm run plan -- organisations.`;
    case 'not-valid-on':
      return `Organisationen "${refusal.id}" finns inte både ${refusal.day} och dagen före (den har upphört eller är ny). En ändring gäller en organisation som finns.`;
    case 'before-reported-round':
      return `Ändringen kan inte gälla från det datumet: omgången "${refusal.round.title}" öppnade ${refusal.round.day} och har redan rapporter, och dess siffror ska inte skrivas om. Välj ett datum efter ${refusal.round.day}.`;
    case 'outside-plan':
      return `${refusal.day} ligger utanför planens period (${refusal.plan.periodStart}–${refusal.plan.periodEnd}). Välj ett datum inom perioden, eller en annan plan med --plan.`;
    case 'empty-name':
      return 'Namnet är tomt. Skriv det nya namnet inom citattecken.';
    case 'same-name':
      return `Organisationen heter redan "${refusal.name}".`;
    case 'name-taken':
      return `Namnet "${refusal.name}" används redan av organisationen "${refusal.id}".`;
    case 'same-organisation':
      return `En organisation kan inte slås ihop med sig själv (${refusal.id}).`;
    case 'bad-id':
      return `"${refusal.id}" är inget giltigt id: använd små bokstäver a–z (utan å, ä, ö), siffror och bindestreck.`;
    case 'id-taken':
      return `Id "${refusal.id}" används redan. Ge den nya organisationen ett eget id.`;
    case 'too-few-parts':
      return 'En delning behöver minst två nya organisationer, skrivna id:"Namn".';
    case 'unknown-activity':
      return `Aktiviteten "${refusal.id}" hör inte till organisationen som delas i den här planen.`;
    case 'unknown-part':
      return `Aktiviteten "${refusal.activityId}" ska till "${refusal.id}", som inte är en av de nya organisationerna.`;
    case 'unplaced-activities':
      return `Ange vart varje aktivitet ska med --activities <id>=<ny-id>,… Saknas: ${refusal.ids.join(', ')}.`;
  }
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

function doneText(r: OrganisationChangeRequest): string {
  switch (r.kind) {
    case 'rename':
      return `${r.id} heter "${r.name}" från ${r.from}. Omgångar som öppnade före dess visar det gamla namnet.`;
    case 'merge':
      return `${r.from} går upp i ${r.into} från ${r.day}. Omgångar som öppnade före dess räknas som förut.`;
    case 'split':
      return `${r.from} delas i ${r.parts.map((p) => p.id).join(', ')} från ${r.day}. Omgångar som öppnade före dess räknas som förut.`;
  }
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
      const { change } = outcome;
      const lines = [doneText(request)];
      if (change.moves.length > 0)
        lines.push(
          `${change.moves.length} aktiviteter flyttades; rapporter i tidigare omgångar räknas för organisationen de gjordes för.`,
        );
      if (change.members.length > 0)
        lines.push(`${change.members.length} samordnare flyttades med (loggat under Personer).`);
      if (change.standIns.length > 0)
        lines.push(`${change.standIns.length} ersättare flyttades med (loggat under Personer).`);
      if (change.membersLeft.length > 0)
        lines.push(
          `${change.membersLeft.map((m) => m.name).join(', ')} är kvar som samordnare för ${request.from}: flytta dem under Personer i fliken.`,
        );
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
