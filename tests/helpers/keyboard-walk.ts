import type { Page } from 'playwright-core';

/** The part of the page's global scope the keyboard walk touches (no DOM lib in the root tsconfig). */
interface WalkElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
  scrollIntoView(options: unknown): void;
  checked?: boolean;
}
interface WalkWindow {
  document: {
    activeElement: WalkElement | null;
    body: WalkElement;
    querySelectorAll(selector: string): ArrayLike<WalkElement>;
  };
  scrollX: number;
  scrollY: number;
}

/** Every control a keyboard user must reach. */
const CONTROLS =
  'a[href], button:not([disabled]), select:not([disabled]), input:not([disabled]), textarea, [tabindex="0"]';

export interface KeyboardWalk {
  /** Each stop: tag, role and text, in order. */
  readonly stops: readonly string[];
  /** Visible controls the walk never reached. */
  readonly unreached: readonly string[];
  /** Stops whose look did not change when focused (no visible focus indicator). */
  readonly invisibleFocus: readonly string[];
}

async function focusedBox(page: Page) {
  return page.evaluate(() => {
    const scope = globalThis as unknown as WalkWindow;
    const active = scope.document.activeElement;
    if (active === null || active === scope.document.body) return null;
    active.setAttribute('data-keyboard-reached', 'true');
    active.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const r = active.getBoundingClientRect();
    const text = (active.getAttribute('aria-label') ?? active.textContent ?? '')
      .trim()
      .slice(0, 40);
    return {
      kind: `${active.tagName}|${active.getAttribute('role') ?? ''}|${active.getAttribute('class') ?? ''}`,
      label: `${active.tagName.toLowerCase()}${active.getAttribute('role') ? `[${active.getAttribute('role') ?? ''}]` : ''} "${text}"`,
      clip: {
        x: Math.max(0, r.x + scope.scrollX - 6),
        y: Math.max(0, r.y + scope.scrollY - 6),
        width: r.width + 12,
        height: r.height + 12,
      },
    };
  });
}

/**
 * Walks the page with Tab only, from the top, until focus leaves the page or `maxStops`.
 * At every stop it compares a screenshot of the focused control with one taken after
 * Shift+Tab moved focus away again: identical pictures mean the focus is not visible.
 */
export async function keyboardWalk(page: Page, maxStops = 200): Promise<KeyboardWalk> {
  const stops: string[] = [];
  const invisibleFocus: string[] = [];
  const kinds = new Set<string>();
  // Views fill in parts from several requests (Stöd's HR button waits for /me): walk the whole
  // page, not the part that happened to be ready first.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    const scope = globalThis as unknown as {
      document: { activeElement: { blur?: () => void } | null };
    };
    scope.document.activeElement?.blur?.();
  });
  for (let i = 0; i < maxStops; i += 1) {
    await page.keyboard.press('Tab');
    const box = await focusedBox(page);
    if (box === null) break;
    // One focus-visibility check per kind of control (same tag, role and classes) keeps it fast.
    if (!kinds.has(box.kind) && box.clip.width > 12 && box.clip.height > 12) {
      kinds.add(box.kind);
      const focused = await page.screenshot({ clip: box.clip, fullPage: true });
      await page.keyboard.press('Shift+Tab');
      const unfocused = await page.screenshot({ clip: box.clip, fullPage: true });
      await page.keyboard.press('Tab');
      if (focused.equals(unfocused)) invisibleFocus.push(box.label);
    }
    stops.push(box.label);
  }
  const unreached = await page.evaluate((selector) => {
    const scope = globalThis as unknown as WalkWindow;
    return Array.from(scope.document.querySelectorAll(selector))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        // In a radio group Tab stops on the checked radio; the arrows move between the others.
        const otherRadio = el.getAttribute('type') === 'radio' && el.checked !== true;
        return (
          r.width > 0 &&
          r.height > 0 &&
          !otherRadio &&
          el.getAttribute('data-keyboard-reached') === null
        );
      })
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}"`);
  }, CONTROLS);
  return { stops, unreached, invisibleFocus };
}
