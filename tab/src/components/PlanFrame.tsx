import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { chosenPlan, fetchPlans, isClosedPlan, onPlansChanged } from '../api/plans-client';
import { useApi } from '../api/use-api';
import { useMessages } from '../i18n/use-messages';
import { useNavigation } from '../navigation';
import { viewFromSearch } from '../routes';
import { Notice } from './Notice';

const useStyles = makeStyles({
  frame: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxWidth: '1100px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXL} 0`,
    '@media (max-width: 480px)': {
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    },
  },
  picker: { maxWidth: '480px', minWidth: 0, '& select': { textOverflow: 'ellipsis' } },
  // A long plan title stays within the meeting side panel (320 px).
  select: { width: '100%', maxWidth: '100%', minWidth: 0 },
});

/**
 * The page frame's plan: a picker where more than one plan exists (it sets `?plan=`, kept
 * across views like the host parameters, and every plan-aware view passes it to the API), and
 * a notice when the plan shown is ended or carried over: its follow-up is read as it was.
 */
export function PlanFrame() {
  const styles = useStyles();
  const t = useMessages();
  const { search, navigate } = useNavigation();
  const { state, retry } = useApi(fetchPlans);
  // A plan imported or made current in Import och export shows in the picker at once.
  useEffect(() => onPlansChanged(retry), [retry]);
  if (state.status !== 'ready') return null;
  const { plans, currentPlanId } = state.data;
  const shownId = chosenPlan(search) ?? currentPlanId;
  const shown = plans.find((p) => p.id === shownId);
  const closed = shown !== undefined && isClosedPlan(shown);
  if (plans.length < 2 && !closed) return null;
  return (
    <div className={styles.frame} data-testid="plan-frame">
      {plans.length > 1 && (
        <Field label={t.planPicker} className={styles.picker}>
          <Select
            className={styles.select}
            name="plan"
            data-testid="plan-picker"
            value={shownId ?? ''}
            onChange={(_event, data) => navigate(viewFromSearch(search), { plan: data.value })}
          >
            {plans.map((p) => (
              <option key={p.id} value={p.id}>
                {t.planOption(
                  p.title,
                  `${String(p.periodStart)}–${String(p.periodEnd)}`,
                  p.current,
                )}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {closed && (
        <Notice intent="info" testId="plan-closed">
          {t.planClosed}
        </Notice>
      )}
    </div>
  );
}
