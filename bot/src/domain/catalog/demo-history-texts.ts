/**
 * DEMO DATA for local mode only: the words of the demo history (demo-history.ts) — meeting
 * themes, how statuses move from round to round, reasons for deviations, and the names of
 * made-up reporters ("(demo)"). Pure.
 */
import type { LocalDate } from '../meetings/local-time';
import type { Activity, ReportStatus, StatusReport } from '../types';

/** A number in [0, 1) from a string (FNV-1a): the demo history's only source of variety. */
export function demoHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h / 0x100000000;
}

/** Themes of the past meetings, oldest first. */
export const DEMO_HISTORY_THEMES = [
  'Hedersrelaterat våld och förtryck',
  'Barn och unga som utsätts för våld',
  'Våld i nära relation: samverkan med Region Skåne',
  'Halvtid i handlingsplanerna',
  'Arbetsgivarperspektivet och trygg arbetsmiljö',
] as const;

export const DEMO_AGENDA =
  '1. Läget per förvaltning och bolag\n2. Det som är försenat\n3. Nästa steg';

const LEAD_INS = [
  'Sedan förra mötet:',
  'Arbetet går vidare enligt plan.',
  'Läget är i stort sett oförändrat.',
  'Under perioden har arbetet fortsatt.',
  'Nytt sedan förra rapporten:',
] as const;

const DEVIATIONS = [
  'Personalomsättning i arbetsgruppen har försenat arbetet med ett par månader.',
  'Samverkansparten har inte kunnat avsätta tid under perioden.',
  'Upphandlingen av utbildningsinsatsen drog ut på tiden.',
  'Budgeten för året räcker inte till alla planerade insatser; arbetet prioriteras om.',
] as const;

const POSTPONEMENTS = [
  'Flyttas till nästa termin på grund av omorganisation i förvaltningen.',
  'Skjuts upp i väntan på beslut i nämnden.',
  'Flyttas fram så att den kan samordnas med regionens motsvarande insats.',
] as const;

/** Made-up samordnare for organisations without a demo member. */
const REPORTERS = [
  'Maria Olsson (demo)',
  'Lena Svensson (demo)',
  'Johan Nilsson (demo)',
  'Helena Ek (demo)',
  'Peter Sjöberg (demo)',
  'Annika Berg (demo)',
  'Mikael Persson (demo)',
  'Sofia Håkansson (demo)',
] as const;

const pick = <T>(list: readonly T[], salt: string): T =>
  list[Math.floor(demoHash(salt) * list.length)] as T;

export function demoReporterName(organisationId: string): string {
  return pick(REPORTERS, `${organisationId}:reporter`);
}

export interface DemoTexts {
  readonly status: ReportStatus;
  readonly done: string;
  readonly next: string;
  readonly reason: string;
}

/**
 * What an activity reports in the `index`-th past round: it carries on from its seeded
 * report; an ongoing one now and then deviates or is postponed (with a reason), one whose end
 * date has passed is done, one not started yet says so. About one report in fifteen is edited:
 * `first` is what was saved before the correction.
 */
export function demoTexts(
  activity: Activity,
  base: Pick<StatusReport, 'status' | 'done' | 'next' | 'reason'>,
  meetingDay: LocalDate,
  index: number,
  salt: string,
): { final: DemoTexts; first: DemoTexts | null } {
  const lead = pick(LEAD_INS, `${salt}:lead`);
  let final: DemoTexts;
  if (activity.startDate !== null && activity.startDate > meetingDay) {
    final = {
      status: 'ej-paborjad',
      done: 'Inte påbörjad ännu; planeringen pågår.',
      next: base.next,
      reason: '',
    };
  } else if (base.status !== 'pagar') {
    final = { status: base.status, done: base.done, next: base.next, reason: base.reason };
  } else if (activity.endDate !== null && activity.endDate < meetingDay) {
    final = {
      status: 'genomford',
      done: `Avslutad enligt plan. ${base.done}`,
      next: base.next,
      reason: '',
    };
  } else {
    const roll = demoHash(`${salt}:status`);
    if (roll < 0.1) {
      final = {
        status: 'pagar-med-avvikelse',
        done: `${lead} ${base.done}`,
        next: base.next,
        reason: pick(DEVIATIONS, `${salt}:reason`),
      };
    } else if (roll < 0.15) {
      final = {
        status: 'framflyttad',
        done: base.done,
        next: base.next,
        reason: pick(POSTPONEMENTS, `${salt}:reason`),
      };
    } else {
      final = { status: 'pagar', done: `${lead} ${base.done}`, next: base.next, reason: '' };
    }
  }
  const edited = index > 0 && demoHash(`${salt}:edit`) < 0.07;
  if (!edited) return { final, first: null };
  // The first save lacked the last sentence (or the next step), added two hours later.
  const sentences = final.done.split(/(?<=\.)\s+/);
  const first =
    sentences.length > 1
      ? { ...final, done: sentences.slice(0, -1).join(' ') }
      : { ...final, next: 'Kompletteras.' };
  return { final, first };
}
