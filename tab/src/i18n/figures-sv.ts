import type { FiguresMessages } from './figures-messages';

export const figuresSv: FiguresMessages = {
  definition:
    'Per förvaltning och bolag räknas de egna aktiviteterna (i samverkan och verksamhetsspecifika). Stadsövergripande aktiviteter räknas för sig.',
  notReportedOwn: (unreported, total) => `${unreported} av ${total} egna ej rapporterade`,
  notReportedCityWide: (unreported, total) =>
    `${unreported} av ${total} stadsövergripande ej rapporterade (räknas för sig)`,
  cityWideRow: 'Stadsövergripande (räknas för sig)',
  scopeRound: 'Den här omgången',
  scopePlan: (start, end) => `Hela planperioden ${start}–${end}`,
  scopeStatus: (start, end) => `Senast kända status, planperioden ${start}–${end}`,
  scopeYear: (year) => `Året ${year}`,
  taggingHeading: 'Taggning per förvaltning',
  taggingCaption:
    'Andel aktiviteter med minst en tagg (fokusområde, perspektiv eller målgrupp) per förvaltning/bolag. Stadsövergripande aktiviteter räknas för sig.',
  columnTagged: 'Taggade',
  columnShare: 'Andel',
};
