/** The texts of Samordning's indicator form in the Resultat view, Swedish first (decision 0032). */
export interface DefinitionTexts {
  add: string;
  addHint: string;
  newHeading: string;
  editHeading: (name: string) => string;
  fromPlanFile: string;
  fromTab: string;
  edit: string;
  remove: string;
  confirmRemove: (name: string) => string;
  confirm: string;
  cancel: string;
  save: string;
  saved: string;
  removed: string;
  failed: string;
  name: string;
  nameEn: string;
  description: string;
  unit: string;
  unitHint: string;
  direction: string;
  higher: string;
  lower: string;
  baselineValue: string;
  baselineYear: string;
  targetValue: string;
  targetYear: string;
  source: string;
  koladaKpi: string;
  koladaHint: string;
  goal: string;
  wholePlan: string;
  goalOption: (n: number, title: string) => string;
  activity: string;
  noActivity: string;
  organisation: string;
  noOrganisation: string;
  organisationHint: string;
}

export const definitionSv: DefinitionTexts = {
  add: 'Nytt mått',
  addHint: 'Samordningen kan lägga till mått här, utöver planfilens.',
  newHeading: 'Nytt mått',
  editHeading: (name) => `Ändra måttet ${name}`,
  fromPlanFile: 'Från planfilen (ändras där).',
  fromTab: 'Tillagt i fliken av samordningen.',
  edit: 'Ändra måttet',
  remove: 'Ta bort måttet',
  confirmRemove: (name) =>
    `Ta bort måttet ${name}? Det försvinner från Resultat, exporten och utkastet. Värden som förts in sparas.`,
  confirm: 'Ja, ta bort',
  cancel: 'Avbryt',
  save: 'Spara måttet',
  saved: 'Måttet är sparat.',
  removed: 'Måttet är borttaget.',
  failed: 'Det gick inte att spara. Försök igen.',
  name: 'Namn',
  nameEn: 'Namn på engelska (valfritt)',
  description: 'Beskrivning (valfritt)',
  unit: 'Enhet',
  unitHint: 't.ex. antal, procent eller antal per 10 000 invånare',
  direction: 'Riktning',
  higher: 'Högre är bättre',
  lower: 'Lägre är bättre',
  baselineValue: 'Baslinje, värde',
  baselineYear: 'Baslinje, år',
  targetValue: 'Mål, värde',
  targetYear: 'Mål, år',
  source: 'Källa',
  koladaKpi: 'Nyckeltal i Kolada (valfritt)',
  koladaHint: 't.ex. N00945; då hämtas värdena från Kolada',
  goal: 'Inriktningsmål',
  wholePlan: 'Hela planen',
  goalOption: (n, title) => `${n}. ${title}`,
  activity: 'Aktivitet (valfritt)',
  noActivity: 'Ingen särskild aktivitet',
  organisation: 'Organisation som för in värdena',
  noOrganisation: 'Bara samordningen',
  organisationHint: 'Dess samordnare får fälten i rapportkortet.',
};

export const definitionEn: DefinitionTexts = {
  add: 'New indicator',
  addHint: 'Samordning can add indicators here, besides the plan file’s.',
  newHeading: 'New indicator',
  editHeading: (name) => `Change the indicator ${name}`,
  fromPlanFile: 'From the plan file (changed there).',
  fromTab: 'Added in the tab by Samordning.',
  edit: 'Change the indicator',
  remove: 'Remove the indicator',
  confirmRemove: (name) =>
    `Remove the indicator ${name}? It leaves Results, the export and the draft. Values entered are kept.`,
  confirm: 'Yes, remove',
  cancel: 'Cancel',
  save: 'Save the indicator',
  saved: 'The indicator is saved.',
  removed: 'The indicator is removed.',
  failed: 'It could not be saved. Try again.',
  name: 'Name',
  nameEn: 'Name in English (optional)',
  description: 'Description (optional)',
  unit: 'Unit',
  unitHint: 'e.g. antal, procent or antal per 10 000 invånare',
  direction: 'Direction',
  higher: 'Higher is better',
  lower: 'Lower is better',
  baselineValue: 'Baseline, value',
  baselineYear: 'Baseline, year',
  targetValue: 'Target, value',
  targetYear: 'Target, year',
  source: 'Source',
  koladaKpi: 'Kolada KPI (optional)',
  koladaHint: 'e.g. N00945; its values then come from Kolada',
  goal: 'Goal',
  wholePlan: 'The whole plan',
  goalOption: (n, title) => `${n}. ${title}`,
  activity: 'Activity (optional)',
  noActivity: 'No particular activity',
  organisation: 'Organisation that enters the values',
  noOrganisation: 'Samordning only',
  organisationHint: 'Its samordnare get the fields in the report card.',
};
