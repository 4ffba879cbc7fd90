import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { Coverage, CoverageEntry } from '../../api/dashboard-client';
import type { DashboardMessages } from '../../i18n/dashboard-messages';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
import { useHost } from '../../teams/teams-context';
import { DataTable } from './DataTable';
import { ScrollRegion } from './ScrollRegion';
import { useTableStyles } from './table-styles';

const useStyles = makeStyles({
  gaps: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    paddingLeft: tokens.spacingHorizontalXXL,
    borderLeft: `4px solid ${tokens.colorPaletteMarigoldBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  gapsHeading: { ...typographyStyles.subtitle2, margin: 0 },
  // Tables wrap onto new lines rather than squeeze (large type on the meeting stage). Each sits
  // in its own scroll region that may shrink (min-width 0): a table wider than the window
  // scrolls inside it, and the page never scrolls sideways.
  tables: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    '& > div': { flex: '1 1 280px', minWidth: 0, maxWidth: '100%' },
    '& table': { width: '100%' },
  },
  gapRow: { fontWeight: tokens.fontWeightSemibold },
});

/** The three coverage tables: the gaps' dimension, the entries, the caption and the test id. */
const COVERAGE_TABLES = [
  {
    dimension: 'focusArea',
    entries: 'focusAreas',
    caption: 'coverageFocusAreas',
    testId: 'coverage-focus-areas',
  },
  {
    dimension: 'perspective',
    entries: 'perspectives',
    caption: 'coveragePerspectives',
    testId: 'coverage-perspectives',
  },
  {
    dimension: 'targetGroup',
    entries: 'targetGroups',
    caption: 'coverageTargetGroups',
    testId: 'coverage-target-groups',
  },
] as const;

function CoverageTable({
  caption,
  entries,
  t,
  testId,
  gapIds,
}: {
  caption: string;
  entries: readonly CoverageEntry[];
  t: DashboardMessages;
  testId: string;
  gapIds: ReadonlySet<string>;
}) {
  const table = useTableStyles();
  const styles = useStyles();
  const { language } = useHost();
  return (
    <DataTable
      testId={testId}
      caption={caption}
      strongCaption
      columns={[
        { key: 'name', label: caption },
        { key: 'activities', label: t.columnActivities, numeric: true },
        { key: 'organisations', label: t.columnOrganisations, numeric: true },
      ]}
    >
      {entries.map((entry) => (
        <tr key={entry.id} className={gapIds.has(entry.id) ? styles.gapRow : undefined}>
          <th scope="row" className={table.rowHeader}>
            {language === 'en' ? entry.nameEn : entry.name}
            {gapIds.has(entry.id) ? ` – ${t.gapsHeading.toLocaleLowerCase()}` : ''}
          </th>
          <td className={mergeClasses(table.td, table.numeric)}>{entry.activities}</td>
          <td className={mergeClasses(table.td, table.numeric)}>{entry.organisations}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Coverage of fokusområden, perspektiv and target groups, with the gaps said in words first. */
export function CoverageSection({ coverage, compact }: { coverage: Coverage; compact: boolean }) {
  const styles = useStyles();
  const t = useDashboardMessages();
  const { language } = useHost();
  const gapIdsOf = (dimension: string): ReadonlySet<string> =>
    new Set(coverage.gaps.filter((g) => g.dimension === dimension).map((g) => g.id));
  return (
    <>
      <div className={styles.gaps} data-testid="coverage-gaps">
        <h3 className={styles.gapsHeading}>{t.gapsHeading}</h3>
        <p data-testid="coverage-tagged">
          {t.taggedActivities(coverage.tagging.tagged, coverage.tagging.total)}
        </p>
        {coverage.uncertain.length > 0 && (
          <ul data-testid="coverage-uncertain" aria-label={t.uncertainHeading}>
            {coverage.uncertain.map((u) => (
              <li key={`uncertain-${u.dimension}`}>{language === 'en' ? u.textEn : u.text}</li>
            ))}
          </ul>
        )}
        {coverage.gaps.length === 0 ? (
          coverage.uncertain.length === 0 && <p>{t.noGaps}</p>
        ) : (
          <ul>
            {coverage.gaps.map((gap) => (
              <li key={`${gap.dimension}-${gap.id}`}>
                {language === 'en' ? gap.textEn : gap.text}
              </li>
            ))}
          </ul>
        )}
      </div>
      {!compact && (
        <div className={styles.tables}>
          {COVERAGE_TABLES.map(({ dimension, entries, caption, testId }) => (
            <ScrollRegion key={dimension} label={t[caption]}>
              <CoverageTable
                caption={t[caption]}
                entries={coverage[entries]}
                t={t}
                testId={testId}
                gapIds={gapIdsOf(dimension)}
              />
            </ScrollRegion>
          ))}
        </div>
      )}
    </>
  );
}
