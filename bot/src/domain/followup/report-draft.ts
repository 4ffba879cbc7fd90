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
import { outcomeSentence } from './outcome-sentences';
import { swedishJoin } from '../text/swedish-list';
import { uncertaintySentence, type DimensionTagging, type TagDimension } from '../figures/coverage';

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
  if ((g.outcomes ?? []).length > 0) {
    blocks.push({
      kind: 'heading',
      level: 3,
      text: `${next()} Resultat av genomförda aktiviteter`,
    });
    for (const item of g.outcomes ?? [])
      blocks.push({ kind: 'paragraph', text: outcomeSentence(item) });
  }
  return blocks;
}

/**
 * The gap sentence of one dimension, honest about tagging: no claim where nothing is tagged,
 * gaps "bland de taggade" where some are untagged.
 */
function gapSentence(
  label: string,
  names: readonly string[],
  t: DimensionTagging | undefined,
): string {
  if (t === undefined || t.total === 0)
    return `Det finns inga aktiviteter att bedöma ${label} för.`;
  const caveat = uncertaintySentence(t);
  if (t.state === 'none') return caveat?.text ?? '';
  const claim =
    names.length === 0
      ? `Alla ${label} tas upp av minst en ${t.state === 'partial' ? 'taggad ' : ''}aktivitet.`
      : `${label.charAt(0).toLocaleUpperCase('sv-SE')}${label.slice(1)} som ingen ${t.state === 'partial' ? 'taggad ' : ''}aktivitet tar upp: ${swedishJoin(names)}.`;
  return caveat === null ? claim : `${claim} ${caveat.text}`;
}

function pct(n: number, total: number): string {
  return total === 0 ? '0' : String(Math.round((100 * n) / total));
}

/** Chapter 6 in the manner of seed 000: what the activities reach, counted, with the caveat. */
function analysisBlocks(followUp: FollowUp): DraftBlock[] {
  const a = followUp.aggregates;
  const t = followUp.tagging;
  const blocks: DraftBlock[] = [
    { kind: 'heading', level: 1, text: '6. Analys' },
    {
      kind: 'heading',
      level: 2,
      text: '6.1 Aktiviteternas inriktning',
    },
  ];
  if (a.total === 0) {
    blocks.push({ kind: 'paragraph', text: 'Planen har ännu inga aktiviteter att analysera.' });
    return blocks;
  }
  blocks.push({
    kind: 'paragraph',
    text: `Planen har ${String(a.total)} aktiviteter. ${
      a.direction.malmobor === 0
        ? 'Ingen aktivitet är markerad som riktad direkt till Malmöborna, så riktningen kan vara oangiven.'
        : `${String(a.direction.intern)} av dem är interna och ${String(a.direction.malmobor)} riktas direkt till Malmöborna.`
    } ${String(a.samverkan)} sker i samverkan och ${String(a.stadsovergripande)} är stadsövergripande.`,
  });
  const levels = a.preventionLevels;
  const known = a.total - levels.unknown;
  blocks.push({
    kind: 'heading',
    level: 2,
    text: '6.2 Preventionsnivåer',
  });
  blocks.push({
    kind: 'paragraph',
    text:
      known === 0
        ? `Ingen av aktiviteterna anger preventionsnivå, så fördelningen mellan universell, selektiv och indikerad prevention kan inte bedömas.`
        : `Av de ${String(known)} aktiviteter som anger preventionsnivå avser ${String(levels.universell)} universell, ${String(levels.selektiv)} selektiv och ${String(levels.indikerad)} indikerad prevention.${levels.unknown > 0 ? ` ${String(levels.unknown)} aktiviteter anger ingen nivå.` : ''}`,
  });
  blocks.push({ kind: 'heading', level: 2, text: '6.3 Taggning och täckning' });
  blocks.push({
    kind: 'paragraph',
    text:
      t.untagged === 0
        ? 'Alla aktiviteter är taggade med fokusområde, perspektiv eller målgrupp.'
        : `${String(t.untagged)} av ${String(t.total)} aktiviteter (${pct(t.untagged, t.total)} procent) saknar taggar för fokusområde, perspektiv och målgrupp. Analysen av täckningen gäller därför bara de taggade aktiviteterna, och det som saknas bland dem kan finnas bland de otaggade.`,
  });
  return blocks;
}

const dimension = (f: FollowUp, d: TagDimension) =>
  f.tagging.dimensions.find((x) => x.dimension === d);

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
      dimension(followUp, 'focusArea'),
    ),
  });
  blocks.push({
    kind: 'paragraph',
    text: gapSentence(
      'perspektiv',
      followUp.gaps.perspectives.map((e) => e.name),
      dimension(followUp, 'perspective'),
    ),
  });
  blocks.push({
    kind: 'paragraph',
    text: gapSentence(
      'målgrupper',
      followUp.gaps.targetGroups.map((e) => e.name),
      dimension(followUp, 'targetGroup'),
    ),
  });
  blocks.push({
    kind: 'paragraph',
    text:
      followUp.notReported.length === 0
        ? 'Alla förvaltningar och bolag med aktiviteter har rapporterat i omgången.'
        : `Har aktiviteter men har inte rapporterat i omgången: ${swedishList(followUp.notReported.map((o) => o.name))}.`,
  });
  blocks.push(...analysisBlocks(followUp));
  return blocks;
}
