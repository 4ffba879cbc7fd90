import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import {
  STATUS_KEYS,
  type ActivitiesQuery,
  type ActivitySearchResult,
} from '../../api/dashboard-client';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
import { useHost } from '../../teams/teams-context';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  search: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  searchField: { flexGrow: 1, minWidth: 'min(200px, 100%)' },
  selects: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(180px, 100%), 1fr))',
    // A native select is as wide as its longest option unless its grid cell may shrink.
    '& > *': { minWidth: 0 },
    '& .fui-Field': { gridTemplateColumns: 'minmax(0, 1fr)' },
    '& .fui-Select, & select': { minWidth: 0, maxWidth: '100%', textOverflow: 'ellipsis' },
    gap: tokens.spacingHorizontalL,
  },
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
  const t = useDashboardMessages();
  const { language } = useHost();
  const [text, setText] = useState(query.q ?? '');
  const set = (key: keyof ActivitiesQuery) => (value: string) =>
    onChange({ ...query, [key]: value === '' ? undefined : value });
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
      <div className={styles.selects}>
        <Field label={t.filterOrganisation}>
          <Select
            value={query.organisation ?? ''}
            onChange={(_e, d) => set('organisation')(d.value)}
            name="organisation"
          >
            <option value="">{t.filterAll}</option>
            {choices?.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.filterGoal}>
          <Select value={query.goal ?? ''} onChange={(_e, d) => set('goal')(d.value)} name="goal">
            <option value="">{t.filterAll}</option>
            {choices?.goals.map((g) => (
              <option key={g.number} value={String(g.number)}>
                {`${t.goalShort(g.number)}: ${g.title}`}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.filterHeading}>
          <Select
            value={query.heading ?? ''}
            onChange={(_e, d) => set('heading')(d.value)}
            name="heading"
          >
            <option value="">{t.filterAll}</option>
            {choices?.headings.map((h) => (
              <option key={h.id} value={h.id}>
                {language === 'en' ? h.nameEn : h.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.filterStatus}>
          <Select
            value={query.status ?? ''}
            onChange={(_e, d) => set('status')(d.value)}
            name="status"
          >
            <option value="">{t.filterAll}</option>
            {STATUS_KEYS.map((key) => (
              <option key={key} value={key}>
                {t.statusNames[key]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {query.own === '1' && <Checkbox checked label={t.ownOnly} onChange={() => set('own')('')} />}
    </form>
  );
}
