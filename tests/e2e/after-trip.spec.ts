import { collectPageErrors, expect, test, type TestApp } from './fixtures';
import { openApp, openRoute, screenshot } from './helpers';
import { call } from './seed';

/**
 * After the trip, on the Jinan demo: an item marked done from its card, its outcome written in
 * the item's sheet, the post-trip report's preview showing both; the welcome dinner auto-seated,
 * two people swapped by dragging, and the seating plan's preview showing them where they now sit.
 */
test.use({ seed: 'cli-demo' });

function jinan(app: TestApp) {
  const trip = call(app.core, 'trips:list', {}).find((t) => t.title.includes('Jinan'));
  if (!trip) throw new Error('the demo has no Jinan trip');
  const dinner = call(app.core, 'items:list', { tripId: trip.id }).find((i) => i.kind === 'meal' && i.title.startsWith('Välkomstmiddag'));
  if (!dinner) throw new Error('the demo has no welcome dinner');
  return { tripId: trip.id, dinner };
}

test('an item marked done with an outcome appears so in the post-trip report', async ({ page, app }) => {
  const errors = collectPageErrors(page);
  const { tripId, dinner } = jinan(app);
  await openApp(page, app);
  await openRoute(page, app, `/trips/${tripId}/programme`);

  await page.getByRole('button', { name: `More actions for “${dinner.title}”` }).click();
  await page.getByRole('menuitem', { name: 'Mark done' }).click();
  const card = page.locator(`[data-testid="programme-item"][data-item-id="${dinner.id}"]`);
  await expect(card).toHaveAttribute('data-state', 'done');
  await expect(card).toContainText('Done');

  await card.getByRole('button', { name: dinner.title, exact: true }).click();
  const sheet = page.getByRole('dialog', { name: 'Edit item' });
  await expect(sheet.getByRole('radio', { name: 'Done' })).toBeChecked();
  await sheet.getByLabel('Outcome').fill('Moved to the hotel restaurant; the mayor of Jinan joined.');
  await sheet.getByRole('button', { name: 'Done', exact: true }).click();
  await expect.poll(() => call(app.core, 'items:get', { id: dinner.id }).outcome).toBe('Moved to the hotel restaurant; the mayor of Jinan joined.');

  await openRoute(page, app, `/trips/${tripId}/documents`);
  await page.getByRole('radio', { name: /Post-trip report/ }).check();
  await page.getByLabel('Lessons learnt').fill('Book the interpreter earlier.');
  await page.getByLabel('Next steps').click();
  await expect.poll(() => call(app.core, 'trips:get', { id: tripId }).reportLessons).toBe('Book the interpreter earlier.');
  const preview = page.frameLocator('[data-testid="document-preview-frame"]');
  await expect(preview.locator('body')).toContainText('The programme as carried out');
  await expect(preview.locator('.report-programme tr.state-changed')).toContainText(dinner.title);
  await expect(preview.locator('.report-programme tr.state-changed')).toContainText('Moved to the hotel restaurant; the mayor of Jinan joined.');
  await expect(preview.locator('.report-programme tr.state-changed')).toContainText('Changed');
  await expect(preview.locator('body')).toContainText('Book the interpreter earlier.');
  await screenshot(page, 'documents-post-trip-report');
  // Playwright's probes into the sandboxed preview are refused, as they must be; nothing else may fail.
  expect(errors.filter((error) => !/^Blocked script execution in 'blob:/.test(error))).toEqual([]);
});

test('a dinner is auto-seated, two guests are swapped by dragging, and the seating preview shows them', async ({ page, app }) => {
  const errors = collectPageErrors(page);
  const { tripId, dinner } = jinan(app);
  await openApp(page, app);
  await openRoute(page, app, `/trips/${tripId}/programme`);
  await page.locator(`[data-testid="programme-item"][data-item-id="${dinner.id}"]`).getByRole('button', { name: dinner.title, exact: true }).click();
  const sheet = page.getByRole('dialog', { name: 'Edit item' });
  await sheet.getByRole('button', { name: 'Make a seating plan' }).click();
  const table = sheet.getByTestId('seating-table');
  await expect(table.locator('[data-seat="1"]')).toHaveAttribute('aria-label', /host/);

  const seatName = async (n: number) => (await table.locator(`[data-seat="${n}"] .seat-name`).textContent())!.trim();
  await table.locator('[data-seat="2"]').scrollIntoViewIfNeeded();
  const second = await seatName(2);
  const third = await seatName(3);
  expect(second).not.toBe(third);
  await table.locator('[data-seat="2"]').dragTo(table.locator('[data-seat="3"]'));
  await expect(table.locator('[data-seat="2"] .seat-name')).toHaveText(third);
  await expect(table.locator('[data-seat="3"] .seat-name')).toHaveText(second);
  await screenshot(page, 'programme-seating-panel');

  // The keyboard way: pick seat 3 (Enter), then seat 2 (Enter) swaps them back and forth.
  await table.locator('[data-seat="3"]').focus();
  await page.keyboard.press('Enter');
  await expect(sheet.getByRole('status').filter({ hasText: 'picked' })).toContainText(second);
  await table.locator('[data-seat="4"]').focus();
  await page.keyboard.press('Enter');
  await expect(table.locator('[data-seat="4"] .seat-name')).toHaveText(second);
  await sheet.getByRole('button', { name: 'Done', exact: true }).click();

  await openRoute(page, app, `/trips/${tripId}/documents`);
  await page.getByRole('radio', { name: /Seating plan/ }).check();
  const preview = page.frameLocator('[data-testid="document-preview-frame"]');
  const rows = preview.locator('.seating-list tbody tr');
  await expect(rows.nth(1)).toContainText(third);
  await expect(rows.nth(3)).toContainText(second);
  await screenshot(page, 'documents-seating-plan');
  // Playwright's probes into the sandboxed preview are refused, as they must be; nothing else may fail.
  expect(errors.filter((error) => !/^Blocked script execution in 'blob:/.test(error))).toEqual([]);
});
