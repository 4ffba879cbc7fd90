import type { ReactNode } from 'react';
import { usePageStyles } from './page-styles';

/** The top of a view: its h1, its lead text and whatever else belongs there (`children`). */
export function PageIntro({
  heading,
  lead,
  children,
}: {
  heading: ReactNode;
  lead?: string;
  children?: ReactNode;
}) {
  const page = usePageStyles();
  return (
    <div className={page.intro}>
      <h1 className={page.heading}>{heading}</h1>
      {lead !== undefined && <p className={page.lead}>{lead}</p>}
      {children}
    </div>
  );
}
