import { useRef, type ReactNode } from 'react';
import { useHorizontalOverflow } from '../use-horizontal-overflow';
import { useTableStyles } from './table-styles';

/**
 * A labelled region around a wide table that scrolls sideways when it must; only then is it a
 * keyboard stop (a scrolling region must be focusable, one that fits must not be an extra stop).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const table = useTableStyles();
  const ref = useRef<HTMLDivElement>(null);
  const scrolls = useHorizontalOverflow(ref);
  return (
    <div
      ref={ref}
      className={table.region}
      role="region"
      aria-label={label}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  );
}
