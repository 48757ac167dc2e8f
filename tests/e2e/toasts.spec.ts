import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openApp, screenshot } from './helpers';
import { call } from './seed';

/**
 * Toasts: at most three, in a corner where they cover no field on any screen, each going by
 * itself (undo offers after 10 s), kept while the pointer is on it. Time is Playwright's clock.
 */
test.use({ seed: 'cli-demo' });

/** Form fields under any toast, as "tag label" strings (empty when the toasts cover none). */
async function fieldsUnderToasts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const toasts = [...document.querySelectorAll('[data-testid="toast"]')].map((el) => el.getBoundingClientRect());
    const controls = [...document.querySelectorAll<HTMLElement>('input, select, textarea, [contenteditable="true"]')];
    const covered: string[] = [];
    for (const control of controls) {
      if (control.closest('.toaster') || control.closest('[inert], [aria-hidden="true"]')) continue;
      const box = control.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const under = toasts.some((t) => box.left < t.right && box.right > t.left && box.top < t.bottom && box.bottom > t.top);
      if (under) covered.push(`${control.tagName} ${control.getAttribute('aria-label') ?? control.id}`.trim());
    }
    return covered;
  });
}

/**
 * With the clock paused, let the page's own timers run in small steps until `target` shows
 * (React reveals a lazily loaded screen on a timer). Each step is 50 ms of the page's time.
 */
async function stepClockUntilVisible(page: Page, target: Locator): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.clock.runFor(20);
        return target.isVisible();
      },
      { intervals: [50], timeout: 20_000 },
    )
    .toBe(true);
}

/**
 * Pause the page's clock a moment ahead of its present. The page's time runs on while the
 * request travels, so on a busy machine the moment read can already be past: then read again.
 */
async function pauseClockNow(page: Page): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + 250);
      return;
    } catch (error) {
      if (attempt === 5 || !String(error).includes('Cannot fast-forward to the past')) throw error;
    }
  }
}

test('at most three toasts, covering no field on any screen, each gone by itself unless hovered', async ({ page, app }) => {
  test.slow(); // four deletes and five screens on a shared 2-core machine
  const contacts = call(app.core, 'contacts:list', { query: '', limit: 4, offset: 0 }).contacts;
  const trip = call(app.core, 'trips:list', {}).find((t) => t.title.includes('Jinan'))!;
  await page.clock.install();
  await openApp(page, app);
  await page.getByRole('link', { name: 'Address book' }).click();

  // Four deletes, four undo offers: the oldest goes, three stay (its undo still on Ctrl+Z).
  for (const contact of contacts) {
    await page.getByTestId('contact-row').filter({ hasText: contact.name }).first().click();
    const panel = page.getByTestId('contact-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toContainText(contact.name);
    await panel.getByRole('button', { name: 'Delete contact' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Deleted ${contact.name}` })).toBeVisible();
  }
  // Time stands still from here: nothing expires while the screens are looked at.
  await pauseClockNow(page);
  const toasts = page.getByTestId('toast');
  await expect(toasts).toHaveCount(3);
  await expect(toasts.filter({ hasText: `Deleted ${contacts[0]!.name}` })).toHaveCount(0);

  await page.getByTestId('contact-row').first().click();
  await expect(page.getByTestId('contact-panel')).toBeVisible();
  await screenshot(page, 'toasts-address-book');
  expect(await fieldsUnderToasts(page)).toEqual([]);
  const screens = [
    ['overview', 'Overview'],
    ['meetings', 'Meetings'],
    ['documents', 'Documents'],
  ] as const;
  for (const [tab, heading] of screens) {
    await page.evaluate((hash) => (window.location.hash = hash), `#/trips/${trip.id}/${tab}`);
    await stepClockUntilVisible(page, page.getByRole('heading', { level: 1, name: heading }));
    expect(await fieldsUnderToasts(page), tab).toEqual([]);
  }
  await screenshot(page, 'toasts-documents');
  await page.evaluate(() => (window.location.hash = '#/'));
  await stepClockUntilVisible(page, page.getByRole('heading', { level: 1, name: 'Trips' }));
  expect(await fieldsUnderToasts(page), 'trips').toEqual([]);
  await expect(toasts).toHaveCount(3);

  // While the pointer is on the stack nothing goes (it opens up, older ones readable again);
  // away from it, each undo offer goes after its 10 s.
  const newest = toasts.filter({ hasText: `Deleted ${contacts[3]!.name}` });
  await newest.hover();
  await expect(toasts.filter({ hasText: `Deleted ${contacts[1]!.name}` }).getByRole('button', { name: 'Undo' })).toBeVisible();
  await screenshot(page, 'toasts-open');
  await page.clock.runFor(20_000);
  await expect(toasts).toHaveCount(3);
  await page.mouse.move(1000, 100);
  await page.clock.runFor(10_500);
  await expect(toasts).toHaveCount(0);
});
