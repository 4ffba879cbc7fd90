import { makeStyles, mergeClasses } from '@fluentui/react-components';
import type { Dashboard } from '../../api/dashboard-client';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
import { useHost } from '../../teams/teams-context';
import { FilterSelects, useFilterGridStyles } from '../FilterSelect';
import { headingOptions, organisationOptions, roundOptions } from '../filter-options';

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
  const { headings } = dashboard.choices;
  const rounds = roundOptions(dashboard.choices.rounds);
  const organisations = organisationOptions(dashboard.choices.organisations);
  return (
    <fieldset className={mergeClasses(grid.grid, styles.fieldset)} data-testid="dashboard-filters">
      <legend className={styles.legend}>{t.filtersHeading}</legend>
      <FilterSelects
        filters={[
          { name: 'round', label: t.filterRound, options: rounds, allLabel: t.filterCurrentRound },
          { name: 'organisation', label: t.filterOrganisation, options: organisations },
          { name: 'heading', label: t.filterHeading, options: headingOptions(headings, language) },
        ]}
        values={values}
        allLabel={t.filterAll}
        onChange={(key, value) => onChange({ ...values, [key]: value })}
      />
    </fieldset>
  );
}
