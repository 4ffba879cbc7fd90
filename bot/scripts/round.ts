/**
 * `npm run round -- <kommando>`: follow-up rounds from a terminal (issue 15 item 7).
 *
 *   create "<namn>" --from <ÅÅÅÅ-MM-DD> --to <ÅÅÅÅ-MM-DD> [--plan <id>] [--dialog <spec>]...
 *                     a round for any period, also in the past (the same name and period
 *                     twice changes nothing; the same name with other dates is refused),
 *                     optionally with a dialogue meeting per organisation (decision 0033):
 *                     the round and its dialogues are stored together or not at all
 *   dialog "<omgång>" <org-id> <ÅÅÅÅ-MM-DD> <TT:MM>-<TT:MM> [--teams <länk>] [--plan <id>]
 *                     one more dialogue meeting in a follow-up round (by name or id)
 *   list [--plan <id>] the plan's rounds with their periods and dialogue meetings
 *
 * On the store in SAMORDNA_DATA_DIR; exit 0 on success, 1 on refused input, 2 on misuse.
 */
import { parseArgs } from 'node:util';
import type { Config } from '../src/config';
import type { DialogueSlot } from '../src/domain/meetings/dialogue';
import { dialoguesByRound } from '../src/domain/meetings/dialogue-service';
import type { Meeting } from '../src/domain/meetings/meeting';
import {
  addDialogues,
  createFollowUpRoundWithDialogues,
  listRounds,
} from '../src/domain/services/round-service';
import type { Organisation } from '../src/domain/types';
import { cliConfig, openCliStore, planProblem } from './cli-store';
import {
  cliMeetingDeps,
  DIALOG_EXAMPLE,
  DIALOG_SYNTAX,
  dialogueLine,
  dialogueProblemLines,
  parseDialogSpec,
} from './round-dialogues';

const USAGE = [
  'Användning:',
  '  npm run round -- create "<namn>" --from <ÅÅÅÅ-MM-DD> --to <ÅÅÅÅ-MM-DD> [--plan <plan-id>]',
  `                   [--dialog ${DIALOG_SYNTAX}]...`,
  '  npm run round -- dialog "<omgångens namn eller id>" <org-id> <ÅÅÅÅ-MM-DD> <TT:MM>-<TT:MM>',
  '                   [--teams <Teams-länk>] [--plan <plan-id>]',
  '  npm run round -- list [--plan <plan-id>]',
  '',
  'Ett dialogmöte per förvaltning eller bolag i en uppföljningsomgång: --dialog kan upprepas,',
  `till exempel --dialog ${DIALOG_EXAMPLE}`,
  'Dialogmötet ska ligga på en arbetsdag inom omgångens period (även i efterhand).',
  '',
].join('\n');

/** The dialogues as indented lines (local dates, the organisations' names on the day). */
function dialogueLines(
  meetings: readonly Meeting[],
  organisations: readonly Organisation[],
  config: Config,
): string {
  return meetings
    .map((m) => `    Dialogmöte ${dialogueLine(m, organisations, config.rhythm.timeZone)}\n`)
    .join('');
}

/** Each `--dialog` as a slot; the malformed ones as Swedish lines. */
function dialogSlots(specs: readonly string[]): { slots: DialogueSlot[]; problems: string[] } {
  const slots: DialogueSlot[] = [];
  const problems: string[] = [];
  for (const spec of specs) {
    const parsed = parseDialogSpec(spec);
    if (typeof parsed === 'string') problems.push(parsed);
    else slots.push(parsed);
  }
  return { slots, problems };
}

