/**
 * The draft of the biennial follow-up report as plain blocks (headings, paragraphs,
 * bullets), shaped like chapter 5 of the halvtidsuppföljning. Pure; an adapter renders DOCX.
 */
import type { Activity } from '../types';
import {
  countingSentence,
  type ActivityWithReport,
  type FollowUp,
  type GoalFollowUp,
} from './follow-up';
import { swedishCount, swedishList } from './swedish-numbers';

export type DraftBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'bullet'; readonly lead: string; readonly text: string };

const CHAPTER = 5;

function reported(item: ActivityWithReport): string {
  if (item.report === null) return 'Ej rapporterad i omgången.';
  return item.report.done.trim() !== '' ? item.report.done.trim() : 'Rapporterad utan beskrivning.';
}

function activityText(activity: Activity): string {
  return activity.description.trim() !== '' ? activity.description.trim() : activity.title;
}

function unreportedSentence(name: string, activities: readonly Activity[]): string {
  const titles = swedishList(activities.map((a) => `"${a.title}"`));
  return activities.length === 1
    ? `${name} har också en aktivitet under inriktningsmålet i sin handlingsplan, ${titles}, men har inte rapporterat om den i uppföljningen.`
    : `${name} har också ${swedishCount(activities.length, true)} aktiviteter under inriktningsmålet i sin handlingsplan, ${titles}, men har inte rapporterat om dem i uppföljningen.`;
}

function goalBlocks(section: string, g: GoalFollowUp): DraftBlock[] {
  const blocks: DraftBlock[] = [
    {
      kind: 'heading',
      level: 2,
      text: `${section} Inriktningsmål ${String(g.goal.number)} - ${g.goal.title}`,
    },
    { kind: 'paragraph', text: `Genom att: ${swedishList(g.goal.strategies.map((s) => s.text))}.` },
  ];
  let sub = 0;
  const next = () => `${section}.${String((sub += 1))}`;
  if (g.cityWide.length > 0) {
    const plural = g.cityWide.length > 1 ? 'aktiviteter' : 'aktivitet';
    blocks.push({
      kind: 'heading',
      level: 3,
      text: `${next()} Uppföljning av stadsövergripande ${plural}`,
    });
    for (const item of g.cityWide) {
      blocks.push({ kind: 'paragraph', text: `Aktivitet: ${activityText(item.activity)}` });
      blocks.push({ kind: 'paragraph', text: `Rapporterat: ${reported(item)}` });
    }
  }
  blocks.push({
    kind: 'heading',
    level: 3,
    text: `${next()} Aktiviteter i förvaltningarnas handlingsplaner`,
  });
  blocks.push({ kind: 'paragraph', text: countingSentence(g.forvaltningar.length, g.bolag) });
  blocks.push({ kind: 'heading', level: 3, text: `${next()} Urval av inrapporterad uppföljning` });
  for (const item of g.selection)
    blocks.push({ kind: 'bullet', lead: item.organisation.name, text: reported(item) });
  if (g.selection.length === 0)
    blocks.push({
      kind: 'paragraph',
      text: 'Ingen förvaltning har rapporterat under inriktningsmålet i omgången.',
    });
  for (const { organisation, activities } of g.unreported)
    blocks.push({ kind: 'paragraph', text: unreportedSentence(organisation.name, activities) });
  return blocks;
}

function gapSentence(label: string, names: readonly string[]): string {
  return names.length === 0
    ? `Alla ${label} tas upp av minst en aktivitet.`
    : `${label.charAt(0).toLocaleUpperCase('sv-SE')}${label.slice(1)} som ingen aktivitet tar upp: ${swedishList(names)}.`;
}

/** The report draft for one round. */
export function buildReportDraft(followUp: FollowUp, planTitle: string): DraftBlock[] {
  const blocks: DraftBlock[] = [
    { kind: 'heading', level: 1, text: `${String(CHAPTER)}. Uppföljning av inriktningsmålen` },
    {
      kind: 'paragraph',
      text: `Utkast ur Samordna för ${planTitle}, rapporteringsomgång: ${followUp.round.title}. Först redovisas eventuell stadsövergripande aktivitet under inriktningsmålet. Sedan följer en övergripande beskrivning av förvaltningarnas aktiviteter i handlingsplanerna under målet. Därefter följer ett urval av vad förvaltningarna har rapporterat, en aktivitet från varje förvaltning som har en eller flera aktiviteter under inriktningsmålet.`,
    },
  ];
  followUp.goals.forEach((g, i) =>
    blocks.push(...goalBlocks(`${String(CHAPTER)}.${String(i + 1)}`, g)),
  );
  blocks.push({
    kind: 'heading',
    level: 2,
    text: `${String(CHAPTER)}.${String(followUp.goals.length + 1)} Luckor i planens täckning`,
  });
  blocks.push({
    kind: 'paragraph',
    text: gapSentence(
      'fokusområden',
      followUp.gaps.focusAreas.map((e) => e.name),
    ),
  });
  blocks.push({
    kind: 'paragraph',
    text: gapSentence(
      'perspektiv',
      followUp.gaps.perspectives.map((e) => e.name),
    ),
  });
  blocks.push({
    kind: 'paragraph',
    text: gapSentence(
      'målgrupper',
      followUp.gaps.targetGroups.map((e) => e.name),
    ),
  });
  blocks.push({
    kind: 'paragraph',
    text:
      followUp.notReported.length === 0
        ? 'Alla förvaltningar och bolag med aktiviteter har rapporterat i omgången.'
        : `Har aktiviteter men har inte rapporterat i omgången: ${swedishList(followUp.notReported.map((o) => o.name))}.`,
  });
  return blocks;
}
