import {
  Button,
  Field,
  Input,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import {
  fetchDefinitionChoices,
  type DefinitionChoices,
} from '../api/indicator-definitions-client';
import { enterValue, fetchIndicators, type IndicatorView } from '../api/indicators-client';
import { useApi } from '../api/use-api';
import { meetingPageFrame } from '../components/page-styles';
import { IndicatorChart } from '../components/results/IndicatorChart';
import { Options } from '../components/FilterSelect';
import { roundOptions } from '../components/filter-options';
import { formatChange, formatNumber } from '../components/results/indicator-format';
import {
  DefinitionActions,
  IndicatorDefinitionForm,
} from '../components/results/IndicatorDefinitionForm';
import {
  definitionEn,
  definitionSv,
  type DefinitionTexts,
} from '../i18n/indicator-definition-texts';
import { resultsEn, resultsSv, type ResultsTexts } from '../i18n/results-texts';
import { useHost } from '../teams/teams-context';

const useStyles = makeStyles({
  root: meetingPageFrame,
  indicator: {
    backgroundColor: tokens.colorNeutralBackground1,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    marginBottom: tokens.spacingVerticalL,
    minWidth: 0,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  table: { borderCollapse: 'collapse', marginTop: tokens.spacingVerticalS },
  cell: {
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  field: {
    flex: '1 1 12rem',
    minWidth: 0,
    maxWidth: '100%',
    gridTemplateColumns: 'minmax(0, 1fr)',
  },
  select: { width: '100%', minWidth: 0, maxWidth: '100%' },
  muted: { color: tokens.colorNeutralForeground2 },
});

function stockholmDay(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}

/**
 * "Resultat" (issue 19, decision 0026): per indicator its baseline and target, direction, unit
 * and source, a chart of its values with the same numbers in a table, the trend, and — for
 * Samordning and the owning organisation's samordnare — a form to enter a round's value.
 */
export function ResultsView() {
  const styles = useStyles();
  const host = useHost();
  const english = host.language === 'en';
  const t = english ? resultsEn : resultsSv;
  const request = useCallback((signal: AbortSignal) => fetchIndicators(signal), []);
  const { state, retry } = useApi(request);
  const definitions = useApi(fetchDefinitionChoices);
  const choices = definitions.state.status === 'ready' ? definitions.state.data : null;
  const d = english ? definitionEn : definitionSv;
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState('');
  const changed = (message: string) => {
    setNotice(message);
    retry();
    definitions.retry();
  };

  if (state.status === 'loading') return <Spinner label={t.heading} />;
  if (state.status === 'error') {
    return (
      <section className={styles.root}>
        <h1>{t.heading}</h1>
        <p>{t.loadFailed}</p>
        <Button onClick={retry}>{t.retry}</Button>
      </section>
    );
  }
  const view = state.data;
  return (
    <section className={styles.root} lang={host.language}>
      <h1>{t.heading}</h1>
      <p className={styles.muted}>{t.intro}</p>
      {view.indicators.length === 0 && <p>{t.none}</p>}
      {choices?.canDefine === true && (
        <div className={styles.indicator}>
          <p className={styles.muted}>{d.addHint}</p>
          {adding ? (
            <IndicatorDefinitionForm
              choices={choices}
              indicator={null}
              t={d}
              english={english}
              onSaved={() => {
                setAdding(false);
                changed(d.saved);
              }}
              onCancel={() => setAdding(false)}
            />
          ) : (
            <Button onClick={() => setAdding(true)}>{d.add}</Button>
          )}
        </div>
      )}
      <p role="status">{notice}</p>
      {view.indicators.map((m) => (
        <Indicator
          key={m.id}
          indicator={m}
          rounds={view.rounds}
          t={t}
          english={english}
          onSaved={retry}
          choices={choices}
          definitionTexts={d}
          onChanged={changed}
        />
      ))}
    </section>
  );
}

/** What an indicator's card and its entry form are given. */
interface IndicatorProps {
  indicator: IndicatorView;
  rounds: { id: string; title: string }[];
  t: ResultsTexts;
  english: boolean;
  onSaved: () => void;
}

function Indicator(
  props: IndicatorProps & {
    choices: DefinitionChoices | null;
    definitionTexts: DefinitionTexts;
    onChanged: (message: string) => void;
  },
) {
  const styles = useStyles();
  const { indicator: m, t } = props;
  const name = props.english && m.nameEn !== null ? m.nameEn : m.name;
  const headingId = `matt-${m.id}`;
  const trend = m.trend;
  const kolada = m.kolada;
  const reason = (sv: string | null, en: string | null) => (props.english ? en : sv) ?? '';
  return (
    <article className={styles.indicator} aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      <p className={styles.muted}>{m.goal === null ? t.wholePlan : t.goal(m.goal)}</p>
      <DefinitionActions
        indicator={m}
        name={name}
        headingId={headingId}
        choices={props.choices}
        t={props.definitionTexts}
        english={props.english}
        onChanged={props.onChanged}
      />
      {m.description !== null && <p>{m.description}</p>}
      <dl className={styles.facts}>
        <dt className={styles.term}>{t.unit}</dt>
        <dd className={styles.detail}>
          {m.unit} – {t.direction[m.direction]}
        </dd>
        <dt className={styles.term}>{t.baseline}</dt>
        <dd className={styles.detail}>
          {m.baseline === null
            ? t.missing
            : `${formatNumber(m.baseline.value)} (${m.baseline.year})`}
        </dd>
        <dt className={styles.term}>{t.target}</dt>
        <dd className={styles.detail}>
          {m.target === null ? t.missing : `${formatNumber(m.target.value)} (${m.target.year})`}
        </dd>
        <dt className={styles.term}>{t.source}</dt>
        <dd className={styles.detail}>
          {kolada === null ? (
            (m.source ?? t.missing)
          ) : (
            <>
              {t.koladaSource(
                kolada.kpiId,
                kolada.fetchedAt === null ? null : stockholmDay(kolada.fetchedAt),
              )}
              {kolada.title !== null && ` – ${kolada.title}`}
              {kolada.status === 'stale' && (
                <>
                  <br />
                  {t.koladaStale(reason(kolada.reason, kolada.reasonEn))}
                </>
              )}
              {kolada.status === 'saknas' && (
                <>
                  <br />
                  {t.koladaMissing(reason(kolada.reason, kolada.reasonEn))}
                </>
              )}
            </>
          )}
        </dd>
        {m.organisation !== null && (
          <>
            <dt className={styles.term}>{t.owner}</dt>
            <dd className={styles.detail}>{m.organisation.name}</dd>
          </>
        )}
      </dl>
      <p>
        <strong>{t.verdict[trend.verdict]}</strong>
        {trend.latest !== null && trend.latest.value !== null && (
          <>
            {'. '}
            {t.latest(formatNumber(trend.latest.value), trend.latest.label)}
            {trend.change !== null && `, ${t.change(formatChange(trend.change))}`}.
            {trend.targetMet !== null && ` ${trend.targetMet ? t.targetMet : t.targetNotMet}`}
          </>
        )}
      </p>
      <IndicatorChart
        indicator={m}
        label={t.chartLabel(name)}
        format={formatNumber}
        baselineLabel={t.baseline}
        targetLabel={t.target}
      />
      {trend.points.length > 0 && (
        <table className={styles.table} data-indicator={m.id}>
          <caption className={styles.muted}>{t.tableCaption(name)}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>
                {t.pointHeader}
              </th>
              <th scope="col" className={`${styles.cell} ${styles.number}`}>
                {t.valueHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {trend.points.map((p, i) => (
              <tr key={`${p.label}-${i}`}>
                <th scope="row" className={styles.cell}>
                  {p.label}
                </th>
                <td className={`${styles.cell} ${styles.number}`}>
                  {p.value === null ? t.missing : formatNumber(p.value)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {m.canEnter && props.rounds.length > 0 && (
        <EntryForm
          indicator={m}
          name={name}
          rounds={props.rounds}
          t={t}
          english={props.english}
          onSaved={props.onSaved}
        />
      )}
    </article>
  );
}

function EntryForm(props: IndicatorProps & { name: string }) {
  const styles = useStyles();
  const { t } = props;
  const [roundId, setRoundId] = useState(props.rounds.at(-1)?.id ?? '');
  const [value, setValue] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const result = await enterValue(props.indicator.id, roundId, value);
    if (result.kind === 'saved') {
      setError(null);
      setStatus(t.saved);
      setValue('');
      props.onSaved();
    } else if (result.kind === 'refused') {
      setStatus('');
      setError(props.english ? result.messageEn : result.message);
    } else {
      setStatus('');
      setError(t.failed);
    }
  };
  const formId = `varde-${props.indicator.id}`;
  return (
    <form
      aria-labelledby={`${formId}-rubrik`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id={`${formId}-rubrik`}>{t.enterHeading(props.name)}</h3>
      <div className={styles.form}>
        <Field label={t.round} className={styles.field}>
          <Select
            className={styles.select}
            value={roundId}
            onChange={(_e, d) => setRoundId(d.value)}
          >
            <Options options={roundOptions(props.rounds)} />
          </Select>
        </Field>
        <Field
          className={styles.field}
          label={`${t.value} (${props.indicator.unit})`}
          validationMessage={error ?? undefined}
          validationState={error === null ? 'none' : 'error'}
        >
          <Input value={value} inputMode="decimal" onChange={(_e, d) => setValue(d.value)} />
        </Field>
        <Button appearance="primary" type="submit">
          {t.save}
        </Button>
      </div>
      <p role="status">{status}</p>
    </form>
  );
}