const KIND_NAMES: Readonly<Record<string, string>> = {
  'infor-mote': 'inför möte',
  uppfoljning: 'uppföljning',
};

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        plan: { type: 'string' },
        dialog: { type: 'string', multiple: true },
        teams: { type: 'string' },
      },
    });
  } catch {
    process.stderr.write(USAGE);
    return 2;
  }
  const { positionals, values } = parsed;
  const [command, ...rest] = positionals;
  if (command === 'create') {
    const [title, ...extra] = rest;
    if (
      title === undefined ||
      extra.length > 0 ||
      values.from === undefined ||
      values.to === undefined ||
      values.teams !== undefined
    ) {
      process.stderr.write(`Ange namnet och perioden.\n${USAGE}`);
      return 2;
    }
    const { slots, problems } = dialogSlots(values.dialog ?? []);
    if (problems.length > 0) {
      process.stderr.write(`Omgången skapades inte – inget har sparats:\n${problems.join('\n')}\n`);
      return 1;
    }
    const config = cliConfig();
    const store = await openCliStore();
    try {
      const outcome = await createFollowUpRoundWithDialogues(
        cliMeetingDeps(store, config),
        { title, from: values.from, to: values.to },
        slots,
        values.plan,
      );
      if (outcome.kind === 'plan-not-found') {
        process.stderr.write(`${planProblem(outcome.requested)}\n`);
        return 1;
      }
      switch (outcome.kind) {
        case 'refused':
          process.stderr.write(
            `Omgången skapades inte – inget har sparats:\n${outcome.problems.join('\n')}\n`,
          );
          return 1;
        case 'dialogues-refused':
          process.stderr.write(
            `Omgången och dialogmötena skapades inte – inget har sparats:\n${dialogueProblemLines(outcome.problems)}\n`,
          );
          return 1;
        case 'exists':
          process.stdout.write(
            `Omgången "${outcome.round.title}" finns redan (id ${outcome.round.id}); den har inte ändrats.\n`,
          );
          break;
        case 'created':
          process.stdout.write(
            `Skapade omgången "${outcome.round.title}" ${values.from}–${values.to} i planen ${outcome.plan.title} (id ${outcome.round.id}).\nImportera rapporter i den med: npm run import -- <fil> --round "${outcome.round.title}"\n`,
          );
          break;
      }
      if (outcome.dialogues.length > 0) {
        const organisations = await store.organisations.list();
        process.stdout.write(
          `Dialogmöten i omgången:\n${dialogueLines(outcome.dialogues, organisations, config)}`,
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  }
  if (command === 'dialog') {
    const [name, organisationId, date, times, ...extra] = rest;
    const [startTime, endTime, ...more] = (times ?? '').split('-');
    if (
      name === undefined ||
      organisationId === undefined ||
      date === undefined ||
      startTime === undefined ||
      endTime === undefined ||
      more.length > 0 ||
      extra.length > 0 ||
      [values.from, values.to, values.dialog].some((v) => v !== undefined)
    ) {
      process.stderr.write(`Ange omgången, organisationen, dagen och tiden.\n${USAGE}`);
      return 2;
    }
    const config = cliConfig();
    const store = await openCliStore();
    try {
      const slot = { organisationId, date, startTime, endTime, teamsLink: values.teams ?? null };
      const outcome = await addDialogues(cliMeetingDeps(store, config), name, [slot], values.plan);
      switch (outcome.kind) {
        case 'plan-not-found':
          process.stderr.write(`${planProblem(outcome.requested)}\n`);
          return 1;
        case 'round-not-found':
          process.stderr.write(
            `Omgången "${name}" finns inte. Se vilka som finns med npm run round -- list.\n`,
          );
          return 1;
        case 'not-follow-up':
          process.stderr.write(
            `Omgången "${outcome.round.title}" hör till ett möte i samordningsgruppen och kan inte få dialogmöten.\n`,
          );
          return 1;
        case 'refused':
          process.stderr.write(
            `Dialogmötet planerades inte – inget har sparats:\n${dialogueProblemLines(outcome.problems)}\n`,
          );
          return 1;
        case 'saved': {
          const lines = dialogueLines(outcome.meetings, await store.organisations.list(), config);
          process.stdout.write(
            outcome.created === 0
              ? `Dialogmötet finns redan i omgången "${outcome.round.title}"; inget har ändrats.\n${lines}`
              : `Planerade dialogmötet i omgången "${outcome.round.title}":\n${lines}`,
          );
          return 0;
        }
      }
    } finally {
      await store.close();
    }
  }
  if (command === 'list' && rest.length === 0) {
    const config = cliConfig();
    const store = await openCliStore();
    try {
      const listed = await listRounds(store, values.plan);
      if ('kind' in listed) {
        process.stderr.write(`${planProblem(listed.requested)}\n`);
        return 1;
      }
      if (listed.rounds.length === 0) {
        process.stdout.write(`Planen ${listed.plan.title} har inga omgångar än.\n`);
        return 0;
      }
      const { meetings } = cliMeetingDeps(store, config);
      const [dialogues, organisations] = await Promise.all([
        dialoguesByRound(meetings, listed.plan.id),
        store.organisations.list(),
      ]);
      const lines: string[] = [];
      for (const { round, from, to } of listed.rounds) {
        lines.push(
          `${from}–${to}  ${round.title}  (${KIND_NAMES[round.kind] ?? round.kind}, id ${round.id})\n`,
          dialogueLines(dialogues.get(round.id) ?? [], organisations, config),
        );
      }
      process.stdout.write(`Omgångar i ${listed.plan.title}:\n${lines.join('')}`);
      return 0;
    } finally {
      await store.close();
    }
  }
  process.stderr.write(USAGE);
  return 2;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `Kommandot misslyckades: ${error instanceof Error ? error.name : 'okänt fel'}\n`,
    );
    process.exit(1);
  },
);
