import { z } from 'zod';
import { graphAuth, type GraphAuth, type GraphEnv } from './graph';
import { bilingual, type Section, type VariablesOf } from './problem';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Meetings and reminders: local time, the scheduler's tick, the team's group calendar. */
export const rhythmVariables = {
  SAMORDNA_REMINDER_TIME: z
    .string()
    .refine(
      (value) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value),
      bilingual('must be HH:MM (24-hour local time)', 'måste vara TT:MM (lokal tid, 24 timmar)'),
    )
    .default('09:00'),
  SAMORDNA_TIME_ZONE: z
    .string()
    .refine(
      isTimeZone,
      bilingual(
        'must be an IANA time zone such as Europe/Stockholm',
        'måste vara en IANA-tidszon som Europe/Stockholm',
      ),
    )
    .default('Europe/Stockholm'),
  SAMORDNA_SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(1000).max(3_600_000).default(60_000),
  SAMORDNA_CALENDAR_GROUP_ID: z.string().uuid().optional(),
};

type RhythmEnv = VariablesOf<typeof rhythmVariables>;

export interface RhythmConfig {
  readonly timeZone: string;
  /** `HH:MM` local. */
  readonly reminderTime: string;
  readonly schedulerIntervalMs: number;
}

/** The Microsoft 365 group whose default calendar is read, and how to reach Graph. */
export interface CalendarConfig {
  readonly groupId: string;
  readonly graphBaseUrl: string;
  readonly auth: GraphAuth;
}

export function rhythmConfig(env: RhythmEnv): Section<RhythmConfig> {
  return {
    value: {
      timeZone: env.SAMORDNA_TIME_ZONE,
      reminderTime: env.SAMORDNA_REMINDER_TIME,
      schedulerIntervalMs: env.SAMORDNA_SCHEDULER_INTERVAL_MS,
    },
    problems: [],
  };
}

/**
 * The group calendar in production when SAMORDNA_CALENDAR_GROUP_ID is set, with the same
 * app-only Graph credentials as the SharePoint store (one app registration). Local mode never
 * reads a group calendar (no tenant); SAMORDNA_CALENDAR_GROUP_ID is ignored there.
 */
export function calendarConfig(env: RhythmEnv & GraphEnv): Section<CalendarConfig | null> {
  if (env.SAMORDNA_MODE === 'local' || env.SAMORDNA_CALENDAR_GROUP_ID === undefined)
    return { value: null, problems: [] };
  const { value: auth, problems } = graphAuth(env, 'SAMORDNA_CALENDAR_GROUP_ID');
  return {
    value: { groupId: env.SAMORDNA_CALENDAR_GROUP_ID, graphBaseUrl: env.GRAPH_BASE_URL, auth },
    problems,
  };
}
