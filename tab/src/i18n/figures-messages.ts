/**
 * The texts of "one set of figures" (#18 item 1): what Översikt's figures count and the scope of
 * each key figure. Kept apart from the dashboard's messages so the two grow independently.
 */
export interface FiguresMessages {
  /** What a per-organisation figure counts (organisation-figures.ts, FIGURES_DEFINITION). */
  definition: string;
  /** An organisation's own activities not reported in the round. */
  notReportedOwn: (unreported: number, total: number) => string;
  /** The stadsövergripande activities it answers for, counted apart. */
  notReportedCityWide: (unreported: number, total: number) => string;
  /** The response-rate row of the stadsövergripande activities. */
  cityWideRow: string;
  /** Scope of a key figure: the selected round. */
  scopeRound: string;
  /** Scope of a key figure: the whole plan period. */
  scopePlan: (start: number, end: number) => string;
  /** Scope of a status figure: latest known status up to the round, over the plan period. */
  scopeStatus: (start: number, end: number) => string;
  /** Scope of a figure for a calendar year. */
  scopeYear: (year: number) => string;
  taggingHeading: string;
  taggingCaption: string;
  columnTagged: string;
  columnShare: string;
}
