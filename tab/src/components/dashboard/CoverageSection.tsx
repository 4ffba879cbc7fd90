import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { Coverage, CoverageEntry } from '../../api/dashboard-client';
import type { DashboardMessages } from '../../i18n/dashboard-messages';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
import { useHost } from '../../teams/teams-context';
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
  // Tables wrap onto new lines rather than squeeze (large type on the meeting stage).
  tables: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    '& > table': { flex: '1 1 280px', width: 'auto' },
  },
  gapRow: { fontWeight: tokens.fontWeightSemibold },
});

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
    <table className={table.table} data-testid={testId}>
      <caption className={mergeClasses(table.caption, table.strong)}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={table.th}>
            {caption}
          </th>
          <th scope="col" className={mergeClasses(table.th, table.numeric)}>
            {t.columnActivities}
          </th>
          <th scope="col" className={mergeClasses(table.th, table.numeric)}>
            {t.columnOrganisations}
          </th>
        </tr>
      </thead>
      <tbody>
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
      </tbody>
    </table>
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
          <CoverageTable
            caption={t.coverageFocusAreas}
            entries={coverage.focusAreas}
            t={t}
            testId="coverage-focus-areas"
            gapIds={gapIdsOf('focusArea')}
          />
          <CoverageTable
            caption={t.coveragePerspectives}
            entries={coverage.perspectives}
            t={t}
            testId="coverage-perspectives"
            gapIds={gapIdsOf('perspective')}
          />
          <CoverageTable
            caption={t.coverageTargetGroups}
            entries={coverage.targetGroups}
            t={t}
            testId="coverage-target-groups"
            gapIds={gapIdsOf('targetGroup')}
          />
        </div>
      )}
    </>
  );
}
