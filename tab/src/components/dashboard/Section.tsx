import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  heading: {
    ...typographyStyles.subtitle1,
    margin: 0,
    color: tokens.colorNeutralForeground1,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    minWidth: 0,
  },
});

/** A titled section of a view (h2), its content on a card. */
export function Section({
  title,
  children,
  testId,
  plain = false,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
  /** Without the card (for content that brings its own, such as key figures). */
  plain?: boolean;
}) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id} data-testid={testId}>
      <h2 id={id} className={styles.heading}>
        {title}
      </h2>
      {plain ? children : <div className={styles.card}>{children}</div>}
    </section>
  );
}
