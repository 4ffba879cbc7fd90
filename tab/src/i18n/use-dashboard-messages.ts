import { useHost } from '../teams/teams-context';
import { dashboardEn } from './dashboard-en';
import type { DashboardMessages } from './dashboard-messages';
import { dashboardSv } from './dashboard-sv';

/** The dashboard's and Aktiviteter's texts for the host's language. */
export function useDashboardMessages(): DashboardMessages {
  return useHost().language === 'en' ? dashboardEn : dashboardSv;
}
