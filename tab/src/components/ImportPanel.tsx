import { Button, Field, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { uploadImport, type ImportAnswer, type ImportResult } from '../api/data-client';
import { useDataMessages } from '../i18n/use-data-messages';
import { Notice } from './Notice';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  text: { ...typographyStyles.body1, margin: 0, maxWidth: '70ch' },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  scroll: { overflowX: 'auto' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': {
      textAlign: 'left',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      verticalAlign: 'top',
    },
  },
  caption: {
    ...typographyStyles.caption1Strong,
    textAlign: 'left',
    paddingBottom: tokens.spacingVerticalXS,
  },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

type Notice = { intent: 'success' | 'error'; text: string; rows?: string[] } | null;

/** Samordning's import: choose a file, preview what would change, then confirm (or cancel). */
export function ImportPanel({ roundId }: { roundId: string | null }) {
  const styles = useStyles();
  const t = useDataMessages();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportAnswer | null>(null);
  const [busy, setBusy] = useState<'preview' | 'confirm' | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  // A new preview takes the keyboard and screen-reader focus to its heading.
  useEffect(() => {
    if (preview !== null) previewHeading.current?.focus();
  }, [preview]);

  const failure = (result: Exclude<ImportResult, { kind: 'ok' }>): Notice => {
    switch (result.kind) {
      case 'invalid':
        return { intent: 'error', text: t.dataInvalid, rows: result.rowErrors };
      case 'too-large':
        return { intent: 'error', text: t.dataTooLarge };
      case 'forbidden':
        return { intent: 'error', text: t.dataForbidden };
      case 'no-round':
        return { intent: 'error', text: t.dataNoRound };
      default:
        return { intent: 'error', text: t.dataFailed };
    }
  };

  const run = async (step: 'preview' | 'confirm') => {
    if (file === null) {
      setNotice({ intent: 'error', text: t.dataChooseFile });
      return;
    }
    setBusy(step);
    setNotice(null);
    const result = await uploadImport(step, file, roundId);
    setBusy(null);
    if (result.kind !== 'ok') {
      setPreview(null);
      setNotice(failure(result));
      return;
    }
    if (step === 'preview') {
      setPreview(result.answer);
      return;
    }
    const { activities, reports } = result.answer.counts;
    setPreview(null);
    setFile(null);
    if (input.current !== null) input.current.value = '';
    setNotice({
      intent: 'success',
      text: t.dataImported(activities.create, activities.update, reports.create),
    });
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    setPreview(null);
    setNotice(null);
  };

  return (
    <div className={styles.panel}>
      <p className={styles.text}>{t.dataImportLead}</p>
      <Field label={{ children: t.dataFile, htmlFor: inputId }} hint={t.dataFileHint}>
        <input
          id={inputId}
          ref={input}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={onFile}
          data-testid="import-file"
        />
      </Field>
      <div className={styles.buttons}>
        <Button onClick={() => void run('preview')} disabled={busy !== null}>
          {busy === 'preview' ? t.dataPreviewing : t.dataPreview}
        </Button>
      </div>
      <div aria-live="polite">
        {notice !== null && (
          <Notice intent={notice.intent} testId="import-notice">
            {notice.text}
            {notice.rows !== undefined && notice.rows.length > 0 && (
              <ul className={styles.errors}>
                {notice.rows.map((row) => (
                  <li key={row}>{row}</li>
                ))}
              </ul>
            )}
          </Notice>
        )}
      </div>
      {preview !== null && (
        <section
          aria-labelledby={`${inputId}-preview`}
          className={styles.panel}
          data-testid="import-preview"
        >
          <h3
            id={`${inputId}-preview`}
            className={styles.heading}
            ref={previewHeading}
            tabIndex={-1}
          >
            {preview.round === null
              ? t.dataPreviewHeading
              : `${t.dataPreviewHeading}: ${preview.round.title}`}
          </h3>
          <p className={styles.text}>
            {t.dataPreviewSummary({
              ...preview.counts.activities,
              reports: preview.counts.reports.create,
              organisations: preview.counts.organisations,
            })}
          </p>
          <div
            className={styles.scroll}
            tabIndex={0}
            role="region"
            aria-label={t.dataPreviewTableCaption}
          >
            <table className={styles.table}>
              <caption className={styles.caption}>{t.dataPreviewTableCaption}</caption>
              <thead>
                <tr>
                  {(['row', 'organisation', 'goal', 'title', 'activity', 'report'] as const).map(
                    (key) => (
                      <th key={key} scope="col">
                        {t.dataColumns[key]}
                      </th>
                    ),
                  )}
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.row}>
                    <td>{row.row}</td>
                    <td>{row.organisation}</td>
                    <td>{row.goal}</td>
                    <td>{row.title}</td>
                    <td>{t.dataActivity[row.activity]}</td>
                    <td>{t.dataReport[row.report]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              onClick={() => void run('confirm')}
              disabled={busy !== null}
            >
              {busy === 'confirm' ? t.dataConfirming : t.dataConfirm}
            </Button>
            <Button onClick={() => setPreview(null)} disabled={busy !== null}>
              {t.dataCancel}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
