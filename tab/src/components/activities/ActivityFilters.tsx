import { Button, Checkbox, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import {
  STATUS_KEYS,
  type ActivitiesQuery,
  type ActivitySearchResult,
} from '../../api/dashboard-client';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
import { useHost } from '../../teams/teams-context';
import { FilterSelects, useFilterGridStyles } from '../FilterSelect';
import { headingOptions, organisationOptions } from '../filter-options';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  search: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  searchField: { flexGrow: 1, minWidth: 'min(200px, 100%)' },
});

/** Search words (submitted with Enter or the button) and filters (applied on change). */
export function ActivityFilters({
  query,
  choices,
  onChange,
}: {
  query: ActivitiesQuery;
  choices: ActivitySearchResult['choices'] | null;
  onChange: (next: ActivitiesQuery) => void;
}) {
  const styles = useStyles();
  const grid = useFilterGridStyles();
  const t = useDashboardMessages();
  const { language } = useHost();
  const [text, setText] = useState(query.q ?? '');
  const set = (key: keyof ActivitiesQuery) => (value: string | undefined) =>
    onChange({ ...query, [key]: value === '' ? undefined : value });
  const organisations = organisationOptions(choices?.organisations ?? []);
  const goals = (choices?.goals ?? []).map((g) => ({
    value: String(g.number),
    label: `${t.goalShort(g.number)}: ${g.title}`,
  }));
  const headings = headingOptions(choices?.headings ?? [], language);
  const statuses = STATUS_KEYS.map((key) => ({ value: key, label: t.statusNames[key] }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    set('q')(text.trim());
  };
  return (
    <form className={styles.form} onSubmit={submit} role="search" data-testid="activity-filters">
      <div className={styles.search}>
        <Field label={t.searchLabel} hint={t.searchHint} className={styles.searchField}>
          <Input type="search" value={text} onChange={(_e, data) => setText(data.value)} name="q" />
        </Field>
        <Button type="submit" appearance="primary">
          {t.searchButton}
        </Button>
      </div>
      <div className={grid.grid}>
        <FilterSelects
          filters={[
            { name: 'organisation', label: t.filterOrganisation, options: organisations },
            { name: 'goal', label: t.filterGoal, options: goals },
            { name: 'heading', label: t.filterHeading, options: headings },
            { name: 'status', label: t.filterStatus, options: statuses },
          ]}
          values={query}
          allLabel={t.filterAll}
          onChange={(key, value) => set(key)(value)}
        />
      </div>
      <Checkbox
        checked={query.untagged === '1'}
        label={t.untaggedOnly}
        onChange={(_e, data) => set('untagged')(data.checked === true ? '1' : undefined)}
      />
      {query.own === '1' && (
        <Checkbox checked label={t.ownOnly} onChange={() => set('own')(undefined)} />
      )}
    </form>
  );
}
