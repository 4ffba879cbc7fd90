/**
 * The reminder kinds: one entry per kind of proactive message about a meeting (decision 0029).
 * The scheduler plans the kinds that have a step, the renderer picks the card and the texts,
 * the meeting changes know whom a meeting's move or cancellation concerns, and the tab lists
 * the kinds with their labels (GET /api/v1/meetings `reminderKinds`). A new kind is one entry
 * here, its strings in bot/src/i18n/sv.json and en.json, and its test. Pure data.
 */
/**
 * Who a kind goes to.
 * invited: every samordnare of the meeting's invited organisations (or her stand-in) ·
 * unreported: those whose organisation still has activities without status ·
 * channel: the team channel Samordning chose ·
 * reminded: those who were already sent a reminder about the meeting ·
 * decisions: the samordnare of the organisations the meeting's decisions concern.
 */
export const REMINDER_AUDIENCES = [
  'invited',
  'unreported',
  'channel',
  'reminded',
  'decisions',
] as const;
export type ReminderAudience = (typeof REMINDER_AUDIENCES)[number];

/**
 * Which card the renderer builds (bot/src/teams/cards/reminder-card.ts).
 * personal: the reminder card to one samordnare, with the entry's title and text ·
 * summary: the day-before agenda and status in the team channel · moved · cancelled ·
 * decisions: the meeting's decisions after it.
 */
export const REMINDER_CARDS = ['personal', 'summary', 'moved', 'cancelled', 'decisions'] as const;
export type ReminderCard = (typeof REMINDER_CARDS)[number];

/** The days before the meeting a planned kind is due: a meeting's own setting, else the default. */
export interface DaysBefore {
  /** The meeting's schedule setting that overrides the default, if the form offers one. */
  readonly setting?: 'openDaysBefore' | 'nudgeDaysBefore' | 'summaryDaysBefore';
  /** Calendar days before the meeting (moved to the working day before when it is not one). */
  readonly default: number;
}

export interface ReminderKindEntry {
  /** kebab-case, stored with each outbox job. */
  readonly kind: string;
  /** The schedule step it is planned at (kebab-case), or null: sent on demand or on a change. */
  readonly step: string | null;
  /** For a planned kind (step set): when. Null otherwise. */
  readonly daysBefore: DaysBefore | null;
  readonly audience: ReminderAudience;
  readonly card: ReminderCard;
  /**
   * i18n keys (bot/src/i18n): `label` names the kind in the tab's list of who was reminded,
   * `stepLabel` the step in a meeting's schedule; `title` and `text` (with {when}) are the
   * personal card's. `dialog` (optional) are the personal card's title and text for a
   * dialogue meeting (kind 'dialog', decision 0033): it is with Samordning about the follow-up
   * round, not the samordningsgrupp's meeting ({when}, {round}: the follow-up round's title).
   */
  readonly texts: {
    readonly label: string;
    readonly stepLabel?: string;
    readonly title?: string;
    readonly text?: string;
    readonly dialog?: { readonly title: string; readonly text: string };
  };
}

const BUILT_IN = [
  {
    kind: 'round-open',
    step: 'open',
    daysBefore: { setting: 'openDaysBefore', default: 14 },
    audience: 'invited',
    card: 'personal',
    texts: {
      label: 'reminderKinds.round-open.label',
      stepLabel: 'reminderKinds.round-open.step',
      title: 'rhythm.reminder.open.title',
      text: 'rhythm.reminder.open.text',
      dialog: { title: 'rhythm.dialog.open.title', text: 'rhythm.dialog.open.text' },
    },
  },
  {
    kind: 'nudge',
    step: 'nudge',
    daysBefore: { setting: 'nudgeDaysBefore', default: 5 },
    audience: 'unreported',
    card: 'personal',
    texts: {
      label: 'reminderKinds.nudge.label',
      stepLabel: 'reminderKinds.nudge.step',
      title: 'rhythm.reminder.nudge.title',
      text: 'rhythm.reminder.nudge.text',
      dialog: { title: 'rhythm.dialog.nudge.title', text: 'rhythm.dialog.nudge.text' },
    },
  },
  {
    kind: 'summary',
    step: 'summary',
    daysBefore: { setting: 'summaryDaysBefore', default: 1 },
    audience: 'channel',
    card: 'summary',
    texts: { label: 'reminderKinds.summary.label', stepLabel: 'reminderKinds.summary.step' },
  },
  {
    kind: 'remind-now',
    step: null,
    daysBefore: null,
    audience: 'unreported',
    card: 'personal',
    texts: {
      label: 'reminderKinds.remind-now.label',
      title: 'rhythm.reminder.now.title',
      text: 'rhythm.reminder.now.text',
    },
  },
  {
    kind: 'meeting-moved',
    step: null,
    daysBefore: null,
    audience: 'reminded',
    card: 'moved',
    texts: { label: 'reminderKinds.meeting-moved.label' },
  },
  {
    kind: 'meeting-cancelled',
    step: null,
    daysBefore: null,
    audience: 'reminded',
    card: 'cancelled',
    texts: { label: 'reminderKinds.meeting-cancelled.label' },
  },
  {
    kind: 'minutes',
    step: null,
    daysBefore: null,
    audience: 'decisions',
    card: 'decisions',
    texts: { label: 'reminderKinds.minutes.label' },
  },
] as const satisfies readonly ReminderKindEntry[];

/** The kinds Samordna ships with, by name. */
export type BuiltInReminderKind = (typeof BUILT_IN)[number]['kind'];
/** The steps of the built-in planned kinds. */
export type BuiltInReminderStep = Exclude<(typeof BUILT_IN)[number]['step'], null>;

