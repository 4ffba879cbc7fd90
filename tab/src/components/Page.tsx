import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { usePageStyles } from './page-styles';

/** The frame of a view (width, padding, gaps), with the caller's extra class and test id. */
export function Page({
  children,
  className,
  testId,
}: {
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const page = usePageStyles();
  return (
    <div className={mergeClasses(page.page, className)} data-testid={testId}>
      {children}
    </div>
  );
}
