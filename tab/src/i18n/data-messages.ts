/** The texts of the "Import och export" view, in their own files so they load with the view. */
export interface DataMessages {
  dataHeading: string;
  dataLead: string;
  dataLoading: string;
  dataLoadError: string;
  dataRetry: string;
  dataRound: string;
  dataRoundCurrent: (title: string) => string;
  dataExportHeading: string;
  dataExportLead: string;
  dataDownloadXlsx: string;
  dataDownloadCsv: string;
  dataDownloadReport: string;
  dataDownloadFailed: string;
  dataImportHeading: string;
  dataImportLead: string;
  dataImportOnlySamordning: string;
  dataFile: string;
  dataFileHint: string;
  dataPreview: string;
  dataPreviewing: string;
  dataPreviewHeading: string;
  dataPreviewSummary: (counts: {
    create: number;
    update: number;
    unchanged: number;
    reports: number;
    organisations: number;
  }) => string;
  dataPreviewTableCaption: string;
  dataColumns: {
    row: string;
    organisation: string;
    goal: string;
    title: string;
    activity: string;
    report: string;
  };
  dataActivity: Record<'create' | 'update' | 'unchanged', string>;
  dataReport: Record<'create' | 'unchanged' | 'none', string>;
  dataConfirm: string;
  dataConfirming: string;
  dataCancel: string;
  dataImported: (created: number, updated: number, reports: number) => string;
  dataInvalid: string;
  dataTooLarge: string;
  dataForbidden: string;
  dataNoRound: string;
  dataFailed: string;
  dataChooseFile: string;
}
