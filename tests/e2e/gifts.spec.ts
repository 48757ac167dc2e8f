import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { readPdf } from '../documents/pdf-reader';
import { expect, test } from './fixtures';
import { openApp, openRoute, screenshot } from './helpers';
import { call } from './seed';

/**
 * The gift register and attachments in the UI: a gift planned for a meeting through the Gifts tab
 * (found again in the CSV export and under its meeting in the briefing PDF), a file attached to
 * the meeting (the card's paperclip) and opened as a download, and the cross-trip register.
 */
test.use({ seed: 'cli-demo' });

const MEETING = 'Styrgruppsmöte för partnerskapet Västerås–Jinan';
const GIFT = 'Kristallskål från Kosta Boda';

const jinan = (app: { core: Parameters<typeof call>[0] }) => call(app.core, 'trips:list', {}).find((t) => t.title.includes('Jinan'))!;

test('add a gift through the Gifts tab; find it in the CSV and under its meeting in the briefing PDF', async ({ page, app }) => {
  // Printing a PDF on a loaded machine takes a while.
  test.setTimeout(180_000);
  const trip = jinan(app);
  call(app.core, 'organisations:create', { name: 'Jinans stadsregering', nativeName: '济南市人民政府' });
  await openApp(page, app);

  // The Gifts tab: empty, then one gift planned for the steering-group meeting.
  await openRoute(page, app, `/trips/${trip.id}/gifts`);
  await expect(page.getByTestId('gifts-empty')).toBeVisible();
  await page.getByRole('button', { name: 'Add gift' }).click();
  const dialog = page.getByRole('dialog', { name: 'New gift' });
  await dialog.getByLabel('Description').fill(GIFT);
  await dialog.getByLabel('Programme item').selectOption({ label: `2017-10-30 ${MEETING}` });
  await dialog.getByLabel('Organisation').selectOption({ label: 'Jinans stadsregering · 济南市人民政府' });
  await dialog.getByLabel('Estimated value (SEK)').fill('1 2x4,50');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog.getByText('Type an amount in kronor')).toBeVisible();
  await dialog.getByLabel('Estimated value (SEK)').fill('1 234,50');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByTestId('gift-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(GIFT);
  await expect(row).toContainText('Jinans stadsregering');
  await expect(row).toContainText('SEK 1,234.50');
  await screenshot(page, 'gifts-tab');

  // CSV export: a download that Papa Parse reads back.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = (await readFile(await (await csvDownload).path())).toString('utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, delimiter: ';', skipEmptyLines: true }).data;
  expect(rows).toEqual([expect.objectContaining({ Description: GIFT, Organisation: 'Jinans stadsregering', 'Estimated value (SEK)': '1234.50' })]);

  // The briefing PDF lists the gift under its meeting.
  await openRoute(page, app, `/trips/${trip.id}/documents`);
  await page.getByLabel('Briefing for organisers').check();
  const pdfDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  const pdf = await readPdf(await readFile(await (await pdfDownload).path()));
  const text = pdf.pages.join('\n');
  expect(text.indexOf(GIFT)).toBeGreaterThan(text.indexOf(MEETING));
  expect(text).toMatch(/Given: Kristallskål från Kosta Boda \(Jinans stadsregering\)/);
});

test('attach a file to a meeting: its card shows a paperclip, the file downloads unchanged', async ({ page, app }) => {
  const trip = jinan(app);
  await openApp(page, app);
  await openRoute(page, app, `/trips/${trip.id}/programme`);
  await page.getByRole('button', { name: MEETING }).first().click();
  const editor = page.getByRole('dialog', { name: 'Edit item' });
  const chooser = page.waitForEvent('filechooser');
  await editor.getByRole('button', { name: 'choose files' }).click();
  await (await chooser).setFiles({ name: 'dagordning 议程.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 agenda') });
  await expect(editor.getByTestId('attachment')).toContainText('dagordning 议程.pdf');
  const opened = page.waitForEvent('download');
  await editor.getByRole('button', { name: 'Download' }).click();
  const download = await opened;
  expect(download.suggestedFilename()).toBe('dagordning 议程.pdf');
  expect((await readFile(await download.path())).toString()).toBe('%PDF-1.4 agenda');
  await editor.getByRole('button', { name: 'Done' }).click();
  const card = page.getByTestId('programme-item').filter({ hasText: MEETING }).first();
  await expect(card.getByTestId('attachment-count')).toHaveText('1 attachment');
  await card.scrollIntoViewIfNeeded();
  await screenshot(page, 'item-card-attachment');
});

test('the register lists every trip’s gifts and filters by year and organisation', async ({ page, app }) => {
  const trips = call(app.core, 'trips:list', {});
  const jinanGov = call(app.core, 'organisations:create', { name: 'Jinans stadsregering', nativeName: '济南市人民政府' });
  const wuxi = call(app.core, 'organisations:create', { name: 'Wuxi Foreign Affairs Office', nativeName: '无锡市外事办公室' });
  for (const trip of trips) {
    const jinanTrip = trip.title.includes('Jinan');
    call(app.core, 'gifts:create', { tripId: trip.id, direction: 'given', description: jinanTrip ? 'Dalahäst' : 'Glasskål', organisationId: jinanTrip ? jinanGov.id : wuxi.id });
    call(app.core, 'gifts:create', { tripId: trip.id, direction: 'received', description: 'Sidenmålning 丝绸画', organisationId: jinanTrip ? jinanGov.id : wuxi.id, valueOre: 90_000 });
  }
  await openApp(page, app);
  await page.getByRole('link', { name: 'Gift register' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gift register' })).toBeVisible();
  await expect(page.getByTestId('gift-row')).toHaveCount(4);
  await expect(page.getByText('To be registered')).toHaveCount(2);
  await page.getByLabel('Organisation').selectOption({ label: 'Wuxi Foreign Affairs Office' });
  await expect(page.getByTestId('gift-row')).toHaveCount(2);
  await page.getByLabel('Year').selectOption('2017');
  await expect(page.getByTestId('gift-count')).toHaveText('0 gifts');
  await page.getByLabel('Organisation').selectOption({ label: 'All organisations' });
  await expect(page.getByTestId('gift-row')).toHaveCount(2);
  await expect(page.getByTestId('gift-row').first()).toContainText('Styrgruppen till Jinan');
  await screenshot(page, 'gift-register');
});

test('a file over the limit is refused with a message and nothing is stored', async ({ page, app }) => {
  const trip = jinan(app);
  await openApp(page, app);
  await openRoute(page, app, `/trips/${trip.id}/overview`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'choose files' }).click();
  await (await chooser).setFiles({ name: 'film.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(25 * 1024 * 1024 + 1) });
  await expect(page.getByText(/film\.mp4 is too large \(25\.0 MB\): at most 25 MB per file\./)).toBeVisible();
  expect(call(app.core, 'attachments:list', { tripId: trip.id })).toEqual([]);
});
