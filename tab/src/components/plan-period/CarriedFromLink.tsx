import { Link } from '@fluentui/react-components';
import type { ActivityDetail } from '../../api/dashboard-client';
import { usePlanPeriodMessages } from '../../i18n/use-plan-period-messages';
import { inApp, useNavigation } from '../../navigation';
import { viewHref } from '../../routes';
import { usePlanPeriodStyles } from './plan-period-styles';

/**
 * On a carried activity: that it goes on from the previous plan period, and a link to the old
 * activity's history, read in the old plan (`?plan=<old>&activity=<old id>`, decision 0028).
 */
export function CarriedFromLink({ detail }: { detail: Pick<ActivityDetail, 'carriedFrom'> }) {
  const styles = usePlanPeriodStyles();
  const t = usePlanPeriodMessages();
  const { search, navigate } = useNavigation();
  const old = detail.carriedFrom;
  if (old === null || old === undefined) return null;
  const params = { plan: old.planId, activity: old.activityId };
  return (
    <p className={styles.text} data-testid="carried-from">
      {t.carriedFromLead}{' '}
      <Link
        href={viewHref('aktiviteter', search, params)}
        onClick={inApp(() => navigate('aktiviteter', params))}
      >
        {t.carriedFromLink}
      </Link>
    </p>
  );
}
