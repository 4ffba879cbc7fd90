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
};
