import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import { fetchIndicators, type IndicatorView } from '../../api/indicators-client';
import { useApi } from '../../api/use-api';
import type { ResultsTexts } from '../../i18n/results-texts';
import { Section } from '../dashboard/Section';
import { formatChange, formatNumber } from './indicator-format';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    paddingInlineStart: '1.25em',
    overflowWrap: 'anywhere',
    hyphens: 'auto',
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** One indicator in words: its trend, latest value and change, its target (the same numbers as Resultat). */
function summary(m: IndicatorView, t: ResultsTexts, english: boolean): string {
  const trend = m.trend;
  const parts: string[] = [`${t.verdict[trend.verdict]}.`];
  if (trend.latest !== null && trend.latest.value !== null) {
    const change = trend.change === null ? '' : `, ${t.change(formatChange(trend.change))}`;
    parts.push(
      `${t.latest(`${formatNumber(trend.latest.value)} ${m.unit}`, trend.latest.label)}${change}.`,
    );
  }
  if (m.target !== null) parts.push(t.overviewTarget(formatNumber(m.target.value), m.target.year));
  if (trend.targetMet !== null) parts.push(trend.targetMet ? t.targetMet : t.targetNotMet);
  if (m.kolada?.status === 'saknas') {
    parts.push(t.koladaMissing((english ? m.kolada.reasonEn : m.kolada.reason) ?? ''));
  }
  return parts.join(' ');
}

/**
 * Översikt's compact summary of the plan's indicators (issue 19 item 1, decision 0032): per
 * indicator its trend, latest value, change and target in words (no chart, so it fits the side
 * panel), and a link to Resultat. Nothing when the plan has no indicators or they cannot be read.
 */
export function IndicatorOverview(props: {
  plan: string | undefined;
  t: ResultsTexts;
  english: boolean;
  resultsHref: string;
}) {
  const styles = useStyles();
  const { plan, t } = props;
  const request = useCallback((signal: AbortSignal) => fetchIndicators(signal, plan), [plan]);
  const { state } = useApi(request);
  if (state.status !== 'ready' || state.data.indicators.length === 0) return null;
  return (
    <Section title={t.overviewHeading} testId="section-indicators">
      <ul className={styles.list}>
        {state.data.indicators.map((m) => (
          <li key={m.id} data-indicator={m.id}>
            <strong>{props.english && m.nameEn !== null ? m.nameEn : m.name}</strong>
            {` (${m.goal === null ? t.wholePlan : t.goal(m.goal)}): `}
            {summary(m, t, props.english)}
          </li>
        ))}
      </ul>
      <Link href={props.resultsHref}>{t.overviewAll}</Link>
    </Section>
  );
}
