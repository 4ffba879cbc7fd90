import { Button } from '@fluentui/react-components';
import type { ComponentProps } from 'react';

/**
 * The button that opens and closes a form or region: primary while closed, `aria-expanded`,
 * and `aria-controls` naming the region (`controls`) while it is open.
 */
export function DisclosureButton({
  open,
  onToggle,
  labels: [openLabel, closeLabel],
  controls,
  describedBy,
  testId,
}: {
  open: boolean;
  /** Called with the state the button asks for (closed when open, open when closed). */
  onToggle: (open: boolean) => void;
  /** What the button says while closed, and while open. */
  labels: readonly [string, string];
  controls?: string;
  /** The element that says what the button is about when its words alone do not (a list). */
  describedBy?: string;
  testId?: string;
}) {
  const props: ComponentProps<typeof Button> = {
    appearance: open ? 'secondary' : 'primary',
    'aria-expanded': open,
    ...(open && controls !== undefined ? { 'aria-controls': controls } : {}),
    ...(describedBy === undefined ? {} : { 'aria-describedby': describedBy }),
    ...(testId === undefined ? {} : { 'data-testid': testId }),
  };
  return (
    <Button {...props} onClick={() => onToggle(!open)}>
      {open ? closeLabel : openLabel}
    </Button>
  );
}
