import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readPdf } from '../documents/pdf-reader';
import { openCore } from '../../core/index';
import { startWebServer } from '../../core/web/server';
import type { PrintedPdf } from '../../shared/api/contract';
import { artifactsDir, collectPageErrors, expect, test, waitForAppState } from './fixtures';
import { openApp, screenshot } from './helpers';
import { call, OUTGOING_TITLE } from './seed';

const rendererDir = path.resolve(import.meta.dirname, '../../dist/renderer');

/** A real 1×1 PNG; the logo is checked by its bytes, not its name. */
const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test.describe('settings live in the data file', () => {
  test('the language chosen in Settings is kept when the browser mode starts again on another port', async ({ page, app, browser }) => {
    await openApp(page, app);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Svenska').check();
    await expect(page.getByRole('dialog', { name: 'Inställningar' })).toBeVisible();
    await page.keyboard.press('Escape');

    // A second start of the browser mode: another core on the same file, another port, and a
    // browser profile that has never seen either (localStorage is per origin).
    const core = openCore(app.dbPath);
    const server = await startWebServer({ core, port: 0, rendererDir });
    try {
      expect(new URL(server.url).port).not.toBe(new URL(app.url).port);
      const context = await browser.newContext({ locale: 'en-GB' });
      const other = await context.newPage();
      await other.goto(server.url);
      await waitForAppState(other, 'loaded');
      await expect(other.locator('html')).toHaveAttribute('lang', 'sv');
      await expect(other.getByRole('heading', { level: 1, name: 'Resor' })).toBeVisible();
      await context.close();
    } finally {
      await server.close();
      core.close();
    }
  });

  test('a language kept in this browser by an earlier version moves into the data file once', async ({ page, app }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('delegation-planner.settings', JSON.stringify({ state: { language: 'sv', theme: 'dark', showHomeTimeByDefault: false }, version: 1 }));
      }
    });
    await openApp(page, app);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark'); // the theme stays here
    expect(call(app.core, 'settings:get', {})).toMatchObject({ language: 'sv', showHomeTimeByDefault: false });
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('delegation-planner.settings') ?? '{}'));
    expect(stored.state).toEqual({ theme: 'dark' });
  });
});

test.describe('the organisation profile', () => {
  test('name, logo, address and phone set in Settings are on the PDF; a wrong logo file gets a clear message', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    await openApp(page, app);
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('Organisation name').fill('Västerås stad');
    await dialog.getByLabel('Address').fill('Stadshuset, 721 87 Västerås');
    await dialog.getByLabel('Phone').fill('021-39 00 00');

    const dir = mkdtempSync(path.join(os.tmpdir(), 'dp-logo-'));
    const notAnImage = path.join(dir, 'logo.png');
    writeFileSync(notAnImage, 'Det här är en textfil, ingen bild.');
    await dialog.getByTestId('logo-input').setInputFiles(notAnImage);
    await expect(dialog.getByRole('alert')).toHaveText('logo.png is not a PNG, JPEG, GIF or WebP image.');
    const svg = path.join(dir, 'vapen.svg');
    writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await dialog.getByTestId('logo-input').setInputFiles(svg);
    await expect(dialog.getByRole('alert')).toContainText('is an SVG drawing, which is not accepted');
    const tooLarge = path.join(dir, 'huge.png');
    writeFileSync(tooLarge, Buffer.concat([PNG_1PX, Buffer.alloc(1_100_000)]));
    await dialog.getByTestId('logo-input').setInputFiles(tooLarge);
    await expect(dialog.getByRole('alert')).toContainText('too large: a logo may be at most 1 MB');
    expect(call(app.core, 'settings:get', {}).logo).toBeNull(); // nothing was stored

    const logo = path.join(dir, 'vasteras.png');
    writeFileSync(logo, PNG_1PX);
    await dialog.getByTestId('logo-input').setInputFiles(logo);
    await expect(dialog.getByRole('img', { name: 'Logo of Västerås stad' })).toBeVisible();
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await screenshot(page, 'settings-dialog');
    await page.keyboard.press('Escape');

    // Saved in the data file (typing is saved at the latest when the dialog closes).
    await expect.poll(() => call(app.core, 'settings:get', {}).organisation.phone).toBe('021-39 00 00');
    const trip = call(app.core, 'trips:list', {}).find((t) => t.title === OUTGOING_TITLE)!;
    const printed = (await app.core.dispatch('documents:pdf', { tripId: trip.id, lang: 'sv' })) as { ok: true; value: PrintedPdf };
    expect(printed.ok).toBe(true);
    const bytes = Buffer.from(printed.value.base64, 'base64');
    const pdf = await readPdf(bytes);
    expect(pdf.pages[0]).toContain('Västerås stad');
    expect(pdf.images[0]).toBeGreaterThan(0); // the logo on the cover
    for (const text of pdf.pages) expect(text).toContain('Stadshuset, 721 87 Västerås · 021-39 00 00'); // every footer
    // For people to look at (tests/.artifacts, not committed).
    const pdfFile = path.join(artifactsDir, 'profile-cover.pdf');
    writeFileSync(pdfFile, bytes);
    expect(errors).toEqual([]);
  });
});

test.describe('the demo delegations', () => {
  test.use({ seed: 'empty' });

  test('are offered on an empty data file, added in one click, marked Demo, and removed in Settings', async ({ page, app }) => {
    await openApp(page, app);
    const offer = page.getByTestId('demo-offer');
    await expect(offer).toBeVisible();
    await offer.getByRole('button', { name: 'Add the two demo delegations' }).click();
    const rows = page.getByTestId('trip-row');
    await expect(rows).toHaveCount(2);
    for (const row of await rows.all()) await expect(row).toContainText('Demo');
    await screenshot(page, 'demo-trips');

    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect(dialog.getByText('2 demo delegations are in the data file.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Remove the demo data' }).click();
    await expect(dialog.getByRole('button', { name: 'Remove the demo data' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('trips-empty')).toBeVisible();
    await expect(offer).toBeVisible();
    expect(call(app.core, 'contacts:list', {}).total).toBe(0);
  });
});
