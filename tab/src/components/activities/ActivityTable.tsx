import { Badge, Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ActivityListItem } from '../../api/dashboard-client';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
import { inApp, useNavigation } from '../../navigation';
import { viewHref } from '../../routes';
import { useHost } from '../../teams/teams-context';
import { DataText } from '../DataText';
import { DataTable } from '../dashboard/DataTable';
import { useTableStyles } from '../dashboard/table-styles';
import { StatusBadge } from './StatusBadge';
import { useStackStyles } from '../stack-styles';

const useStyles = makeStyles({
  title: { minWidth: '200px' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** The search result: title (a link to the detail), organisation, goal and status in words. */
export function ActivityTable({
  activities,
  caption,
}: {
  activities: readonly ActivityListItem[];
  caption: string;
}) {
  const table = useTableStyles();
  const styles = useStyles();
  const stack = useStackStyles();
  const t = useDashboardMessages();
  const { search, navigate } = useNavigation();
  const { layout } = useHost();
  const params = Object.fromEntries(new URLSearchParams(search).entries());
  const open = (id: string) =>
    inApp(() => navigate('aktiviteter', { ...params, view: undefined, activity: id }));
  const titleLink = (a: ActivityListItem) => (
    <>
      <Link
        href={viewHref('aktiviteter', search, { ...params, activity: a.id })}
        onClick={open(a.id)}
      >
        <DataText>{a.title}</DataText>
      </Link>
      {a.demo && (
        <>
          {' '}
          <Badge appearance="outline" size="small">
            {t.demoBadge}
          </Badge>
        </>
      )}
      {a.untagged && (
        <>
          {' '}
          <Badge appearance="outline" size="small" color="informative">
            {t.untaggedBadge}
          </Badge>
        </>
      )}
    </>
  );
  if (layout === 'sidePanel') {
    // The meeting side panel is too narrow for a table: one short entry per activity.
    return (
      <ul className={stack.m} data-testid="activity-table" aria-label={caption}>
        {activities.map((a) => (
          <li key={a.id} className={styles.item} data-activity={a.id}>
            <span>{titleLink(a)}</span>
            <span className={styles.meta}>
              <DataText>{a.organisationName}</DataText>
              {`, ${t.goalShort(a.goal)}`}
            </span>
            <StatusBadge status={a.status} />
          </li>
        ))}
      </ul>
    );
  }
  return (
    <DataTable
      testId="activity-table"
      caption={caption}
      columns={[
        { key: 'title', label: t.columnTitle },
        { key: 'organisation', label: t.columnOrganisation },
        { key: 'goal', label: t.columnGoal },
        { key: 'status', label: t.columnStatus },
      ]}
    >
      {activities.map((a) => (
        <tr key={a.id} data-activity={a.id}>
          <th scope="row" className={mergeClasses(table.rowHeader, styles.title)}>
            {titleLink(a)}
          </th>
          <td className={table.td}>
            <DataText>{a.organisationName}</DataText>
          </td>
          <td className={table.td}>{t.goalShort(a.goal)}</td>
          <td className={table.td}>
            <StatusBadge status={a.status} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
