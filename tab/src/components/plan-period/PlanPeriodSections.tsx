import { NextPlanPanel } from './NextPlanPanel';
import { RoundForm } from './RoundForm';
import { usePlanPeriodMessages } from '../../i18n/use-plan-period-messages';

/**
 * Samordning's part of "Import och export" for plan periods and rounds: "Ny uppföljningsomgång"
 * in the plan shown and "Ny planperiod" from it (decision 0031), styled as the view's sections.
 */
export function PlanPeriodSections({
  plan,
  onRoundCreated,
  sectionClass,
  headingClass,
}: {
  plan: string | undefined;
  onRoundCreated: () => void;
  sectionClass: string;
  headingClass: string;
}) {
  const t = usePlanPeriodMessages();
  return (
    <>
      <section className={sectionClass} aria-labelledby="round-form-heading">
        <h2 id="round-form-heading" className={headingClass}>
          {t.roundHeading}
        </h2>
        <RoundForm plan={plan} onCreated={onRoundCreated} />
      </section>
      <section className={sectionClass} aria-labelledby="next-plan-heading">
        <h2 id="next-plan-heading" className={headingClass}>
          {t.nextPlanHeading}
        </h2>
        <NextPlanPanel from={plan} />
      </section>
    </>
  );
}
