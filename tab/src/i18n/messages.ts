import type {
  SupportAudience,
  SupportCategory,
  SupportStatus,
  SupportStatusAction,
} from '../api/support-types';
import type { TabView } from '../routes';

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
  /** The navigation between the tab's views. */
  navLabel: string;
  /** The "Stöd" view's name in the navigation and the page title. */
  support: string;
  /** Every view's name in the navigation and the page title. */
  viewNames: Record<TabView, string>;
  /** Shown while a view's code loads; `{view}` is the view's name. */
  viewLoading: string;
  /** The "Import och export" view's name in the navigation and the page title. */
  data: string;
  meetings: string;
  /** Told to someone not in the member list, where she would have reported; `names`: Samordning. */
  notRegistered: (names: string) => string;
  /** The page frame's plan picker (shown where more than one plan exists). */
  planPicker: string;
  /** A plan in the picker: its title and period, the current one marked. */
  planOption: (title: string, period: string, current: boolean) => string;
  /** An ended or carried-over plan: its follow-up is shown as it was. */
  planClosed: string;
}

/**
 * The texts of the "Stöd" view and HR's editor, in their own files (`support-sv.ts`,
 * `support-en.ts`) so they are part of the lazily loaded view, not the overview's first download.
 */
export interface SupportMessages {
  supportHeading: string;
  supportLead: string;
  /** Says that the reader's choices are neither stored nor seen by anyone. */
  supportPrivacy: string;
  supportLoading: string;
  supportLoadError: string;
  /** The first question, as in the bot. */
  supportAudienceQuestion: string;
  supportAudienceChoices: Record<SupportAudience | 'alla', string>;
  supportCategoryFilter: string;
  supportAllCategories: string;
  categories: Record<SupportCategory, string>;
  supportResultCount: (count: number) => string;
  supportNoEntries: string;
  /** The text label of emergency entries (never colour alone). */
  supportEmergency: string;
  supportContacts: string;
  contactPhone: string;
  contactEmail: string;
  contactWeb: string;
  supportValidTo: (date: string) => string;
  /** HR's editor. */
  editorHeading: string;
  editorOpen: string;
  editorClose: string;
  editorLoading: string;
  editorLoadError: string;
  editorForbidden: string;
  editorNew: string;
  editorEmpty: string;
  statuses: Record<SupportStatus, string>;
  editorStatus: string;
  editorNeedsReview: string;
  editorDemo: string;
  editorUpdated: (version: number, date: string, name: string) => string;
  editorReviewed: (date: string) => string;
  actions: Record<SupportStatusAction, string>;
  actionDone: Record<SupportStatusAction, string>;
  actionEdit: string;
  actionHistory: string;
  actionHideHistory: string;
  actionFailed: string;
  historyHeading: string;
  historyLoading: string;
  historyError: string;
  historyActions: Record<string, string>;
  historyItem: (version: number, action: string, name: string, date: string) => string;
  conflict: string;
  conflictDetail: string;
  conflictReload: string;
  formNewHeading: string;
  formEditHeading: string;
  fieldTitle: string;
  fieldBody: string;
  fieldBodyHint: string;
  fieldAudiences: string;
  audienceNames: Record<SupportAudience, string>;
  fieldCategory: string;
  fieldContacts: string;
  contactLegend: (n: number) => string;
  contactName: string;
  contactUrl: string;
  addContact: string;
  removeContact: (n: number) => string;
  noContacts: string;
  fieldValidFrom: string;
  fieldValidTo: string;
  fieldDatesHint: string;
  fieldSource: string;
  fieldSourceHint: string;
  fieldOwner: string;
  preview: string;
  hidePreview: string;
  previewHeading: string;
  previewNote: string;
  save: string;
  saving: string;
  cancel: string;
  saveProblems: string;
  saveFailed: string;
  saved: (status: string) => string;
  /** English texts for the server's problem codes (the server's own messages are Swedish). */
  problemCodes: Record<string, string>;
}
