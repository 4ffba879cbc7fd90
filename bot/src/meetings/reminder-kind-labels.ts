import {
  reminderKinds,
  type ReminderAudience,
  type ReminderKindEntry,
} from '../domain/reminders/reminder-kinds';
import { isMessageKey, t, type Language } from '../i18n';

/** Swedish and English. */
export interface Labels {
  readonly sv: string;
  readonly en: string;
}

/** A reminder kind as the tab lists it (GET /api/v1/meetings `reminderKinds`). */
export interface ReminderKindView {
  readonly kind: string;
  /** The schedule step it is planned at, or null (on demand, on a change). */
  readonly step: string | null;
  readonly audience: ReminderAudience;
  /** Its name in the list of who was reminded. */
  readonly labels: Labels;
  /** Its step's name in a meeting's schedule; null for a kind without a step. */
  readonly stepLabels: Labels | null;
}

function labels(key: string | undefined): Labels | null {
  if (key === undefined) return null;
  if (!isMessageKey(key)) throw new RangeError(`No message ${key} (bot/src/i18n/sv.json, en.json)`);
  const of = (language: Language) => t(language, key);
  return { sv: of('sv'), en: of('en') };
}

function view(entry: ReminderKindEntry): ReminderKindView {
  return {
    kind: entry.kind,
    step: entry.step,
    audience: entry.audience,
    labels: labels(entry.texts.label) ?? { sv: entry.kind, en: entry.kind },
    stepLabels: entry.step === null ? null : labels(entry.texts.stepLabel),
  };
}

/** Every registered reminder kind with its labels in Swedish and English, in registry order. */
export function reminderKindLabels(): ReminderKindView[] {
  return reminderKinds().map(view);
}
