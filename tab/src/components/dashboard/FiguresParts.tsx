import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { Dashboard } from '../../api/dashboard-client';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
import { useFiguresMessages } from '../../i18n/use-figures-messages';
import { DataText } from '../DataText';
import { DataTable } from './DataTable';
import { ScrollRegion } from './ScrollRegion';
import { useTableStyles } from './table-styles';

const useStyles = makeStyles({
  definition: { margin: 0, ...typographyStyles.body1, color: tokens.colorNeutralForeground2 },
});

/** What a per-organisation figure counts, in words (#18 item 1). */
export function FiguresDefinition() {
  const styles = useStyles();
  const f = useFiguresMessages();
  return (
    <p className={styles.definition} data-testid="figures-definition">
      {f.definition}
    </p>
  );
}

/**
 * "Taggning per förvaltning" (#19 item 4): the share of each organisation's own activities that
 * carry a tag, the stadsövergripande ones in a row of their own. Numbers in a table.
 */
export function TaggingPerOrganisationTable({ dashboard }: { dashboard: Dashboard }) {
  const table = useTableStyles();
  const t = useDashboardMessages();
  const f = useFiguresMessages();
  return (
    <ScrollRegion label={f.taggingHeading}>
      <DataTable
        testId="tagging-per-organisation"
        caption={f.taggingCaption}
        columns={[
          { key: 'organisation', label: t.columnOrganisation },
          { key: 'tagged', label: f.columnTagged, numeric: true },
          { key: 'share', label: f.columnShare, numeric: true },
        ]}
      >
        {dashboard.taggingPerOrganisation.map((row) => (
          <tr key={row.organisationId ?? 'city-wide'}>
            <th scope="row" className={table.rowHeader}>
              {row.organisationId === null ? f.cityWideRow : <DataText>{row.name}</DataText>}
            </th>
            <td className={mergeClasses(table.td, table.numeric)}>
              {t.figReportedValue(row.tagged, row.total)}
            </td>
            <td className={mergeClasses(table.td, table.numeric, table.strong)}>
              {t.percent(row.share)}
            </td>
          </tr>
        ))}
      </DataTable>
    </ScrollRegion>
  );
}
