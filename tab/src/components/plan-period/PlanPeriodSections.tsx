import { HeadedSection } from '../HeadedSection';
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
      <HeadedSection
        heading={t.roundHeading}
        className={sectionClass}
        headingClassName={headingClass}
      >
        <RoundForm plan={plan} onCreated={onRoundCreated} />
      </HeadedSection>
      <HeadedSection
        heading={t.nextPlanHeading}
        className={sectionClass}
        headingClassName={headingClass}
      >
        <NextPlanPanel from={plan} />
      </HeadedSection>
    </>
  );
}
