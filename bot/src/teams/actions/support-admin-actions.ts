import { randomUUID } from 'node:crypto';
import type { Refusal } from '../../domain/services/status-service';
import {
  changeSupportStatus,
  listSupportForEditor,
  saveSupportEntry,
} from '../../domain/services/support-service';
import type { SupportEntry } from '../../domain/support/support-types';
import { buildSupportAdminCard } from '../cards/support-admin-card';
import {
  buildSupportEditCard,
  EMPTY_SUPPORT_FORM,
  formValuesOf,
  type SupportFormValues,
} from '../cards/support-edit-card';
import { buildSupportMessageCard } from '../cards/support-message-card';
import type { TeamsDeps } from '../deps';
import type { TurnInfo } from '../turn';
import type { ActionResult } from './invoke-response';
import type { ActionContext } from './action-context';
import {
  formInput,
  previewOf,
  problemMessage,
  rawValuesOf,
  schemaProblems,
  valuesOf,
} from './support-form';
import { supportEntryData, supportFormData, supportStatusData } from './verbs';

/** entryId and version from any payload, for redisplaying a refused form. */
function supportIds(data: unknown): { entryId: string; version: number | null } {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const entryId = typeof record['entryId'] === 'string' ? record['entryId'].slice(0, 200) : '';
  const version = Number(record['version']);
  return { entryId, version: Number.isInteger(version) && version >= 0 ? version : null };
}

/**
 * HR's editing of the support information with cards ("stöd admin"). Every read and write
 * goes through the support service, which takes the role from the sender's Entra id in the
 * store, never from the payload. Nothing is logged here.
 */

type Editable = { entry: SupportEntry; needsReview: boolean }[];
type Notice = { text: string; kind: 'good' | 'attention' } | null;

/** A refusal as a card (never an error string from the code). */
export function supportRefusal(turn: TurnInfo, refusal: Refusal): ActionResult {
  const { t } = turn;
  const text =
    refusal.kind === 'forbidden'
      ? t('supportAdmin.forbidden')
      : refusal.kind === 'not-found'
        ? t('supportAdmin.notFound')
        : t('supportAdmin.unknownUser');
  return {
    kind: 'card',
    card: buildSupportMessageCard({
      t,
      title: t('supportAdmin.title'),
      text,
      back: refusal.kind === 'not-found' ? 'admin' : null,
    }),
  };
}

/** The entries HR may edit, or the refusal as a card. */
export async function editorEntries(
  deps: TeamsDeps,
  turn: TurnInfo,
): Promise<Editable | ActionResult> {
  const result = await listSupportForEditor(deps.store, deps.clock, turn.userId);
  return result.kind === 'ok' ? result.entries : supportRefusal(turn, result);
}

const isResult = (value: Editable | ActionResult): value is ActionResult => !Array.isArray(value);

function listCard(turn: TurnInfo, entries: Editable, notice: Notice): ActionResult {
  return {
    kind: 'card',
    card: buildSupportAdminCard({ t: turn.t, language: turn.language, entries, notice }),
  };
}

/** HR's list (the "stöd admin" command and the support.admin verb). */
export async function supportAdminList(
  deps: TeamsDeps,
  turn: TurnInfo,
  notice: Notice = null,
): Promise<ActionResult> {
  const entries = await editorEntries(deps, turn);
  return isResult(entries) ? entries : listCard(turn, entries, notice);
}

export async function onSupportAdmin(deps: TeamsDeps, ctx: ActionContext): Promise<ActionResult> {
  return supportAdminList(deps, ctx.turn);
}

interface FormState {
  readonly entryId: string;
  readonly version: number;
  readonly existing: SupportEntry | null;
  readonly values: SupportFormValues;
  readonly problems: readonly string[];
  readonly preview: ReturnType<typeof previewOf> | null;
}

function formCard(turn: TurnInfo, state: FormState): ActionResult {
  return {
    kind: 'card',
    card: buildSupportEditCard({
      t: turn.t,
      entryId: state.entryId,
      version: state.version,
      status: state.existing?.status ?? null,
      values: state.values,
      problems: state.problems,
      preview: state.preview,
    }),
  };
}

/** "Ny post": an empty form. HR only. */
export async function onSupportNew(deps: TeamsDeps, ctx: ActionContext): Promise<ActionResult> {
  const entries = await editorEntries(deps, ctx.turn);
  if (isResult(entries)) return entries;
  return formCard(ctx.turn, {
    entryId: '',
    version: 0,
    existing: null,
    values: EMPTY_SUPPORT_FORM,
    problems: [],
    preview: null,
  });
}

/** "Redigera": the form prefilled from the stored entry. HR only. */
export async function onSupportEdit(deps: TeamsDeps, ctx: ActionContext): Promise<ActionResult> {
  const entries = await editorEntries(deps, ctx.turn);
  if (isResult(entries)) return entries;
  const parsed = supportEntryData.safeParse(ctx.data);
  const found = parsed.success
    ? entries.find((e) => e.entry.id === parsed.data.entryId)
    : undefined;
  if (found === undefined) return supportRefusal(ctx.turn, { kind: 'not-found' });
  return formCard(ctx.turn, {
    entryId: found.entry.id,
    version: found.entry.version,
    existing: found.entry,
    values: formValuesOf(found.entry),
    problems: [],
    preview: null,
  });
}

