import type { Page } from 'playwright-core';
import type { RefusedEdit, RefusedEditsPort } from '../../bot/src/domain/ports/refused-edits.port';
import { describeBrowser } from '../helpers/browser';
import { keyboardWalk } from '../helpers/keyboard-walk';
import {
  expectAccessible,
  focusedElement,
  horizontalOverflow,
  useTabBrowser,
} from '../helpers/tab-page';

/*
 * An activity edit SharePoint refused (someone else changed the activity meanwhile) shows in
 * the activity's detail as a warning with what was changed, in the three Teams themes, axe-clean;
 * "Ta bort meddelandet" is reachable by keyboard and dismisses it (the port is injected).
 */

const DEV_ORG_ACTIVITY = 'demo-grundskola-1';

class OneRefusedEdit implements RefusedEditsPort {
  dismissed = false;
  async forActivity(activityId: string): Promise<RefusedEdit[]> {
    if (this.dismissed || activityId !== DEV_ORG_ACTIVITY) return [];
    return [
      {
        id: '12',
        activityId,
        savedAt: '2026-11-20T09:30:00.000Z',
        reason: 'changed-meanwhile',
        changes: [
          { field: 'title', value: 'Min nya titel' },
          { field: 'goal', value: 3 },
          { field: 'heading', value: 'i-samverkan' },
          { field: 'partners', value: ['Polisen', 'Region Skåne'] },
          { field: 'endDate', value: null },
        ],
      },
    ];
  }
  async dismiss(activityId: string, editId: string): Promise<boolean> {
    if (this.dismissed || activityId !== DEV_ORG_ACTIVITY || editId !== '12') return false;
    this.dismissed = true;
    return true;
  }
}

describeBrowser('tab (Aktiviteter) refused edits in Chromium', () => {
  const port = new OneRefusedEdit();
  const tab = useTabBrowser({}, { refusedEdits: port });
  let page: Page;
  afterAll(async () => page?.close());

  it('shows the refused edit in Swedish in every theme, axe-clean', async () => {
    page = await tab.open(
      `/tab/?view=aktiviteter&activity=${DEV_ORG_ACTIVITY}`,
      (p) => p.getByTestId('refused-edit'),
      { width: 1280, height: 900 },
    );
    const text = (await page.getByTestId('refused-edit').textContent()) ?? '';
    expect(text).toContain('Din ändring från 20 nov. 2026 10:30 kunde inte sparas i SharePoint');
    expect(text).toContain('eftersom aktiviteten ändrades samtidigt');
    for (const part of [
      'Aktivitet: Min nya titel',
      'Inriktningsmål: Mål 3',
      'Rubrik: I samverkan',
      'Samverkanspartner: Polisen, Region Skåne',
      'Slutdatum: (tomt)',
    ]) {
      expect(text).toContain(part);
    }
    await expectAccessible(page, 'tab-refused-edit');
    for (const theme of ['dark', 'contrast']) {
      await page.goto(
        `${tab.server.url}/tab/?view=aktiviteter&activity=${DEV_ORG_ACTIVITY}&theme=${theme}`,
      );
      await page.getByTestId('refused-edit').waitFor();
      await expectAccessible(page, `tab-refused-edit-${theme}`);
    }
    // In a meeting's side panel (320 px) it wraps instead of scrolling sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(
      `${tab.server.url}/tab/?view=aktiviteter&activity=${DEV_ORG_ACTIVITY}&layout=side-panel`,
    );
    await page.getByTestId('refused-edit').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'tab-refused-edit-side-panel');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('is reachable by keyboard with a visible focus on every control', async () => {
    await page.goto(`${tab.server.url}/tab/?view=aktiviteter&activity=${DEV_ORG_ACTIVITY}`);
    await page.getByTestId('refused-edit').waitFor();
    const walk = await keyboardWalk(page);
    expect(walk.stops.join('\n')).toContain('Ta bort meddelandet');
    expect(walk.unreached).toEqual([]);
    expect(walk.invisibleFocus).toEqual([]);
  });

  it('dismisses it from the keyboard; the focus goes to the heading', async () => {
    await page.goto(`${tab.server.url}/tab/?view=aktiviteter&activity=${DEV_ORG_ACTIVITY}`);
    await page.getByTestId('refused-edit').waitFor();
    let focused = await focusedElement(page);
    for (let i = 0; i < 40 && focused?.text !== 'Ta bort meddelandet'; i += 1) {
      await page.keyboard.press('Tab');
      focused = await focusedElement(page);
    }
    expect(focused).toMatchObject({ tag: 'button', text: 'Ta bort meddelandet' });
    await page.keyboard.press('Enter');
    await page.getByTestId('refused-edit').waitFor({ state: 'detached' });
    expect(port.dismissed).toBe(true);
    expect((await focusedElement(page))?.tag).toBe('h1');
    await expectAccessible(page);
  });
});
