import { Button, Link } from '@fluentui/react-components';
import { useId, useState } from 'react';
import {
  makePlanCurrent,
  type CarryDone,
  type CarrySuggestion,
  type PlanSummary,
  planPeriod as period,
} from '../../api/plan-period-client';
import { usePlanPeriodMessages } from '../../i18n/use-plan-period-messages';
import { inApp, useNavigation } from '../../navigation';
import { viewHref } from '../../routes';
import { announcePlansChanged } from '../../api/plans-client';
import { CarryStep } from './CarryStep';
import { failureNotice, LiveNotice, type NoticeText } from './LiveNotice';
import { PlanFileStep } from './PlanFileStep';
import { usePlanPeriodStyles } from './plan-period-styles';
import { useStepFocus } from './use-step-focus';

type Step =
  | { readonly kind: 'file'; readonly again: boolean }
  | { readonly kind: 'carry'; readonly to: PlanSummary; readonly notice: NoticeText }
  | { readonly kind: 'done'; readonly done: CarryDone; readonly suggestion: CarrySuggestion };

/**
 * "Ny planperiod" (Samordning): the plan file → check → import → the goal mapping and the
 * activities that go on → carry → optionally make the new plan current (decision 0031). The
 * old plan is the one shown (`from`, none: the current plan); it is never changed.
 */
export function NextPlanPanel({ from }: { from: string | undefined }) {
  const styles = usePlanPeriodStyles();
  const t = usePlanPeriodMessages();
  const [step, setStep] = useState<Step>({ kind: 'file', again: false });
  return (
    <div className={styles.panel}>
      <p className={styles.text}>{t.nextPlanLead}</p>
      {step.kind === 'file' && (
        <PlanFileStep
          focus={step.again}
          onImported={(plan, unchanged) => {
            announcePlansChanged();
            setStep({
              kind: 'carry',
              to: plan,
              notice: {
                intent: 'success',
                text: (unchanged ? t.importedUnchanged : t.imported)(plan.title, period(plan)),
              },
            });
          }}
        />
      )}
      {step.kind === 'carry' && (
        <>
          <LiveNotice notice={step.notice} testId="plan-imported" />
          <CarryStep
            from={from}
            to={step.to}
            onCarried={(done, suggestion) => setStep({ kind: 'done', done, suggestion })}
          />
        </>
      )}
      {step.kind === 'done' && (
        <DoneStep
          done={step.done}
          suggestion={step.suggestion}
          onStartOver={() => setStep({ kind: 'file', again: true })}
        />
      )}
    </div>
  );
}

/** Step 4: what was carried, making the new plan current, and a way to the new plan. */
function DoneStep({
  done,
  suggestion,
  onStartOver,
}: {
  done: CarryDone;
  suggestion: CarrySuggestion;
  onStartOver: () => void;
}) {
  const styles = usePlanPeriodStyles();
  const t = usePlanPeriodMessages();
  const id = useId();
  const heading = useStepFocus(true);
  const { search, navigate } = useNavigation();
  const [busy, setBusy] = useState(false);
  const [current, setCurrent] = useState(false);
  const [notice, setNotice] = useState<NoticeText>({
    intent: 'success',
    text: t.carried(done.created.length, done.existing, suggestion.from.title),
  });
  const newPlan = { plan: suggestion.to.id };

  const makeCurrent = async () => {
    setBusy(true);
    const result = await makePlanCurrent(suggestion.to.id, t.english);
    setBusy(false);
    if (result.kind !== 'ok') {
      setNotice(failureNotice(result, t.failed));
      return;
    }
    setCurrent(true);
    announcePlansChanged();
    setNotice({
      intent: 'success',
      text: t.madeCurrent(suggestion.to.title, period(suggestion.to)),
    });
  };

  return (
    <section className={styles.panel} aria-labelledby={`${id}-done`} data-testid="carry-done">
      <h3 id={`${id}-done`} className={styles.step} ref={heading} tabIndex={-1}>
        {t.stepDone}
      </h3>
      <LiveNotice notice={notice} testId="carry-result" />
      <div className={styles.buttons}>
        {!current && (
          <Button
            className={styles.button}
            appearance="primary"
            onClick={() => void makeCurrent()}
            disabled={busy}
          >
            {busy ? t.makingCurrent : t.makeCurrent}
          </Button>
        )}
        <Button className={styles.button} onClick={onStartOver} disabled={busy}>
          {t.startOver}
        </Button>
      </div>
      <Link
        href={viewHref('aktiviteter', search, newPlan)}
        onClick={inApp(() => navigate('aktiviteter', newPlan))}
        data-testid="open-new-plan"
      >
        {t.openNewPlan}
      </Link>
    </section>
  );
}
