import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Dashboard } from '../../api/dashboard-client';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
import { useHost } from '../../teams/teams-context';

const useStyles = makeStyles({
  filters: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(200px, 100%), 1fr))',
    // A native select is as wide as its longest option unless its grid cell may shrink.
    '& > *': { minWidth: 0 },
    '& .fui-Field': { gridTemplateColumns: 'minmax(0, 1fr)' },
    '& .fui-Select, & select': { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' },
    gap: tokens.spacingHorizontalL,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
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
  const t = useDashboardMessages();
  const { language } = useHost();
  const set = (key: keyof DashboardFilterValues) => (value: string) =>
    onChange({ ...values, [key]: value === '' ? undefined : value });
  return (
    <fieldset className={styles.filters} data-testid="dashboard-filters">
      <legend className={styles.legend}>{t.filtersHeading}</legend>
      <Field label={t.filterRound}>
        <Select
          value={values.round ?? ''}
          onChange={(_e, data) => set('round')(data.value)}
          name="round"
        >
          <option value="">{t.filterCurrentRound}</option>
          {dashboard.choices.rounds.map((round) => (
            <option key={round.id} value={round.id}>
              {round.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.filterOrganisation}>
        <Select
          value={values.organisation ?? ''}
          onChange={(_e, data) => set('organisation')(data.value)}
          name="organisation"
        >
          <option value="">{t.filterAll}</option>
          {dashboard.choices.organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.filterHeading}>
        <Select
          value={values.heading ?? ''}
          onChange={(_e, data) => set('heading')(data.value)}
          name="heading"
        >
          <option value="">{t.filterAll}</option>
          {dashboard.choices.headings.map((heading) => (
            <option key={heading.id} value={heading.id}>
              {language === 'en' ? heading.nameEn : heading.name}
            </option>
          ))}
        </Select>
      </Field>
    </fieldset>
  );
}
