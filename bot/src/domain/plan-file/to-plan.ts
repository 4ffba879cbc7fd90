/**
 * A checked plan file as what the store holds (issue 15, decision 0021): the plan's catalog
 * (`Plan`) and its organisations. Pure; reading the file is in `files/plan-yaml.ts`.
 */
import { PREVENTION_LEVEL_IDS, type CatalogEntry, type Organisation, type Plan } from '../types';
import { planFullTitle, type PlanCatalogEntry, type PlanDocument } from './plan-document';

const catalogEntry = (e: PlanCatalogEntry): CatalogEntry => ({
  id: e.id,
  name: e.name,
  nameEn: e.nameEn,
});

const storedLevels: ReadonlySet<string> = new Set(PREVENTION_LEVEL_IDS);

function cityWideOf(doc: PlanDocument): Pick<Plan, 'cityWideHeading' | 'samverkanHeadings'> {
  const heading = doc.headings.find((h) => h.cityWide);
  const samverkanHeadings = doc.headings.filter((h) => h.samverkan).map((h) => h.id);
  return heading === undefined
    ? { samverkanHeadings }
    : { cityWideHeading: heading.id, samverkanHeadings };
}

export function planFromDocument(doc: PlanDocument): Plan {
  return {
    id: doc.id,
    title: planFullTitle(doc),
    periodStart: doc.period.from,
    periodEnd: doc.period.to,
    vision: doc.vision,
    goals: doc.goals.map((g) => ({
      number: g.number,
      title: g.title,
      strategies: g.strategies.map((s) => ({ id: s.id, text: s.text })),
    })),
    focusAreas: doc.focusAreas.map(catalogEntry),
    perspectives: doc.perspectives.map(catalogEntry),
    targetGroups: doc.targetGroups.map(catalogEntry),
    // An activity records one of the three levels of the preventionstriangeln; främjande
    // (seed 001) is described in the plan file but not yet a level an activity can have.
    preventionLevels: doc.preventionLevels.filter((l) => storedLevels.has(l.id)).map(catalogEntry),
    headings: doc.headings.map(catalogEntry),
    indicators: doc.indicators,
    // The checker lets exactly one heading be the city-wide one.
    ...cityWideOf(doc),
  };
}

export function organisationsFromDocument(doc: PlanDocument): Organisation[] {
  return doc.organisations.map((o) => ({
    id: o.id,
    name: o.name,
    kind: o.kind,
    ...(o.validFrom === null ? {} : { validFrom: o.validFrom }),
    ...(o.validTo === null ? {} : { validTo: o.validTo }),
    ...(o.formerNames.length === 0 ? {} : { formerNames: o.formerNames }),
  }));
}
