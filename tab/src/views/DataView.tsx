import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { download, fetchDataRounds, type DownloadKind } from '../api/data-client';
import { chosenPlan } from '../api/plans-client';
import { useApi } from '../api/use-api';
import { ImportPanel } from '../components/ImportPanel';
import { PlanPeriodSections } from '../components/plan-period/PlanPeriodSections';
import { usePageStyles } from '../components/page-styles';
import { useDataMessages } from '../i18n/use-data-messages';
import { useNavigation } from '../navigation';

const useDataStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sectionHeading: {
    ...typographyStyles.subtitle1,
    margin: 0,
  },
  text: {
    ...typographyStyles.body1,
    margin: 0,
    maxWidth: '70ch',
    color: tokens.colorNeutralForeground2,
  },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
  },
  round: {
    maxWidth: '420px',
    minWidth: 0,
  },
  // Long round titles and button labels wrap in the meeting side panel (~320 px).
  select: {
    width: '100%',
    maxWidth: '100%',
    minWidth: 0,
  },
  button: {
    maxWidth: '100%',
    whiteSpace: 'normal',
    height: 'auto',
  },
});

/**
 * "Import och export": choose a reporting round, download the activities (XLSX/CSV) and the
 * report draft (DOCX); Samordning imports a file (preview first, then confirm).
 */
export function DataView() {
  const page = usePageStyles();
  const styles = useDataStyles();
  const t = useDataMessages();
  const plan = chosenPlan(useNavigation().search);
  const request = useCallback((signal: AbortSignal) => fetchDataRounds(signal, plan), [plan]);
  const { state, retry } = useApi(request);
  const [roundId, setRoundId] = useState<string | null>(null);
  const [downloadFailed, setDownloadFailed] = useState(false);

  const save = (kind: DownloadKind) => async () => {
    setDownloadFailed(!(await download(kind, chosen, plan)));
  };

  const current = state.status === 'ready' ? state.data.currentRoundId : null;
  const chosen = roundId ?? current;

  return (
    <div className={page.page}>
      <div className={page.intro}>
        <h1 className={page.heading}>{t.dataHeading}</h1>
        <p className={page.lead}>{t.dataLead}</p>
      </div>
      {state.status === 'loading' && <Spinner label={t.dataLoading} labelPosition="below" />}
      {state.status === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t.dataLoadError} <Button onClick={retry}>{t.dataRetry}</Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'ready' && (
        <>
          <Field label={t.dataRound} className={styles.round}>
            <Select
              className={styles.select}
              value={chosen ?? ''}
              onChange={(_event, data) => setRoundId(data.value)}
              data-testid="data-round"
            >
              {state.data.rounds.map((round) => (
                <option key={round.id} value={round.id}>
                  {round.id === current ? t.dataRoundCurrent(round.title) : round.title}
                </option>
              ))}
            </Select>
          </Field>
          <section className={styles.section} aria-labelledby="data-export-heading">
            <h2 id="data-export-heading" className={styles.sectionHeading}>
              {t.dataExportHeading}
            </h2>
            <p className={styles.text}>{t.dataExportLead}</p>
            <div className={styles.buttons}>
              <Button className={styles.button} onClick={save('xlsx')}>
                {t.dataDownloadXlsx}
              </Button>
              <Button className={styles.button} onClick={save('csv')}>
                {t.dataDownloadCsv}
              </Button>
              <Button className={styles.button} appearance="primary" onClick={save('docx')}>
                {t.dataDownloadReport}
              </Button>
            </div>
            {downloadFailed && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>{t.dataDownloadFailed}</MessageBarBody>
              </MessageBar>
            )}
          </section>
          <section className={styles.section} aria-labelledby="data-import-heading">
            <h2 id="data-import-heading" className={styles.sectionHeading}>
              {t.dataImportHeading}
            </h2>
            {state.data.canImport ? (
              <ImportPanel roundId={chosen} />
            ) : (
              <p className={styles.text}>{t.dataImportOnlySamordning}</p>
            )}
          </section>
          {state.data.canImport && (
            <PlanPeriodSections
              plan={plan}
              onRoundCreated={retry}
              sectionClass={styles.section}
              headingClass={styles.sectionHeading}
            />
          )}
        </>
      )}
    </div>
  );
}