/** The owner of an edited entry stays; a new entry belongs to the editor's organisation. */
async function ownerOf(
  deps: TeamsDeps,
  turn: TurnInfo,
  existing: SupportEntry | null,
): Promise<string> {
  if (existing !== null) return existing.ownerOrganisationId;
  if (turn.userId === null) return '';
  return (await deps.store.members.get(turn.userId))?.organisationId ?? '';
}

/**
 * Parses the form for preview and save: HR only (the role check comes first, so a refused
 * payload never reveals anything), then the schema, the contacts and the domain rules.
 */
async function readForm(
  deps: TeamsDeps,
  ctx: ActionContext,
): Promise<
  | { kind: 'result'; result: ActionResult }
  | { kind: 'form'; state: FormState; input: ReturnType<typeof formInput>['input'] | null }
> {
  const entries = await editorEntries(deps, ctx.turn);
  if (isResult(entries)) return { kind: 'result', result: entries };
  const parsed = supportFormData.safeParse(ctx.data);
  const ids = supportIds(ctx.data);
  const existing = entries.find((e) => e.entry.id === ids.entryId)?.entry ?? null;
  if (ids.entryId !== '' && existing === null) {
    return { kind: 'result', result: supportRefusal(ctx.turn, { kind: 'not-found' }) };
  }
  if (!parsed.success) {
    // Keep the entry being edited (a refused payload must not turn an edit into a new entry).
    const state: FormState = {
      entryId: existing?.id ?? '',
      version: ids.version ?? existing?.version ?? 0,
      existing,
      values: rawValuesOf(ctx.data),
      problems: schemaProblems(ctx.turn.t, parsed.error),
      preview: null,
    };
    return { kind: 'form', state, input: null };
  }
  const entryId = parsed.data.entryId;
  const owner = await ownerOf(deps, ctx.turn, existing);
  const { input, problems } = formInput(ctx.turn.t, parsed.data, owner);
  const state: FormState = {
    entryId,
    version: parsed.data.version,
    existing,
    values: valuesOf(parsed.data),
    problems,
    preview: null,
  };
  return { kind: 'form', state, input };
}

/** "Förhandsgranska": the entry as readers will see it above the form. Stores nothing. */
export async function onSupportPreview(deps: TeamsDeps, ctx: ActionContext): Promise<ActionResult> {
  const form = await readForm(deps, ctx);
  if (form.kind === 'result') return form.result;
  const preview = form.input === null ? null : previewOf(form.input);
  return formCard(ctx.turn, { ...form.state, preview });
}

/** "Spara": validated by the service; problems in the card with the typed values kept. */
export async function onSupportSave(deps: TeamsDeps, ctx: ActionContext): Promise<ActionResult> {
  const form = await readForm(deps, ctx);
  if (form.kind === 'result') return form.result;
  const { state, input } = form;
  if (input === null || state.problems.length > 0) return formCard(ctx.turn, state);
  const result = await saveSupportEntry(
    deps.store,
    deps.clock,
    ctx.turn.userId,
    { ...input, entryId: state.entryId, version: state.version },
    randomUUID,
  );
  const { t } = ctx.turn;
  switch (result.kind) {
    case 'saved':
      return supportAdminList(deps, ctx.turn, {
        text: result.created
          ? t('supportAdmin.created', { title: result.entry.title })
          : t('supportAdmin.saved', { title: result.entry.title }),
        kind: 'good',
      });
    case 'invalid':
      return formCard(ctx.turn, {
        ...state,
        problems: result.problems.map((problem) => problemMessage(t, problem)),
      });
    case 'conflict':
      return formCard(ctx.turn, {
        ...state,
        version: result.current.version,
        existing: result.current,
        problems: [t('supportForm.problem.conflict')],
      });
    default:
      return supportRefusal(ctx.turn, result);
  }
}

/** "Publicera" / "Arkivera" / "Markera granskad" / "Gör till utkast": then the list again. */
export async function onSupportStatus(deps: TeamsDeps, ctx: ActionContext): Promise<ActionResult> {
  const parsed = supportStatusData.safeParse(ctx.data);
  if (!parsed.success) {
    const entries = await editorEntries(deps, ctx.turn);
    if (isResult(entries)) return entries;
    return listCard(ctx.turn, entries, {
      text: ctx.turn.t('supportForm.problem.invalid'),
      kind: 'attention',
    });
  }
  const { entryId, version, action } = parsed.data;
  const result = await changeSupportStatus(
    deps.store,
    deps.clock,
    ctx.turn.userId,
    entryId,
    version,
    action,
    randomUUID,
  );
  const { t } = ctx.turn;
  switch (result.kind) {
    case 'saved':
      return supportAdminList(deps, ctx.turn, {
        text: t(`supportAdmin.done.${action}`, { title: result.entry.title }),
        kind: 'good',
      });
    case 'conflict':
      return supportAdminList(deps, ctx.turn, {
        text: t('supportAdmin.conflict'),
        kind: 'attention',
      });
    case 'invalid-transition':
      return supportAdminList(deps, ctx.turn, {
        text: t('supportAdmin.invalidTransition'),
        kind: 'attention',
      });
    default:
      return supportRefusal(ctx.turn, result);
  }
}
