/**
 * Moves focus to `root`'s first h1 as soon as there is one, so a screen reader announces the
 * new view after in-app navigation (WCAG 2.4.3 for single-page navigation). A lazily loaded
 * view or one still fetching renders (or shows) its heading later: this waits for it (at most
 * `timeoutMs`). The heading gets `tabindex="-1"`: focusable by script, not a Tab stop.
 * Returns a function that stops waiting (for effect clean-up).
 */
export function focusHeadingWhenReady(root: HTMLElement, timeoutMs = 10_000): () => void {
  const focus = (): boolean => {
    const heading = root.querySelector('h1');
    if (heading === null) return false;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
    // A heading React has committed but still hides (display: none while a lazy sibling
    // suspends) does not take the focus: keep waiting for it to be shown.
    return document.activeElement === heading;
  };
  if (focus()) return () => undefined;
  const observer = new MutationObserver(() => {
    if (focus()) stop();
  });
  const timer = window.setTimeout(stop, timeoutMs);
  function stop(): void {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['style', 'hidden'],
  });
  return stop;
}
