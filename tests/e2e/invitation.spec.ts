import { readFile } from 'node:fs/promises';
import { readPdf } from '../documents/pdf-reader';
import { collectPageErrors, expect, test, type TestApp } from './fixtures';
import { openApp, openRoute, screenshot } from './helpers';
import { call } from './seed';

/**
 * The Schengen invitation letter of the Wuxi demo: who pays what is entered on the trip, and the
 * letter is exported from Documents only after the user confirms they want personal data.
 */
test.use({ seed: 'cli-demo' });

function wuxiTripId(app: TestApp): string {
  const trip = call(app.core, 'trips:list', {}).find((t) => t.title.includes('Wuxi'));
  if (!trip) throw new Error('the demo has no Wuxi trip');
  return trip.id;
}

test('who pays what is set on the incoming trip and the invitation letter is exported behind a personal-data confirmation', async ({ page, app }) => {
  const errors = collectPageErrors(page);
  const tripId = wuxiTripId(app);
  const head = call(app.core, 'members:list', { tripId }).find((m) => m.name === 'Vice Mayor of Wuxi')!;
  call(app.core, 'members:update', { id: head.id, patch: { passportNumber: 'E99887766', passportExpiry: '2022-01-31' } });
  await openApp(page, app);
  await openRoute(page, app, `/trips/${tripId}`);

  await page.getByRole('button', { name: 'Edit trip details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Trip details' });
  const costs = dialog.getByLabel('Who pays what');
  await costs.fill('Travel to Sweden: paid by the visitors\nHotel and all meals: paid by Södertälje kommun');
  await expect(dialog.getByTestId('save-status')).toHaveText('Saved');
  await costs.scrollIntoViewIfNeeded();
  await screenshot(page, 'trip-edit-who-pays-what');
  expect(call(app.core, 'trips:get', { id: tripId }).costCoverage).toBe('Travel to Sweden: paid by the visitors\nHotel and all meals: paid by Södertälje kommun');
  await dialog.getByRole('button', { name: 'Done' }).click();

  await openRoute(page, app, `/trips/${tripId}/documents`);
  await page.getByRole('radio', { name: /Invitation letter/ }).check();
  await expect(page.getByRole('note')).toContainText('Contains personal data');
  const exportButton = page.getByRole('button', { name: 'Export PDF' });
  await expect(exportButton).toBeDisabled();
  await expect(page.getByText('Confirm that you want a document with personal data')).toBeVisible();

  await page.getByLabel('I want a document with personal data (passport numbers)').check();
  await page.getByLabel('Invitation for').selectOption({ label: 'Vice Mayor of Wuxi' });
  const preview = page.frameLocator('[data-testid="document-preview-frame"]');
  await expect(preview.locator('body')).toContainText('E99887766');
  await screenshot(page, 'documents-invitation-letter');

  const downloading = page.waitForEvent('download');
  await exportButton.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Invitation letter - Vice Mayor of Wuxi.pdf');
  const text = (await readPdf(await readFile(await download.path()))).pages.join('\n');
  expect(text).toContain('E99887766');
  expect(text).toContain('31 January 2022');
  expect(text).toContain('Hotel and all meals: paid by Södertälje kommun');
  expect(text).toMatch(/contains personal data/i);
  expect(text).toContain('Municipal strategist');

  // Leaving the letter takes the confirmation back.
  await page.getByRole('radio', { name: /Delegation programme/ }).check();
  await page.getByRole('radio', { name: /Invitation letter/ }).check();
  await expect(page.getByLabel('I want a document with personal data (passport numbers)')).not.toBeChecked();
  await expect(exportButton).toBeDisabled();
  // The preview frame is sandboxed: Chromium reports the scripts it refused to run there.
  expect(errors.filter((error) => !/^Blocked script execution in 'blob:/.test(error))).toEqual([]);
});

test('the dietary sheet of a chosen meal lists the needs of those attending it', async ({ page, app }) => {
  const tripId = wuxiTripId(app);
  const meal = call(app.core, 'trips:workspace', { id: tripId }).items.find((i) => i.title === 'Welcome dinner hosted by the Chair of the Municipal Council')!;
  await openApp(page, app);
  await openRoute(page, app, `/trips/${tripId}/documents`);
  await page.getByRole('radio', { name: /Dietary sheet for a meal/ }).check();
  await page.getByLabel('Meal', { exact: true }).selectOption(meal.id);
  const preview = page.frameLocator('[data-testid="document-preview-frame"]');
  await expect(preview.locator('h1')).toHaveText(meal.title);
  await expect(preview.locator('body')).toContainText('Number of guests / Antal gäster');
  await expect(preview.locator('body')).toContainText('No pork');
  await screenshot(page, 'documents-dietary-sheet');
});
