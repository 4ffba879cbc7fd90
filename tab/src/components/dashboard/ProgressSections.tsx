import {
  Badge,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import type { Dashboard } from '../../api/dashboard-client';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
import { useFiguresMessages } from '../../i18n/use-figures-messages';
import { useHost } from '../../teams/teams-context';
import { DataText } from '../DataText';
import { DataTable } from './DataTable';
import { ScrollRegion } from './ScrollRegion';
import { useTableStyles } from './table-styles';
import { useStackStyles } from '../stack-styles';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { ...typographyStyles.body1Strong },
  detail: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2 },
  lead: { margin: 0, ...typographyStyles.body1, color: tokens.colorNeutralForeground2 },
  meeting: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
  },
  meetingHead: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  meetingOpen: { borderLeftColor: tokens.colorBrandStroke1, borderLeftWidth: '8px' },
  meetingPast: { borderLeftStyle: 'dotted' },
});

/** Who has not reported in the round; an organisation that never reported is said so in words. */
export function NotReportedList({ dashboard }: { dashboard: Dashboard }) {
  const styles = useStyles();
  const stack = useStackStyles();
  const t = useDashboardMessages();
  const f = useFiguresMessages();
  if (dashboard.round === null) return <p className={styles.lead}>{t.noRound}</p>;
  return (
    <>
      <p className={styles.lead}>
        {`${t.notReportedFor} `}
        <DataText>{dashboard.round.title}</DataText>.
      </p>
      {dashboard.notReported.length === 0 ? (
        <p className={styles.lead}>{t.allReported}</p>
      ) : (
        <ul className={stack.s} data-testid="not-reported">
          {dashboard.notReported.map((row) => (
            <li
              key={row.organisationId}
              className={styles.item}
              data-organisation={row.organisationId}
            >
              <span className={styles.name}>
                <DataText>{row.name}</DataText>
              </span>
              <span className={styles.detail} data-testid="not-reported-figures">
                {/* Own activities; the stadsövergripande ones apart (#18 item 1). */}
                {[
                  ...(row.total > 0 ? [f.notReportedOwn(row.unreported, row.total)] : []),
                  ...(row.cityWide.total > 0
                    ? [f.notReportedCityWide(row.cityWide.unreported, row.cityWide.total)]
                    : []),
                ].join('; ')}
                {row.neverReported && (
                  <>
                    {' '}
                    <Badge appearance="outline" color="danger" data-testid="never-reported">
                      {t.neverReported}
                    </Badge>
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Response rate per organisation across the year's rounds: a table of numbers. */
export function ResponseRatesTable({ dashboard }: { dashboard: Dashboard }) {
  const table = useTableStyles();
  const styles = useStyles();
  const t = useDashboardMessages();
  const f = useFiguresMessages();
  const { rounds, cityWide } = dashboard.responseRates;
  // Organisations with their own activities; the stadsövergripande ones in a row of their own.
  const rows =
    cityWide === null
      ? dashboard.responseRates.rows
      : [...dashboard.responseRates.rows, { ...cityWide, organisationId: '', name: f.cityWideRow }];
  if (rounds.length === 0) return <p className={styles.lead}>{t.responseNoRounds}</p>;
  return (
    <ScrollRegion label={t.responseCaption}>
      <DataTable
        testId="response-rates"
        caption={t.responseCaption}
        columns={[
          { key: 'organisation', label: t.columnOrganisation },
          ...rounds.map((round) => ({
            key: round.id,
            label: <DataText>{round.title}</DataText>,
            numeric: true,
          })),
          { key: 'total', label: t.columnTotal, numeric: true },
        ]}
      >
        {rows.map((row) => (
          <tr key={row.organisationId} data-organisation={row.organisationId}>
            <th scope="row" className={table.rowHeader}>
              <DataText>{row.name}</DataText>
            </th>
            {row.perRound.map((cell) => (
              <td key={cell.roundId} className={mergeClasses(table.td, table.numeric)}>
                {`${cell.reported}/${cell.total}`}
              </td>
            ))}
            <td className={mergeClasses(table.td, table.numeric, table.strong)}>
              {t.percent(row.rate)}
            </td>
          </tr>
        ))}
      </DataTable>
    </ScrollRegion>
  );
}

/** The year's meeting rhythm as an ordered list: dates, state in words and progress. */
export function MeetingTimeline({ dashboard }: { dashboard: Dashboard }) {
  const styles = useStyles();
  const stack = useStackStyles();
  const t = useDashboardMessages();
  const { locale } = useHost();
  const date = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    timeZone: 'Europe/Stockholm',
  });
  const { meetings } = dashboard.timeline;
  if (meetings.length === 0) return <p className={styles.lead}>{t.timelineEmpty}</p>;
  return (
    <ol className={stack.s} data-testid="timeline">
      {meetings.map((meeting) => (
        <li
          key={meeting.id}
          className={mergeClasses(
            styles.meeting,
            meeting.state === 'open' && styles.meetingOpen,
            meeting.state === 'past' && styles.meetingPast,
          )}
          data-state={meeting.state}
        >
          <span className={styles.meetingHead}>
            <span className={styles.name}>
              <DataText>{meeting.title}</DataText>
            </span>
            <Badge
              appearance={meeting.state === 'open' ? 'filled' : 'outline'}
              color={meeting.state === 'open' ? 'brand' : 'informative'}
            >
              {t.meetingStates[meeting.state]}
            </Badge>
          </span>
          <span className={styles.detail}>
            {t.meetingDates(
              date.format(new Date(meeting.opensAt)),
              date.format(new Date(meeting.closesAt)),
            )}
          </span>
          <span className={styles.detail}>
            {t.meetingProgress(meeting.reported, meeting.total)}
          </span>
        </li>
      ))}
    </ol>
  );
}
