import { tokens } from '@fluentui/react-components';
import type { IndicatorView } from '../../api/indicators-client';

const WIDTH = 560;
const HEIGHT = 220;
const PAD = { left: 56, right: 16, top: 16, bottom: 40 };

/**
 * A small line chart of an indicator's values (simple SVG, decision 0026), with its baseline
 * and target as dashed lines. Decorative to a screen reader beyond its label: the numbers are
 * in the table beside it.
 */
export function IndicatorChart(props: {
  indicator: IndicatorView;
  label: string;
  format: (n: number) => string;
  baselineLabel: string;
  targetLabel: string;
}) {
  const { indicator, format } = props;
  const points = indicator.trend.points;
  const refs = [indicator.baseline?.value, indicator.target?.value].filter(
    (v): v is number => v !== undefined,
  );
  const values = [...points.flatMap((p) => (p.value === null ? [] : [p.value])), ...refs];
  if (values.length === 0) return null;
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) =>
    PAD.left + (points.length <= 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (v: number) => PAD.top + plotH - ((v - min) / (max - min)) * plotH;
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length > 0) segments.push(current.join(' '));
      current = [];
    } else current.push(`${x(i)},${y(p.value)}`);
  });
  if (current.length > 0) segments.push(current.join(' '));
  // At most one label per ~90 px, so round names never overlap (all of them are in the table).
  const labelStep = Math.max(1, Math.ceil((points.length * 90) / plotW));
  const text = tokens.colorNeutralForeground1;
  const line = tokens.colorBrandForeground1;
  const muted = tokens.colorNeutralForeground2;
  return (
    <svg
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width="100%"
      style={{ maxWidth: `${WIDTH}px`, display: 'block' }}
    >
      <line
        x1={PAD.left}
        x2={PAD.left}
        y1={PAD.top}
        y2={PAD.top + plotH}
        stroke={muted}
        strokeWidth={1}
      />
      <line
        x1={PAD.left}
        x2={PAD.left + plotW}
        y1={PAD.top + plotH}
        y2={PAD.top + plotH}
        stroke={muted}
        strokeWidth={1}
      />
      <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end" fontSize={12} fill={text}>
        {format(max)}
      </text>
      <text x={PAD.left - 6} y={y(min) + 4} textAnchor="end" fontSize={12} fill={text}>
        {format(min)}
      </text>
      {indicator.baseline !== null && (
        <g>
          <ReferenceLine at={y(indicator.baseline.value)} width={plotW} stroke={muted} dash="4 4" />
          <text x={PAD.left + 4} y={y(indicator.baseline.value) - 4} fontSize={11} fill={text}>
            {props.baselineLabel}
          </text>
        </g>
      )}
      {indicator.target !== null && (
        <g>
          <ReferenceLine at={y(indicator.target.value)} width={plotW} stroke={line} dash="8 4" />
          <text
            x={PAD.left + plotW - 4}
            y={y(indicator.target.value) - 4}
            textAnchor="end"
            fontSize={11}
            fill={text}
          >
            {props.targetLabel}
          </text>
        </g>
      )}
      {segments.map((s) => (
        <polyline key={s} points={s} fill="none" stroke={line} strokeWidth={2.5} />
      ))}
      {points.map((p, i) =>
        p.value === null ? null : (
          <circle key={`${p.label}-${i}`} cx={x(i)} cy={y(p.value)} r={4} fill={line} />
        ),
      )}
      {points.map((p, i) =>
        i % labelStep !== 0 && i !== points.length - 1 ? null : (
          <text
            key={`label-${p.label}-${i}`}
            x={x(i)}
            y={HEIGHT - 12}
            textAnchor="middle"
            fontSize={11}
            fill={text}
          >
            {p.label.length > 14 ? `${p.label.slice(0, 13)}…` : p.label}
          </text>
        ),
      )}
    </svg>
  );
}

/** A dashed horizontal line across the plot (the baseline, the target) at height `at`. */
function ReferenceLine(props: { at: number; width: number; stroke: string; dash: string }) {
  return (
    <line
      x1={PAD.left}
      x2={PAD.left + props.width}
      y1={props.at}
      y2={props.at}
      stroke={props.stroke}
      strokeDasharray={props.dash}
    />
  );
}
