import type { DataMessages } from './data-messages';

export const dataSv: DataMessages = {
  dataHeading: 'Import och export',
  dataLead:
    'Läs in handlingsplaner från Excel eller Stratsys, ladda ner aktiviteterna med sin status och ett utkast till uppföljningsrapporten.',
  dataLoading: 'Hämtar rapporteringsomgångar…',
  dataLoadError: 'Det gick inte att hämta rapporteringsomgångarna. Försök igen om en stund.',
  dataRetry: 'Försök igen',
  dataRound: 'Rapporteringsomgång',
  dataRoundCurrent: (title) => `${title} (aktuell)`,
  dataExportHeading: 'Exportera',
  dataExportLead:
    'Aktiviteterna med senaste status i omgången, i samma kolumner som importen – filen kan läsas in igen.',
  dataDownloadXlsx: 'Ladda ner Excel (.xlsx)',
  dataDownloadCsv: 'Ladda ner CSV',
  dataDownloadReport: 'Ladda ner rapportutkast (Word)',
  dataDownloadFailed: 'Nedladdningen misslyckades. Försök igen om en stund.',
  dataImportHeading: 'Importera',
  dataImportLead:
    'Välj en CSV- eller Excel-fil. Du ser först vad som skulle ändras; inget sparas förrän du bekräftar. Har filen fel sparas ingenting.',
  dataImportOnlySamordning: 'Import görs av Samordning.',
  dataFile: 'Fil (CSV eller Excel, högst 2 MB)',
  dataFileHint:
    'Kolumner: Förvaltning, Inriktningsmål, Rubrik, Aktivitet och gärna Beskrivning, Fokusområden, Perspektiv, Målgrupper, Samverkanspartner, Ansvarig, Start, Slut, Status, Rapporterat, Nästa steg, Rapportdatum.',
  dataPreview: 'Förhandsgranska',
  dataPreviewing: 'Kontrollerar filen…',
  dataPreviewHeading: 'Förhandsgranskning',
  dataPreviewSummary: (c) =>
    `Nya aktiviteter: ${c.create}. Ändrade: ${c.update}. Oförändrade: ${c.unchanged}. Nya rapporter: ${c.reports}. Förvaltningar och bolag i filen: ${c.organisations}.`,
  dataPreviewTableCaption: 'Rader i filen och vad som händer med dem',
  dataColumns: {
    row: 'Rad',
    organisation: 'Förvaltning',
    goal: 'Mål',
    title: 'Aktivitet',
    activity: 'Aktivitet blir',
    report: 'Rapport',
  },
  dataActivity: { create: 'Ny', update: 'Ändrad', unchanged: 'Oförändrad' },
  dataReport: { create: 'Ny', unchanged: 'Oförändrad', none: 'Ej rapporterad' },
  dataConfirm: 'Importera',
  dataConfirming: 'Importerar…',
  dataCancel: 'Avbryt',
  dataImported: (created, updated, reports) =>
    `Importen är klar. Nya aktiviteter: ${created}. Ändrade: ${updated}. Nya rapporter: ${reports}.`,
  dataInvalid: 'Filen importerades inte – inget har sparats. Rätta raderna och försök igen:',
  dataTooLarge: 'Filen är för stor (högst 2 MB).',
  dataForbidden: 'Du har inte behörighet att importera.',
  dataNoRound:
    'Det finns ingen rapporteringsomgång att importera till. Samordning lägger upp omgångar med mötena.',
  dataFailed: 'Något gick fel. Försök igen om en stund.',
  dataChooseFile: 'Välj en fil först.',
};
