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
  /** The configuration page (`/tab/config`), shown when the tab is added in Teams. */
  configHeading: string;
  configLead: string;
  configLoading: string;
  /** Label of the start-view choice; each option is labelled with its view's name. */
  configStartView: string;
  configStartViewHint: string;
  /** Shown only in a plain browser, where there is nothing to save. */
  configBrowserNotice: string;
  configOpenOverview: string;
  /** Shown by Teams when saving the tab fails. */
  configSaveFailed: string;
}
