/** Languages the tab speaks: Swedish first, English second. */
export type Language = 'sv' | 'en';

/**
 * Every user-facing text in the tab. Both `sv.ts` and `en.ts` are typed against this, so a
 * missing (or unknown) key in either language is a compile error.
 */
export interface Messages {
  appName: string;
  /** Accessible name of the header bar's user region. */
  signedInAs: string;
  noOrganisation: string;
  /** The view's name; the heading reads "<overview> – <plan title> <start>–<end>". */
  overview: string;
  overviewLead: string;
  loading: string;
  loadError: string;
  retry: string;
  demoNotice: string;
  keyFiguresHeading: string;
  figureActivities: string;
  figureOrganisations: string;
  figureOrganisationsValue: (withActivities: number, total: number) => string;
  /** Followed by the round's title, e.g. "Rapporterade inför Samordningsgruppen 12 mars". */
  figureReportedFor: string;
  figureReportedValue: (reported: number, total: number) => string;
  goalsHeading: string;
  goalsCaption: string;
  columnGoal: string;
  columnActivities: string;
  columnOrganisations: string;
  goalLabel: (goalNumber: number) => string;
}
