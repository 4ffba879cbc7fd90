import type { FiguresMessages } from './figures-messages';

export const figuresEn: FiguresMessages = {
  definition:
    'Each administration and company is counted with its own activities (in cooperation and organisation-specific). City-wide activities are counted apart.',
  notReportedOwn: (unreported, total) => `${unreported} of ${total} own not reported`,
  notReportedCityWide: (unreported, total) =>
    `${unreported} of ${total} city-wide not reported (counted apart)`,
  cityWideRow: 'City-wide (counted apart)',
  scopeRound: 'This round',
  scopePlan: (start, end) => `The whole plan period ${start}–${end}`,
  scopeStatus: (start, end) => `Latest known status, plan period ${start}–${end}`,
  scopeYear: (year) => `The year ${year}`,
  taggingHeading: 'Tagging per administration',
  taggingCaption:
    'Share of activities with at least one tag (focus area, perspective or target group) per administration/company. City-wide activities are counted apart.',
  columnTagged: 'Tagged',
  columnShare: 'Share',
};
