import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { STATUS_KEYS, type StatusKey, type StatusMix } from '../../api/dashboard-client';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
import { useStatusStyles } from './status-style';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    width: '100%',
    height: '10px',
    borderRadius: tokens.borderRadiusSmall,
    overflow: 'hidden',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  tall: { height: '18px' },
  segment: {
    height: '100%',
    ':not(:last-child)': { borderRight: `1px solid ${tokens.colorNeutralForeground1}` },
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    margin: 0,
    padding: 0,
    listStyle: 'none',
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  legendItem: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: {
    display: 'inline-block',
    width: '16px',
    height: '12px',
    border: `1px solid ${tokens.colorNeutralForeground1}`,
  },
});

/**
 * A stacked bar of a status mix. Decoration only (hidden from assistive technology): every
 * use sits next to the same numbers in text.
 */
export function StatusBar({ mix, tall = false }: { mix: StatusMix; tall?: boolean }) {
  const styles = useStyles();
  const status = useStatusStyles();
  const total = STATUS_KEYS.reduce((sum, key) => sum + mix[key], 0);
  return (
    <span className={mergeClasses(styles.bar, tall && styles.tall)} aria-hidden="true">
      {total > 0 &&
        STATUS_KEYS.filter((key) => mix[key] > 0).map((key) => (
          <span
            key={key}
            className={mergeClasses(styles.segment, status[key])}
            style={{ width: `${(mix[key] / total) * 100}%` }}
          />
        ))}
    </span>
  );
}

/** The statuses with their pattern, as a text legend. */
export function StatusLegend() {
  const styles = useStyles();
  const status = useStatusStyles();
  const t = useDashboardMessages();
  return (
    <ul className={styles.legend} data-testid="status-legend">
      {STATUS_KEYS.map((key) => (
        <li key={key} className={styles.legendItem}>
          <span className={mergeClasses(styles.swatch, status[key])} aria-hidden="true" />
          {t.statusNames[key]}
        </li>
      ))}
    </ul>
  );
}

/** "1 genomförd, 2 pågår" – the non-zero statuses of a mix, in words. */
export function mixText(mix: StatusMix, names: Record<StatusKey, string>): string {
  return STATUS_KEYS.filter((key) => mix[key] > 0)
    .map((key) => `${mix[key]} ${names[key].toLocaleLowerCase()}`)
    .join(', ');
}
