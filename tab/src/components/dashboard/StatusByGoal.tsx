import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import type { GoalStatus } from '../../api/dashboard-client';
import { useDashboardMessages } from '../../i18n/use-dashboard-messages';
import { useHost } from '../../teams/teams-context';
import { DataText } from '../DataText';
import { mixText, StatusBar, StatusLegend } from './StatusBar';
import { useStackStyles } from '../stack-styles';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  title: { ...typographyStyles.body1Strong, color: tokens.colorNeutralForeground1 },
  counts: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
});

/**
 * Status per inriktningsmål as stacked bars, each with its numbers in words underneath (the
 * text alternative is the visible text itself), then the follow-up's counting sentence of the
 * organisations with activities of their own (the same sentence as the report draft's).
 */
export function StatusByGoal({ goals }: { goals: readonly GoalStatus[] }) {
  const styles = useStyles();
  const stack = useStackStyles();
  const t = useDashboardMessages();
  const { language } = useHost();
  return (
    <>
      <p className={styles.counts}>{t.statusByGoalCaption}</p>
      <ol className={stack.l} data-testid="status-by-goal">
        {goals.map((goal) => (
          <li key={goal.goal} className={styles.item} data-goal={goal.goal}>
            <span className={styles.title}>
              {`${t.goalShort(goal.goal)}: `}
              <DataText>{goal.title}</DataText>
            </span>
            <StatusBar mix={goal.mix} tall />
            <p className={styles.counts}>
              {`${t.resultCount(goal.total)}${goal.total > 0 ? `: ${mixText(goal.mix, t.statusNames)}` : ''}`}
            </p>
            {/* Who has activities of their own under the goal, as the report draft counts them. */}
            <p className={styles.counts} data-testid="goal-counting">
              {language === 'en' ? goal.counting.textEn : goal.counting.text}
            </p>
          </li>
        ))}
      </ol>
      <StatusLegend />
    </>
  );
}
