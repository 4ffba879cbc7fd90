import { useHost } from '../teams/teams-context';
import { planPeriodEn } from './plan-period-en';
import { planPeriodSv, type PlanPeriodMessages } from './plan-period-sv';

/** "Ny planperiod" and "Ny uppföljningsomgång" in the host's language, and whether it is English. */
export function usePlanPeriodMessages(): PlanPeriodMessages & { english: boolean } {
  const english = useHost().language === 'en';
  return { ...(english ? planPeriodEn : planPeriodSv), english };
}