/**
 * What an outbox job's `kind` holds: a built-in kind by name, or one registered with
 * `withKinds` (any kebab-case name; the stores check the form, the registry the name).
 */
export type ReminderKindName = BuiltInReminderKind | (string & Record<never, never>);

/** The step that closes the round (and freezes the snapshot): no reminder kind, always last. */
export const CLOSE_STEP = 'close';

/** The built-in schedule steps (SharePoint's Step choice column lists them). */
export const BUILT_IN_STEPS: readonly string[] = [
  ...BUILT_IN.flatMap((e) => (e.step === null ? [] : [e.step])),
  CLOSE_STEP,
];

const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** True for a kebab-case name, the form of every kind and step. */
export const isKebabCase = (value: string): boolean => KEBAB.test(value) && value.length <= 40;

let registered: readonly ReminderKindEntry[] = BUILT_IN;

/** Every registered kind: the built-in ones first, in their order, then the added ones. */
export function reminderKinds(): readonly ReminderKindEntry[] {
  return registered;
}

/** The entry of a kind, or undefined for a kind not (or no longer) registered. */
export function findReminderKind(kind: string): ReminderKindEntry | undefined {
  return registered.find((e) => e.kind === kind);
}

/** The entry of a registered kind; throws for an unknown one (a programming error). */
export function reminderKind(kind: ReminderKindName): ReminderKindEntry {
  const entry = findReminderKind(kind);
  if (entry === undefined) throw new RangeError(`Unknown reminder kind ${kind}`);
  return entry;
}

/** The kind planned at a schedule step, or undefined (the close step, an unknown step). */
export function kindOfStep(step: string): ReminderKindEntry | undefined {
  return registered.find((e) => e.step === step);
}

/** The kinds that go to `audience`. */
export function kindsFor(audience: ReminderAudience): readonly ReminderKindEntry[] {
  return registered.filter((e) => e.audience === audience);
}

/**
 * The planned kinds in the order of their steps: the most days before the meeting first
 * (by their defaults, so every meeting lists its steps in the same order).
 */
export function plannedKinds(): readonly (ReminderKindEntry & {
  readonly step: string;
  readonly daysBefore: DaysBefore;
})[] {
  const planned = registered.filter(
    (e): e is ReminderKindEntry & { step: string; daysBefore: DaysBefore } =>
      e.step !== null && e.daysBefore !== null,
  );
  return [...planned].sort((a, b) => b.daysBefore.default - a.daysBefore.default);
}

/** Every schedule step: the planned kinds' steps, then the close. */
export function scheduleSteps(): readonly string[] {
  return [...plannedKinds().map((e) => e.step), CLOSE_STEP];
}

/** The days before the meeting of a planned kind for a meeting's schedule settings. */
export function daysBeforeOf(
  entry: ReminderKindEntry,
  schedule: Readonly<Record<NonNullable<DaysBefore['setting']>, number>>,
): number | null {
  if (entry.daysBefore === null) return null;
  const setting = entry.daysBefore.setting;
  return setting === undefined ? entry.daysBefore.default : schedule[setting];
}

/** Why an entry cannot be registered, or null when it can. */
export function entryProblem(
  entry: ReminderKindEntry,
  others: readonly ReminderKindEntry[],
): string | null {
  if (!isKebabCase(entry.kind)) return `kind ${entry.kind} is not kebab-case`;
  if (others.some((e) => e.kind === entry.kind)) return `kind ${entry.kind} is registered`;
  if ((entry.step === null) !== (entry.daysBefore === null)) {
    return `kind ${entry.kind}: a step needs its days before, and days before a step`;
  }
  if (entry.step !== null) {
    if (!isKebabCase(entry.step) || entry.step === CLOSE_STEP) {
      return `kind ${entry.kind}: step ${entry.step} is not a free kebab-case step`;
    }
    if (others.some((e) => e.step === entry.step)) return `step ${entry.step} is planned already`;
  }
  const days = entry.daysBefore?.default;
  if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 60)) {
    return `kind ${entry.kind}: days before must be a whole number from 1 to 60`;
  }
  if (!REMINDER_AUDIENCES.includes(entry.audience)) return `unknown audience ${entry.audience}`;
  if (!REMINDER_CARDS.includes(entry.card)) return `unknown card ${entry.card}`;
  if (entry.step !== null) {
    const card = entry.audience === 'channel' ? 'summary' : 'personal';
    if (!['invited', 'unreported', 'channel'].includes(entry.audience) || entry.card !== card) {
      return `kind ${entry.kind}: a planned kind goes to the invited or unreported samordnare (personal card) or to the channel (summary card)`;
    }
  }
  if (entry.card === 'personal' && (entry.texts.title === undefined || !entry.texts.text)) {
    return `kind ${entry.kind}: a personal card needs a title and a text`;
  }
  const dialog = entry.texts.dialog;
  if (dialog !== undefined && (entry.card !== 'personal' || !dialog.title || !dialog.text)) {
    return `kind ${entry.kind}: dialogue texts are a personal card's title and text`;
  }
  if (entry.step !== null && entry.texts.stepLabel === undefined) {
    return `kind ${entry.kind}: a planned kind needs a step label`;
  }
  return null;
}

/**
 * The extension point: registers more kinds (after the built-in ones) and returns the undo.
 * Throws for an entry the registry cannot take (see `entryProblem`), registering none of them.
 */
export function withKinds(...entries: readonly ReminderKindEntry[]): () => void {
  const before = registered;
  let next = before;
  for (const entry of entries) {
    const problem = entryProblem(entry, next);
    if (problem !== null) throw new RangeError(`Reminder kind refused: ${problem}`);
    next = [...next, entry];
  }
  registered = next;
  return () => {
    registered = before;
  };
}
