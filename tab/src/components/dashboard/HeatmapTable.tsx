import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

import type { Dashboard, HeatmapRow } from '../../api/dashboard-client';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
import { inApp, useNavigation } from '../../navigation';
import { viewHref, type ViewParams } from '../../routes';
import { DataText } from '../DataText';
import { useVisuallyHiddenStyles } from '../visually-hidden';
import { DataTable } from './DataTable';
import { ScrollRegion } from './ScrollRegion';
import { mixText, StatusBar } from './StatusBar';
import { useTableStyles } from './table-styles';

const useStyles = makeStyles({
  cell: { minWidth: '56px', textAlign: 'center' },
  cellContent: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: '4px',
  },
  count: {
    alignSelf: 'center',
    fontVariantNumeric: 'tabular-nums',
    fontWeight: tokens.fontWeightSemibold,
  },
  zero: { color: tokens.colorNeutralForeground2 },
  cityWide: { fontStyle: 'italic' },
});

/** The filter of the Aktiviteter view that lists exactly one heatmap cell's activities. */
function cellParams(row: HeatmapRow, goal: number): ViewParams {
  return row.kind === 'city-wide'
    ? { heading: row.heading ?? undefined, goal }
    : { organisation: row.organisationId ?? undefined, goal, own: '1' };
}

/**
 * Organisation × inriktningsmål: the count of activities per cell (a link to them), with the
 * status mix as a patterned bar and, for assistive technology, in words.
 */
export function HeatmapTable({ dashboard, label }: { dashboard: Dashboard; label: string }) {
  const styles = useStyles();
  const table = useTableStyles();
  const hidden = useVisuallyHiddenStyles();
  const t = useDashboardMessages();
  const { navigate } = useNavigation();

  const open = (params: ViewParams) => inApp(() => navigate('aktiviteter', params));

  return (
    <ScrollRegion label={label}>
      <DataTable
        testId="heatmap"
        caption={t.heatmapCaption}
        columns={[
          { key: 'organisation', label: t.columnOrganisation },
          ...dashboard.goals.map((goal) => ({
            key: String(goal.number),
            label: <abbr title={goal.title}>{t.goalShort(goal.number)}</abbr>,
            className: styles.cell,
          })),
          { key: 'total', label: t.columnTotal, numeric: true },
        ]}
      >
        {dashboard.heatmap.map((row) => {
          const name = row.kind === 'city-wide' ? t.heatmapCityWide : row.name;
          return (
            <tr
              key={row.organisationId ?? 'city-wide'}
              data-row={row.organisationId ?? 'city-wide'}
            >
              <th
                scope="row"
                className={mergeClasses(
                  table.rowHeader,
                  row.kind === 'city-wide' && styles.cityWide,
                )}
              >
                <DataText>{name}</DataText>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.goal} className={mergeClasses(table.td, styles.cell)}>
                  {cell.activities === 0 ? (
                    <>
                      <span className={styles.zero} aria-hidden="true">
                        0
                      </span>
                      <span className={hidden.root}>{t.heatmapEmpty(name, cell.goal)}</span>
                    </>
                  ) : (
                    <span className={styles.cellContent}>
                      <Link
                        href={viewHref(
                          'aktiviteter',
                          window.location.search,
                          cellParams(row, cell.goal),
                        )}
                        onClick={open(cellParams(row, cell.goal))}
                        aria-label={t.heatmapCell(
                          name,
                          cell.goal,
                          cell.activities,
                          mixText(cell.mix, t.statusNames),
                        )}
                        className={styles.count}
                      >
                        {cell.activities}
                      </Link>
                      <StatusBar mix={cell.mix} />
                    </span>
                  )}
                </td>
              ))}
              <td className={mergeClasses(table.td, table.numeric, table.strong)}>{row.total}</td>
            </tr>
          );
        })}
      </DataTable>
    </ScrollRegion>
  );
}
