/**
 * The follow-up's counting of the organisations with activities of their own under an
 * inriktningsmål, förvaltningar and bolag apart, and the sentence the report writes about them
 * (Swedish, and English for the tab). Pure: the one source for the report draft, the export's
 * Sammanställning and the tab's Översikt.
 */
import type { GoalCounting } from '../dashboard/types';
import { isOwnIn } from '../figures/city-wide';
import type { Activity, HeadingId, Organisation } from '../types';
import { capitalise, swedishCount } from './swedish-numbers';

const byName = (a: Organisation, b: Organisation) => a.name.localeCompare(b.name, 'sv');

/**
 * Organisations with activities of their own (any heading but the plan's city-wide one) under a
 * goal, förvaltningar and bolag apart — what the follow-up's counting sentence counts.
 */
export function organisationsWithOwnActivities(
  activities: readonly Activity[],
  organisations: readonly Organisation[],
  goal: number,
  cityWideHeading: HeadingId,
): { forvaltningar: Organisation[]; bolag: Organisation[] } {
  const own = isOwnIn(cityWideHeading);
  const ids = new Set(
    activities.filter((a) => a.goal === goal && own(a)).map((a) => a.organisationId),
  );
  const found = organisations.filter((o) => ids.has(o.id)).sort(byName);
  return {
    forvaltningar: found.filter((o) => o.kind === 'forvaltning'),
    bolag: found.filter((o) => o.kind === 'bolag'),
  };
}

/** "Åtta förvaltningar har …", "Fem förvaltningar och MKB Fastighets AB har …", numbers as words up to twelve. */
export function countingSentence(
  forvaltningar: number,
  bolag: readonly Pick<Organisation, 'name'>[],
): string {
  const ending = 'har aktiviteter under inriktningsmålet.';
  const f =
    forvaltningar === 0
      ? ''
      : `${swedishCount(forvaltningar)} ${forvaltningar === 1 ? 'förvaltning' : 'förvaltningar'}`;
  const b =
    bolag.length === 0
      ? ''
      : bolag.length === 1
        ? (bolag[0]?.name ?? '')
        : `${swedishCount(bolag.length, true)} bolag`;
  if (f === '' && b === '')
    return 'Inga förvaltningar eller bolag har aktiviteter under inriktningsmålet.';
  return `${capitalise([f, b].filter((p) => p !== '').join(' och '))} ${ending}`;
}

const ENGLISH = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** The counting sentence in English: "Five administrations and MKB Fastighets AB have activities under the goal." */
export function countingSentenceEn(
  forvaltningar: number,
  bolag: readonly Pick<Organisation, 'name'>[],
): string {
  const count = (n: number) => ENGLISH[n] ?? String(n);
  const f =
    forvaltningar === 0
      ? ''
      : `${count(forvaltningar)} ${forvaltningar === 1 ? 'administration' : 'administrations'}`;
  const b =
    bolag.length === 0
      ? ''
      : bolag.length === 1
        ? (bolag[0]?.name ?? '')
        : `${count(bolag.length)} companies`;
  if (f === '' && b === '')
    return 'No administrations or companies have activities under the goal.';
  const verb = forvaltningar + bolag.length === 1 ? 'has' : 'have';
  const subject = [f, b].filter((p) => p !== '').join(' and ');
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${verb} activities under the goal.`;
}

/** The counting of one goal as Översikt shows it: who, and the sentence in both languages. */
export function goalCounting(
  activities: readonly Activity[],
  organisations: readonly Organisation[],
  goal: number,
  cityWideHeading: HeadingId,
): GoalCounting {
  const { forvaltningar, bolag } = organisationsWithOwnActivities(
    activities,
    organisations,
    goal,
    cityWideHeading,
  );
  const ref = (o: Organisation) => ({ id: o.id, name: o.name });
  return {
    forvaltningar: forvaltningar.map(ref),
    bolag: bolag.map(ref),
    text: countingSentence(forvaltningar.length, bolag),
    textEn: countingSentenceEn(forvaltningar.length, bolag),
  };
}
