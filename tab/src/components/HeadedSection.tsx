import { mergeClasses } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useSectionStyles } from './section-styles';

/**
 * A section named by its h2 (`aria-labelledby`): a column with the section look, or the
 * caller's `className` and `headingClassName`; `roomy` for the wider gap.
 */
export function HeadedSection({
  heading,
  children,
  testId,
  roomy = false,
  className,
  headingClassName,
}: {
  heading: ReactNode;
  children: ReactNode;
  testId?: string;
  roomy?: boolean;
  className?: string;
  headingClassName?: string;
}) {
  const styles = useSectionStyles();
  const id = useId();
  return (
    <section
      className={className ?? mergeClasses(styles.section, roomy && styles.roomy)}
      aria-labelledby={id}
      data-testid={testId}
    >
      <h2 className={headingClassName ?? styles.h2} id={id}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
