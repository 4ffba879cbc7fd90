import type { Messages } from './messages';

/** Swedish, the tab's default language. */
export const sv: Messages = {
  appName: 'Samordna',
  signedInAs: 'Inloggad som',
  noOrganisation: 'Ingen förvaltning angiven',
  overview: 'Översikt',
  overviewLead:
    'Läget för stadens gemensamma arbete mot våld i nära relationer: hur många aktiviteter ' +
    'förvaltningarna och bolagen har och hur de fördelar sig på planens inriktningsmål.',
  loading: 'Hämtar översikten…',
  loadError:
    'Det gick inte att hämta översikten just nu. Försök igen om en stund, eller kontakta ' +
    'samordningen om felet finns kvar.',
  retry: 'Försök igen',
  demoNotice:
    'Demodata: uppgifterna är exempel från halvtidsuppföljningen, inte riktiga rapporter.',
  keyFiguresHeading: 'Nyckeltal',
  figureActivities: 'Aktiviteter i planen',
  figureOrganisations: 'Förvaltningar/bolag med aktiviteter',
  figureOrganisationsValue: (withActivities, total) => `${withActivities} av ${total}`,
  figureReportedFor: 'Rapporterade inför',
  figureReportedValue: (reported, total) => `${reported} av ${total}`,
  goalsHeading: 'Aktiviteter per inriktningsmål',
  goalsCaption: 'Antal aktiviteter och förvaltningar/bolag med aktiviteter per inriktningsmål',
  columnGoal: 'Inriktningsmål',
  columnActivities: 'Aktiviteter',
  columnOrganisations: 'Förvaltningar/bolag med aktiviteter',
  goalLabel: (goalNumber) => `Mål ${goalNumber}`,
  configHeading: 'Lägg till Samordna',
  configLead:
    'Fliken visar samordningsgruppens översikt över planen Fri från våld, i kanaler och ' +
    'gruppchattar och även i möten.',
  configLoading: 'Hämtar inställningarna…',
  configStartView: 'Startvy',
  configStartViewHint: 'Vyn som visas när fliken öppnas. De andra vyerna nås från menyn.',
  configBrowserNotice:
    'Den här sidan används när fliken läggs till i Teams, i en kanal, en gruppchatt eller ett ' +
    'möte. I webbläsaren finns inget att spara.',
  configOpenOverview: 'Öppna Översikt',
  configSaveFailed: 'Det gick inte att spara fliken. Försök igen om en stund.',
  navLabel: 'Vyer',
  support: 'Stöd',
  viewNames: {
    oversikt: 'Översikt',
    aktiviteter: 'Aktiviteter',
    moten: 'Möten',
    stod: 'Stöd',
    data: 'Import och export',
    personer: 'Personer',
    dagordning: 'Dagordning',
    resultat: 'Resultat',
  },
  viewLoading: 'Hämtar {view}…',
  data: 'Import och export',
  meetings: 'Möten',
  notRegistered: (names) =>
    names === ''
      ? 'Du är inte registrerad som samordnare. Be Samordning (planens ägare på arbetsmarknads- och socialförvaltningen) lägga till dig.'
      : `Du är inte registrerad som samordnare. Be Samordning lägga till dig: ${names}.`,
  planPicker: 'Plan',
  planOption: (title, period, current) => `${title} ${period}${current ? ' (gällande)' : ''}`,
  planClosed: 'Planen är avslutad – uppföljningen visas som den var',
};
