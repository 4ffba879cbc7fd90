/** The Resultat view's texts, Swedish first (decision 0026). */
export interface ResultsTexts {
  heading: string;
  intro: string;
  none: string;
  loadFailed: string;
  retry: string;
  goal: (n: number) => string;
  wholePlan: string;
  unit: string;
  direction: Record<'higher-is-better' | 'lower-is-better', string>;
  baseline: string;
  target: string;
  source: string;
  owner: string;
  missing: string;
  koladaSource: (kpi: string, day: string | null) => string;
  koladaStale: (reason: string) => string;
  koladaMissing: (reason: string) => string;
  chartLabel: (name: string) => string;
  tableCaption: (name: string) => string;
  pointHeader: string;
  valueHeader: string;
  verdict: Record<'better' | 'worse' | 'unchanged' | 'one-value' | 'no-values', string>;
  latest: (value: string, label: string) => string;
  change: (change: string) => string;
  targetMet: string;
  targetNotMet: string;
  enterHeading: (name: string) => string;
  round: string;
  value: string;
  save: string;
  saved: string;
  failed: string;
  /** Översikt's summary of the indicators (decision 0032). */
  overviewHeading: string;
  overviewAll: string;
  overviewTarget: (target: string, year: number) => string;
}

export const resultsSv: ResultsTexts = {
  heading: 'Resultat',
  intro: 'Planens mått: utgångsläge, mål och värdena omgång för omgång.',
  none: 'Planen har inga mått ännu. De läggs till i planfilen (mått) eller av samordningen här.',
  loadFailed: 'Det gick inte att hämta måtten.',
  retry: 'Försök igen',
  goal: (n) => `Inriktningsmål ${n}`,
  wholePlan: 'Hela planen',
  unit: 'Enhet',
  direction: { 'higher-is-better': 'Högre är bättre', 'lower-is-better': 'Lägre är bättre' },
  baseline: 'Baslinje',
  target: 'Mål',
  source: 'Källa',
  owner: 'För in värden',
  missing: 'saknas',
  koladaSource: (kpi, day) => `Kolada (${kpi})${day === null ? '' : `, hämtad ${day}`}`,
  koladaStale: (reason) => `Inte uppdaterad: ${reason}`,
  koladaMissing: (reason) => `Värden saknas: ${reason}`,
  chartLabel: (name) => `Diagram: ${name}. Siffrorna finns i tabellen under.`,
  tableCaption: (name) => `Värden för ${name}`,
  pointHeader: 'Omgång eller år',
  valueHeader: 'Värde',
  verdict: {
    better: 'Åt rätt håll',
    worse: 'Åt fel håll',
    unchanged: 'Oförändrat',
    'one-value': 'Ett värde hittills',
    'no-values': 'Inga värden ännu',
  },
  latest: (value, label) => `Senaste värdet: ${value} (${label})`,
  change: (change) => `${change} sedan värdet före`,
  targetMet: 'Målet är nått.',
  targetNotMet: 'Målet är inte nått.',
  enterHeading: (name) => `För in ett värde för ${name}`,
  round: 'Omgång',
  value: 'Värde',
  save: 'Spara värdet',
  saved: 'Värdet är sparat.',
  failed: 'Det gick inte att spara. Försök igen.',
  overviewHeading: 'Mått',
  overviewAll: 'Alla mått med diagram och tabell under Resultat',
  overviewTarget: (target, year) => `Mål ${target} (${year}).`,
};

export const resultsEn: ResultsTexts = {
  heading: 'Results',
  intro: 'The plan’s indicators: baseline, target and the values round by round.',
  none: 'The plan has no indicators yet. They are added in the plan file (mått) or by Samordning here.',
  loadFailed: 'The indicators could not be loaded.',
  retry: 'Try again',
  goal: (n) => `Goal ${n}`,
  wholePlan: 'The whole plan',
  unit: 'Unit',
  direction: { 'higher-is-better': 'Higher is better', 'lower-is-better': 'Lower is better' },
  baseline: 'Baseline',
  target: 'Target',
  source: 'Source',
  owner: 'Enters values',
  missing: 'missing',
  koladaSource: (kpi, day) => `Kolada (${kpi})${day === null ? '' : `, fetched ${day}`}`,
  koladaStale: (reason) => `Not updated: ${reason}`,
  koladaMissing: (reason) => `Values missing: ${reason}`,
  chartLabel: (name) => `Chart: ${name}. The numbers are in the table below.`,
  tableCaption: (name) => `Values of ${name}`,
  pointHeader: 'Round or year',
  valueHeader: 'Value',
  verdict: {
    better: 'In the right direction',
    worse: 'In the wrong direction',
    unchanged: 'Unchanged',
    'one-value': 'One value so far',
    'no-values': 'No values yet',
  },
  latest: (value, label) => `Latest value: ${value} (${label})`,
  change: (change) => `${change} since the value before`,
  targetMet: 'The target is met.',
  targetNotMet: 'The target is not met.',
  enterHeading: (name) => `Enter a value for ${name}`,
  round: 'Round',
  value: 'Value',
  save: 'Save the value',
  saved: 'The value is saved.',
  failed: 'It could not be saved. Try again.',
  overviewHeading: 'Indicators',
  overviewAll: 'Every indicator with chart and table under Results',
  overviewTarget: (target, year) => `Target ${target} (${year}).`,
};
