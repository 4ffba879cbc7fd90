import type { DataMessages } from './data-messages';

export const dataEn: DataMessages = {
  dataHeading: 'Import and export',
  dataLead:
    'Import action plans from Excel or Stratsys, download the activities with their status and a draft of the follow-up report.',
  dataLoading: 'Loading reporting rounds…',
  dataLoadError: 'The reporting rounds could not be loaded. Please try again later.',
  dataRetry: 'Try again',
  dataRound: 'Reporting round',
  dataRoundCurrent: (title) => `${title} (current)`,
  dataExportHeading: 'Export',
  dataExportLead:
    'The activities with their latest status in the round, in the same columns as the import, so the file can be imported again.',
  dataDownloadXlsx: 'Download Excel (.xlsx)',
  dataDownloadCsv: 'Download CSV',
  dataDownloadReport: 'Download report draft (Word)',
  dataDownloadFailed: 'The download failed. Please try again later.',
  dataImportHeading: 'Import',
  dataImportLead:
    'Choose a CSV or Excel file. You first see what would change; nothing is saved until you confirm. If the file has errors, nothing is saved.',
  dataImportOnlySamordning: 'Imports are done by Samordning.',
  dataFile: 'File (CSV or Excel, 2 MB at most)',
  dataFileHint:
    'Columns (Swedish headers): Förvaltning, Inriktningsmål, Rubrik, Aktivitet and optionally Beskrivning, Fokusområden, Perspektiv, Målgrupper, Samverkanspartner, Ansvarig, Start, Slut, Status, Rapporterat, Nästa steg, Rapportdatum.',
  dataPreview: 'Preview',
  dataPreviewing: 'Checking the file…',
  dataPreviewHeading: 'Preview',
  dataPreviewSummary: (c) =>
    `New activities: ${c.create}. Changed: ${c.update}. Unchanged: ${c.unchanged}. New reports: ${c.reports}. Organisations in the file: ${c.organisations}.`,
  dataPreviewTableCaption: 'Rows in the file and what happens to them',
  dataColumns: {
    row: 'Row',
    organisation: 'Organisation',
    goal: 'Goal',
    title: 'Activity',
    activity: 'Activity will be',
    report: 'Report',
  },
  dataActivity: { create: 'New', update: 'Changed', unchanged: 'Unchanged' },
  dataReport: { create: 'New', unchanged: 'Unchanged', none: 'Not reported' },
  dataConfirm: 'Import',
  dataConfirming: 'Importing…',
  dataCancel: 'Cancel',
  dataImported: (created, updated, reports) =>
    `The import is done. New activities: ${created}. Changed: ${updated}. New reports: ${reports}.`,
  dataInvalid:
    'The file was not imported; nothing was saved. Correct these rows (in Swedish) and try again:',
  dataTooLarge: 'The file is too large (2 MB at most).',
  dataForbidden: 'You are not allowed to import.',
  dataNoRound:
    'There is no reporting round to import into. Samordning creates rounds with the meetings.',
  dataFailed: 'Something went wrong. Please try again later.',
  dataChooseFile: 'Choose a file first.',
};
