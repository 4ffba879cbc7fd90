import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { StatusKey } from '../../api/dashboard-client';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
import { useStatusStyles } from '../dashboard/status-style';

const useStyles = makeStyles({
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    whiteSpace: 'nowrap',
  },
  swatch: {
    width: '14px',
    height: '14px',
    border: `1px solid ${tokens.colorNeutralForeground1}`,
    flexShrink: 0,
  },
});

/** A status in words, with its pattern swatch beside it (never colour alone). */
export function StatusBadge({ status }: { status: StatusKey }) {
  const styles = useStyles();
  const patterns = useStatusStyles();
  const t = useDashboardMessages();
  return (
    <span className={styles.badge} data-status={status}>
      <span className={mergeClasses(styles.swatch, patterns[status])} aria-hidden="true" />
      {t.statusNames[status]}
    </span>
  );
}
