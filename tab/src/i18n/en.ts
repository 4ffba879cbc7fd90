import type { Messages } from './messages';

/** English, used when the Teams locale starts with `en`. */
export const en: Messages = {
  appName: 'Samordna',
  signedInAs: 'Signed in as',
  noOrganisation: 'No organisation set',
  overview: 'Overview',
  overviewLead:
    "Where the city's joint work against violence in close relationships stands: how many " +
    'activities the departments and companies have, and how they spread over the goals of the plan.',
  loading: 'Loading the overview…',
  loadError:
    'The overview could not be loaded right now. Please try again in a moment, or contact the ' +
    'coordinators if the problem persists.',
  retry: 'Try again',
  demoNotice: 'Demo data: the figures are examples from the mid-term follow-up, not real reports.',
  keyFiguresHeading: 'Key figures',
  figureActivities: 'Activities in the plan',
  figureOrganisations: 'Departments/companies with activities',
  figureOrganisationsValue: (withActivities, total) => `${withActivities} of ${total}`,
  figureReportedFor: 'Reported for',
  figureReportedValue: (reported, total) => `${reported} of ${total}`,
  goalsHeading: 'Activities per goal',
  goalsCaption: 'Number of activities and departments/companies with activities per goal',
  columnGoal: 'Goal',
  columnActivities: 'Activities',
  columnOrganisations: 'Departments/companies with activities',
  goalLabel: (goalNumber) => `Goal ${goalNumber}`,
  configHeading: 'Add Samordna',
  configLead:
    "The tab shows the coordination group's overview of the plan Fri från våld, in channels " +
    'and group chats and also in meetings.',
  configLoading: 'Loading the settings…',
  configStartView: 'Start view',
  configStartViewHint: 'The view shown when the tab opens. The other views are in the menu.',
  configBrowserNotice:
    'This page is used when the tab is added in Teams, to a channel, a group chat or a ' +
    'meeting. There is nothing to save in the browser.',
  configOpenOverview: 'Open Overview',
  configSaveFailed: 'The tab could not be saved. Please try again in a moment.',
  navLabel: 'Views',
  support: 'Support',
  viewNames: {
    oversikt: 'Overview',
    aktiviteter: 'Activities',
    moten: 'Meetings',
    stod: 'Support',
    data: 'Import and export',
    personer: 'People',
    dagordning: 'Agenda',
    resultat: 'Results',
  },
  viewLoading: 'Loading {view}…',
  data: 'Import and export',
  meetings: 'Meetings',
  notRegistered: (names) =>
    names === ''
      ? 'You are not registered as a samordnare. Ask Samordning (the plan owners at arbetsmarknads- och socialförvaltningen) to add you.'
      : `You are not registered as a samordnare. Ask Samordning to add you: ${names}.`,
  planPicker: 'Plan',
  planOption: (title, period, current) => `${title} ${period}${current ? ' (current)' : ''}`,
  planClosed: 'The plan has ended – the follow-up is shown as it was',
};
