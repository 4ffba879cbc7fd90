import {
  Button,
  Field,
  Select,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useCallback, useState, type ReactNode } from 'react';
import { download, fetchDataRounds, type DownloadKind } from '../api/data-client';
import { chosenPlan } from '../api/plans-client';
import { useApi } from '../api/use-api';
import { ImportPanel } from '../components/ImportPanel';
import { HeadedSection } from '../components/HeadedSection';
import { Notice } from '../components/Notice';
import { PageIntro } from '../components/PageIntro';
import { Page } from '../components/Page';
import { LoadingSpinner } from '../components/RequestStatus';
import { PlanPeriodSections } from '../components/plan-period/PlanPeriodSections';
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
    <Page>
      <PageIntro heading={t.dataHeading} lead={t.dataLead} />
      {state.status === 'loading' && <LoadingSpinner label={t.dataLoading} look="below" />}
      {state.status === 'error' && (
        <Notice intent="error">
          {t.dataLoadError} <Button onClick={retry}>{t.dataRetry}</Button>
        </Notice>
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
          <DataSection heading={t.dataExportHeading}>
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
              <Notice intent="error" role="alert">
                {t.dataDownloadFailed}
              </Notice>
            )}
          </DataSection>
          <DataSection heading={t.dataImportHeading}>
            {state.data.canImport ? (
              <ImportPanel roundId={chosen} />
            ) : (
              <p className={styles.text}>{t.dataImportOnlySamordning}</p>
            )}
          </DataSection>
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
    </Page>
  );
}

/** A section of the view on a card, named by its h2. */
function DataSection({ heading, children }: { heading: string; children: ReactNode }) {
  const styles = useDataStyles();
  return (
    <HeadedSection
      heading={heading}
      className={styles.section}
      headingClassName={styles.sectionHeading}
    >
      {children}
    </HeadedSection>
  );
}
