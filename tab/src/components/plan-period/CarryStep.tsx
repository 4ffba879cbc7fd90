import { Button, Checkbox, Field, Input, Select, Spinner } from '@fluentui/react-components';
import { useCallback, useId, useMemo, useState } from 'react';
import {
  confirmCarry,
  fetchCarrySuggestion,
  type CarryDone,
  type CarrySuggestion,
  type PlanSummary,
} from '../../api/plan-period-client';
import { useApi } from '../../api/use-api';
import { usePlanPeriodMessages } from '../../i18n/use-plan-period-messages';
import { failureNotice, LiveNotice, type NoticeText } from './LiveNotice';
import { usePlanPeriodStyles } from './plan-period-styles';
import { useStepFocus } from './use-step-focus';

/**
 * Steps 2 and 3: each old goal with the new goal suggested where the texts match (preselected,
 * editable), then the activities that go on; "För över" carries them (the server refuses a chosen
 * activity whose goal has no new goal, and stores nothing then).
 */
export function CarryStep({
  from,
  to,
  onCarried,
}: {
  from: string | undefined;
  to: PlanSummary;
  onCarried: (done: CarryDone, suggestion: CarrySuggestion) => void;
}) {
  const t = usePlanPeriodMessages();
  const request = useCallback(
    (signal: AbortSignal) => fetchCarrySuggestion(from, to.id, signal),
    [from, to.id],
  );
  const { state, retry } = useApi(request);
  if (state.status === 'loading') return <Spinner label={t.checking} labelPosition="below" />;
  if (state.status === 'error')
    return (
      <>
        <LiveNotice notice={{ intent: 'error', text: t.suggestionFailed }} testId="carry-failed" />
        <Button onClick={retry}>{t.retry}</Button>
      </>
    );
  return <CarryForm suggestion={state.data} onCarried={onCarried} />;
}

function CarryForm({
  suggestion,
  onCarried,
}: {
  suggestion: CarrySuggestion;
  onCarried: (done: CarryDone, suggestion: CarrySuggestion) => void;
}) {
  const styles = usePlanPeriodStyles();
  const t = usePlanPeriodMessages();
  const id = useId();
  const heading = useStepFocus(true);
  const [goals, setGoals] = useState<ReadonlyMap<number, number | null>>(
    () => new Map(suggestion.goals.map((g) => [g.from, g.to])),
  );
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set());
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeText | null>(null);

  const shown = useMemo(() => {
    const q = filter.trim().toLocaleLowerCase('sv');
    return q === ''
      ? suggestion.activities
      : suggestion.activities.filter((a) =>
          `${a.title} ${a.organisationName}`.toLocaleLowerCase('sv').includes(q),
        );
  }, [filter, suggestion.activities]);

  const toggle = (activityId: string, on: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (on) next.add(activityId);
      else next.delete(activityId);
      return next;
    });

  const carry = () => void carryChosen();
  const carryChosen = async () => {
    setBusy(true);
    setNotice(null);
    const result = await confirmCarry(
      {
        from: suggestion.from.id,
        to: suggestion.to.id,
        goals: [...goals].flatMap(([oldGoal, newGoal]) =>
          newGoal === null ? [] : [{ from: oldGoal, to: newGoal }],
        ),
        activityIds: [...chosen],
      },
      t.english,
    );
    setBusy(false);
    if (result.kind !== 'ok') {
      setNotice(failureNotice(result, t.failed));
      return;
    }
    onCarried(result.data, suggestion);
  };

  const oldTitle = (n: number) => suggestion.from.goals.find((g) => g.number === n)?.title ?? '';
  return (
    <div className={styles.panel}>
      <section className={styles.panel} aria-labelledby={`${id}-goals`} data-testid="carry-goals">
        <h3 id={`${id}-goals`} className={styles.step} ref={heading} tabIndex={-1}>
          {t.stepGoals}
        </h3>
        <p className={styles.text}>{t.goalsLead}</p>
        {suggestion.goals.map((g) => {
          const value = goals.get(g.from) ?? null;
          return (
            <Field
              key={g.from}
              className={styles.field}
              label={t.oldGoal(g.from, oldTitle(g.from))}
              hint={g.match === null ? t.match.none : t.match[g.match]}
            >
              <Select
                className={styles.select}
                value={value === null ? '' : String(value)}
                data-testid={`carry-goal-${String(g.from)}`}
                onChange={(_event, data) =>
                  setGoals((previous) =>
                    new Map(previous).set(g.from, data.value === '' ? null : Number(data.value)),
                  )
                }
              >
                <option value="">{t.newGoalNone}</option>
                {suggestion.to.goals.map((n) => (
                  <option key={n.number} value={String(n.number)}>
                    {t.newGoal(n.number, n.title)}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </section>
      <section
        className={styles.panel}
        aria-labelledby={`${id}-activities`}
        data-testid="carry-activities"
      >
        <h3 id={`${id}-activities`} className={styles.step}>
          {t.stepActivities}
        </h3>
        <p className={styles.text}>{t.activitiesLead(suggestion.activities.length)}</p>
        <Field label={t.activityFilter} className={styles.field}>
          <Input value={filter} onChange={(_event, data) => setFilter(data.value)} type="search" />
        </Field>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{t.chosenCount(chosen.size)}</legend>
          <ul className={styles.checks}>
            {shown.map((a) => (
              <li key={a.id}>
                <Checkbox
                  checked={chosen.has(a.id)}
                  onChange={(_event, data) => toggle(a.id, data.checked === true)}
                  label={
                    t.activityLabel(a.title, a.organisationName, a.goal) +
                    (a.carried ? ` – ${t.alreadyCarried}` : '')
                  }
                />
              </li>
            ))}
          </ul>
        </fieldset>
        <div className={styles.buttons}>
          <Button className={styles.button} appearance="primary" onClick={carry} disabled={busy}>
            {busy ? t.carrying : t.carry}
          </Button>
          <Button className={styles.button} onClick={() => setChosen(new Set())} disabled={busy}>
            {t.chooseNone}
          </Button>
        </div>
        <LiveNotice notice={notice} testId="carry-notice" />
      </section>
    </div>
  );
}
