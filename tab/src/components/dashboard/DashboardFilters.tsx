import { makeStyles, mergeClasses } from '@fluentui/react-components';
import type { Dashboard } from '../../api/dashboard-client';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
import { useHost } from '../../teams/teams-context';
import { FilterSelect, useFilterGridStyles } from '../FilterSelect';

const useStyles = makeStyles({
  fieldset: { margin: 0, padding: 0, border: 'none' },
  legend: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
  },
});

export interface DashboardFilterValues {
  round?: string;
  organisation?: string;
  heading?: string;
}

/** Round, organisation and heading: native selects (keyboard and screen readers for free). */
export function DashboardFilters({
  dashboard,
  values,
  onChange,
}: {
  dashboard: Dashboard;
  values: DashboardFilterValues;
  onChange: (next: DashboardFilterValues) => void;
}) {
  const styles = useStyles();
  const grid = useFilterGridStyles();
  const t = useDashboardMessages();
  const { language } = useHost();
  const set = (key: keyof DashboardFilterValues) => (value: string | undefined) =>
    onChange({ ...values, [key]: value });
  return (
    <fieldset className={mergeClasses(grid.grid, styles.fieldset)} data-testid="dashboard-filters">
      <legend className={styles.legend}>{t.filtersHeading}</legend>
      <FilterSelect
        label={t.filterRound}
        name="round"
        value={values.round}
        allLabel={t.filterCurrentRound}
        options={dashboard.choices.rounds.map((r) => ({ value: r.id, label: r.title }))}
        onChange={set('round')}
      />
      <FilterSelect
        label={t.filterOrganisation}
        name="organisation"
        value={values.organisation}
        allLabel={t.filterAll}
        options={dashboard.choices.organisations.map((o) => ({ value: o.id, label: o.name }))}
        onChange={set('organisation')}
      />
      <FilterSelect
        label={t.filterHeading}
        name="heading"
        value={values.heading}
        allLabel={t.filterAll}
        options={dashboard.choices.headings.map((h) => ({
          value: h.id,
          label: language === 'en' ? h.nameEn : h.name,
        }))}
        onChange={set('heading')}
      />
    </fieldset>
  );
}
