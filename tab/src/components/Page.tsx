import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { usePageStyles } from './page-styles';

/** The frame of a view (width, padding, gaps), with the caller's extra class and test id. */
export function Page(props: { children: ReactNode; className?: string; testId?: string }) {
  const page = usePageStyles();
  return (
    <div className={mergeClasses(page.page, props.className)} data-testid={props.testId}>
      {props.children}
    </div>
  );
}
