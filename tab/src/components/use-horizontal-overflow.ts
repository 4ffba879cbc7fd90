import { useEffect, useState, type RefObject } from 'react';

/**
 * True while the element's content is wider than the element itself, i.e. while it scrolls
 * horizontally. A scrolling region must be keyboard-focusable; one that fits must not be an
 * extra tab stop.
 */
export function useHorizontalOverflow(ref: RefObject<HTMLElement | null>): boolean {
  const [overflowing, setOverflowing] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const content = element.firstElementChild;
    if (content) observer.observe(content);
    return () => observer.disconnect();
  }, [ref]);

  return overflowing;
}
