/** A checked plan file (Swedish keys) as the domain's `PlanDocument` (English names). */
import type {
  IndicatorDirection,
  PlanCatalogEntry,
  PlanDocument,
  PlanOrganisationKind,
  YearValue,
} from './plan-document';
import type { PlanFile } from './plan-spec';

const KINDS: Readonly<Record<PlanFile['organisationer'][number]['typ'], PlanOrganisationKind>> = {
  förvaltning: 'forvaltning',
  bolag: 'bolag',
  'stadsövergripande-funktion': 'stadsovergripande-funktion',
};

type FileIndicator = NonNullable<PlanFile['mått']>[number];

const DIRECTIONS: Readonly<Record<FileIndicator['riktning'], IndicatorDirection>> = {
  'högre-bättre': 'higher-is-better',
  'lägre-bättre': 'lower-is-better',
};

interface FileEntry {
  readonly id: string;
  readonly namn: string;
  readonly 'namn-en': string;
  readonly beskrivning?: string;
  readonly alias?: readonly string[];
}

function entry<I extends string>(
  e: FileEntry & { readonly id: I },
): PlanCatalogEntry & { readonly id: I } {
  return {
    id: e.id,
    name: e.namn,
    nameEn: e['namn-en'],
    description: e.beskrivning ?? null,
    aliases: e.alias ?? [],
  };
}

function yearValue(
  v: { readonly värde: number; readonly år: number } | undefined,
): YearValue | null {
  return v === undefined ? null : { value: v.värde, year: v.år };
}

export function toPlanDocument(file: PlanFile): PlanDocument {
  const adopted = file.antagen;
  return {
    id: file.id,
    title: file.titel,
    subtitle: file.undertitel ?? null,
    titleEn: file['titel-en'] ?? null,
    description: file.beskrivning ?? null,
    period: { from: file.period.från, to: file.period.till },
    adopted:
      adopted === undefined
        ? null
        : typeof adopted.datum === 'number'
          ? { by: adopted.av, year: adopted.datum, date: null }
          : { by: adopted.av, year: Number(adopted.datum.slice(0, 4)), date: adopted.datum },
    vision: file.vision,
    coordinatedBy: file['samordnas-av'] ?? null,
    goals: file.inriktningsmål.map((g) => ({
      number: g.nummer,
      title: g.titel,
      description: g.beskrivning ?? null,
      strategies: (g.strategier ?? []).map((s) => ({
        id: s.id,
        text: s.text,
        explanation: s.förklaring ?? null,
      })),
    })),
    focusAreas: (file.fokusområden ?? []).map(entry),
    perspectives: (file.perspektiv ?? []).map(entry),
    targetGroups: (file.målgrupper ?? []).map(entry),
    preventionLevels: (file.preventionsnivåer ?? []).map(entry),
    perpetratorGroups: (file.våldsutövare ?? []).map(entry),
    headings: file.rubriker.map((h) => ({
      ...entry(h),
      cityWide: h.stadsövergripande === true,
      samverkan: h.samverkan === true,
    })),
    organisations: file.organisationer.map((o) => ({
      id: o.id,
      name: o.namn,
      kind: KINDS[o.typ],
      partOf: o['del-av'] ?? null,
      shortName: o.kortnamn ?? null,
      aliases: o.alias ?? [],
      validFrom: o['giltig-från'] ?? null,
      validTo: o['giltig-till'] ?? null,
      formerNames: [...(o['tidigare-namn'] ?? [])]
        .map((f) => ({ name: f.namn, until: f.till }))
        .sort((a, b) => a.until.localeCompare(b.until)),
    })),
    indicators: (file.mått ?? []).map((m) => ({
      id: m.id,
      name: m.namn,
      nameEn: m['namn-en'] ?? null,
      description: m.beskrivning ?? null,
      unit: m.enhet,
      direction: DIRECTIONS[m.riktning],
      goal: m.inriktningsmål ?? null,
      baseline: yearValue(m.baslinje),
      target: yearValue(m.målvärde),
      source: m.källa ?? null,
      organisation: m.ansvarig ?? null,
      koladaKpi: m.kolada ?? null,
    })),
  };
}
