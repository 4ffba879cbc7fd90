/**
 * The words and numbers of an indicator for the report draft and the export (pure, Swedish):
 * one place, so the draft, the export and the tab's table (which formats the same points the
 * same way) agree.
 */
import type { IndicatorSummary } from './indicator-summary';
import type { TrendVerdict } from './indicator-trend';

const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** A value as Swedish text: "1 200", "12,5", "−3". */
export const formatIndicatorNumber = (value: number): string => NUMBER.format(value);

/** A change with its sign: "+19", "−3", "±0". */
export function formatChange(change: number): string {
  if (change === 0) return '±0';
  return change > 0 ? `+${NUMBER.format(change)}` : NUMBER.format(change);
}

export const VERDICT_SV: Readonly<Record<TrendVerdict, string>> = {
  better: 'åt rätt håll',
  worse: 'åt fel håll',
  unchanged: 'oförändrat',
  'one-value': 'ett värde hittills',
  'no-values': 'inga värden ännu',
};

export const DIRECTION_SV = {
  'higher-is-better': 'högre är bättre',
  'lower-is-better': 'lägre är bättre',
} as const;

/** "2025-12-03" in Stockholm for an ISO instant. */
export function stockholmDay(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}

/** The source as a user reads it: "Källa: Kolada (N00945), hämtad 2025-12-03." */
export function sourceText(indicator: IndicatorSummary): string {
  const k = indicator.kolada;
  if (k === null) return indicator.source === null ? '' : `Källa: ${indicator.source}.`;
  if (k.status === 'saknas') return `Källa: Kolada (${k.kpiId}). Värden saknas: ${k.reason ?? ''}`;
  const day = k.fetchedAt === null ? '' : `, hämtad ${stockholmDay(k.fetchedAt)}`;
  const stale = k.status === 'stale' ? ` Inte uppdaterad: ${k.reason ?? ''}` : '';
  return `Källa: Kolada (${k.kpiId})${day}.${stale}`;
}

/** "Våren 2025: 52; Hösten 2025: saknas; Våren 2026: 71", or "saknas" with no point at all. */
export function valuesText(indicator: IndicatorSummary): string {
  const points = indicator.trend.points;
  if (points.length === 0) return 'saknas';
  return points
    .map((p) => `${p.label}: ${p.value === null ? 'saknas' : formatIndicatorNumber(p.value)}`)
    .join('; ');
}

/** The indicator's sentences for the draft: definition, values, trend, source. */
export function indicatorSentences(indicator: IndicatorSummary): string {
  const { baseline, target, trend } = indicator;
  const parts: string[] = [];
  const frame = [
    baseline === null
      ? null
      : `baslinje ${formatIndicatorNumber(baseline.value)} (${baseline.year})`,
    target === null ? null : `mål ${formatIndicatorNumber(target.value)} (${target.year})`,
  ].filter((s): s is string => s !== null);
  parts.push(
    `Enhet: ${indicator.unit}, ${DIRECTION_SV[indicator.direction]}${
      frame.length > 0 ? `; ${frame.join(', ')}` : ''
    }.`,
  );
  parts.push(`Värden: ${valuesText(indicator)}.`);
  if (trend.latest !== null && trend.latest.value !== null) {
    const change = trend.change === null ? '' : `, ${formatChange(trend.change)} sedan värdet före`;
    const met =
      trend.targetMet === null ? '' : trend.targetMet ? ' Målet är nått.' : ' Målet är inte nått.';
    parts.push(
      `Senaste värdet ${formatIndicatorNumber(trend.latest.value)} (${trend.latest.label})${change}: ${VERDICT_SV[trend.verdict]}.${met}`,
    );
  }
  const source = sourceText(indicator);
  if (source !== '') parts.push(source);
  return parts.join(' ');
}

/** The export's Mått sheet: one row per indicator and point, header first. */
export function indicatorExportRows(indicators: readonly IndicatorSummary[]): string[][] {
  const rows: string[][] = [
    [
      'Mått',
      'Inriktningsmål',
      'Enhet',
      'Riktning',
      'Baslinje',
      'Baslinjeår',
      'Mål',
      'Målår',
      'Omgång eller år',
      'Värde',
      'Trend',
      'Källa',
    ],
  ];
  for (const m of indicators) {
    const head = [
      m.name,
      m.goal === null ? '' : String(m.goal),
      m.unit,
      DIRECTION_SV[m.direction],
      m.baseline === null ? '' : formatIndicatorNumber(m.baseline.value),
      m.baseline === null ? '' : String(m.baseline.year),
      m.target === null ? '' : formatIndicatorNumber(m.target.value),
      m.target === null ? '' : String(m.target.year),
    ];
    const source = sourceText(m);
    const trend = VERDICT_SV[m.trend.verdict];
    if (m.trend.points.length === 0) rows.push([...head, '', 'saknas', trend, source]);
    for (const p of m.trend.points) {
      rows.push([
        ...head,
        p.label,
        p.value === null ? 'saknas' : formatIndicatorNumber(p.value),
        trend,
        source,
      ]);
    }
  }
  return rows;
}
