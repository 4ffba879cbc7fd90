import { useEffect, useRef } from 'react';

/**
 * A step's heading, focused when the step appears after the person's own action (not when the
 * page loads), so the keyboard and a screen reader continue where the new step starts.
 */
export function useStepFocus(focus: boolean) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return heading;
}
