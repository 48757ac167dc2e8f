import { readFile } from 'node:fs/promises';
import { readPdf } from '../documents/pdf-reader';
import { collectPageErrors, expect, test } from './fixtures';
import { openApp, openRoute, screenshot } from './helpers';
import { call, OUTGOING_TITLE } from './seed';

/**
 * The Budget tab: a funding source and a cost line added through the UI reach the CSV for the
 * finance system and the organisers' briefing PDF (read back with pdf.js).
 */
test('a grant and a cost added on the Budget tab are in the CSV and the briefing PDF', async ({ page, app }) => {
  const errors = collectPageErrors(page);
  const trip = call(app.core, 'trips:list', {}).find((t) => t.title === OUTGOING_TITLE)!;
  await openApp(page, app);
  await openRoute(page, app, `/trips/${trip.id}/budget`);
  await expect(page.getByRole('heading', { level: 1, name: 'Budget' })).toBeVisible();
  await expect(page.getByText('No costs yet')).toBeVisible();

  await page.getByRole('button', { name: 'New funding source' }).click();
  const sourceDialog = page.getByRole('dialog', { name: 'New funding source' });
  await sourceDialog.getByLabel('Name').fill('ICLD partnerskap');
  await sourceDialog.getByLabel('Reference').fill('ICLD-2017-042');
  await sourceDialog.getByLabel('Amount', { exact: true }).fill('50,000');
  await sourceDialog.getByRole('button', { name: 'Create' }).click();
  await expect(sourceDialog).toBeHidden();
  await expect(page.getByTestId('budget-sources')).toContainText('50,000.00 SEK');

  await page.getByRole('button', { name: 'New cost' }).click();
  const lineDialog = page.getByRole('dialog', { name: 'New cost' });
  await lineDialog.getByLabel('Category').selectOption('travel');
  await lineDialog.getByLabel('Date').fill(trip.startDate);
  await lineDialog.getByLabel('Description').fill('Flyg ARN–TNA 济南');
  // Not an amount: the field says so and nothing is created.
  await lineDialog.getByLabel('Planned amount').fill('40 000 kr');
  await lineDialog.getByRole('button', { name: 'Create' }).click();
  await expect(lineDialog.getByText('Write an amount such as 1 234,50')).toBeVisible();
  await lineDialog.getByLabel('Planned amount').fill('40,000');
  await lineDialog.getByLabel('Actual amount').fill('41000.50');
  await lineDialog.getByLabel('Paid by').selectOption('grant');
  await lineDialog.getByLabel('Grant', { exact: true }).selectOption({ label: 'ICLD partnerskap' });
  await lineDialog.getByRole('button', { name: 'Create' }).click();
  await expect(lineDialog).toBeHidden();

  await expect(page.getByTestId('budget-line')).toContainText('Flyg ARN–TNA 济南');
  await expect(page.getByTestId('budget-warning').first()).toContainText('Flyg ARN–TNA 济南: actual SEK 41,000.50 is more than planned SEK 40,000.00');
  await expect(page.getByTestId('budget-payers')).toContainText('ICLD partnerskap');
  await screenshot(page, 'budget-en');

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = (await readFile(await (await csvDownload).path())).toString('utf8');
  expect(csv).toContain(`${trip.startDate},Travel,Flyg ARN–TNA 济南,40000.00,41000.50,SEK,1,40000.00,41000.50,Grant,ICLD partnerskap,ICLD-2017-042`);

  // Checked before the Documents tab, whose sandboxed preview frame reports its blocked scripts.
  expect(errors).toEqual([]);

  await openRoute(page, app, `/trips/${trip.id}/documents`);
  await page.getByLabel('Briefing for organisers').check();
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const pdf = await readPdf(await readFile(await (await pdfDownload).path()));
  const text = pdf.pages.join(' ');
  expect(text).toMatch(/Budget/);
  expect(text).toMatch(/ICLD partnerskap/);
  expect(text).toMatch(/41[\s,\u00a0]?000[.,]50/);
});
