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

  // In Swedish: the same amounts with a decimal comma, the warning in Swedish.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Svenska').check();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: 'Kostnadsrader' })).toBeVisible();
  await expect(page.getByTestId('budget-warning').first()).toContainText('utfallet 41\u00a0000,50\u00a0SEK är mer än planerat 40\u00a0000,00\u00a0SEK');
  await screenshot(page, 'budget-sv');
  await page.getByRole('button', { name: 'Inställningar' }).click();
  await page.getByRole('dialog', { name: 'Inställningar' }).getByLabel('English').check();
  await page.keyboard.press('Escape');

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

test('per-diem rates are imported from a CSV in Settings, and a bad file says which line is wrong', async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const file = settings.getByTestId('per-diem-rates-file');
  await file.setInputFiles({ name: 'rates.csv', mimeType: 'text/csv', buffer: Buffer.from('country,year,amount_sek,source\nCN,2017,XYZ,\n') });
  await expect(settings.getByRole('alert')).toHaveText('Line 2: “XYZ” is not an amount in kronor');
  await file.setInputFiles({
    name: 'rates.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('\uFEFFcountry,year,amount_sek,source\nCN,2017,850,Skatteverket 2017\nJP,2017,"1,234.50",Skatteverket 2017\n'),
  });
  const table = settings.getByTestId('per-diem-rates');
  await expect(table).toContainText('850.00');
  await expect(table).toContainText('1,234.50');
  await expect(settings.getByRole('alert')).toHaveCount(0);
  await table.scrollIntoViewIfNeeded();
  await screenshot(page, 'per-diem-rates-en');
  expect(call(app.core, 'perDiem:rates', {})).toEqual([
    { country: 'CN', year: 2017, amountSekMinor: 850_00, source: 'Skatteverket 2017' },
    { country: 'JP', year: 2017, amountSekMinor: 1_234_50, source: 'Skatteverket 2017' },
  ]);
});
