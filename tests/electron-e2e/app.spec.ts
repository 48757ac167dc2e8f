import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DesktopApi } from '../../shared/api/client';

/** The preload's window.api, as the page sees it. */
type AppWindow = { api: DesktopApi };

/**
 * The desktop app itself: Electron, the preload, the core in its utility process, printing in the
 * main process. Each test starts the built app (`npm run build` first; scripts/test-electron.mjs
 * does) on a fresh data folder and waits for the page's readiness signal, never for time.
 */
const repo = path.resolve(import.meta.dirname, '../..');
let dataDir: string;

test.beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-electron-'));
});
test.afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function launch(...files: string[]): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    args: [repo, '--lang=en-GB', ...files],
    env: { ...process.env, DELEGATION_PLANNER_DATA_DIR: dataDir, LANG: 'en_GB.UTF-8' },
  });
  const page = await app.firstWindow();
  await page.locator('body:not([data-app-state="loading"])').waitFor();
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'loaded');
  return { app, page };
}

/** Answer the next save dialog with `file`, as a user picking it would. */
async function answerSaveDialogWith(app: ElectronApplication, file: string): Promise<void> {
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as unknown as typeof dialog.showSaveDialog;
  }, file);
}

test('creates a trip and exports its programme as a PDF printed by Electron', async () => {
  const { app, page } = await launch();
  try {
    await page.getByRole('button', { name: 'New trip' }).click();
    const dialog = page.getByRole('dialog', { name: 'New trip' });
    await dialog.getByLabel('Title').fill('Studieresa till Jinan 济南');
    await dialog.getByLabel('Start date').fill('2026-05-10');
    await dialog.getByLabel('Start date').blur();
    await dialog.getByLabel('End date').fill('2026-05-16');
    await dialog.getByLabel('End date').blur();
    await dialog.getByRole('button', { name: 'Create trip' }).click();
    await expect(page.getByTestId('workspace-trip-title')).toHaveText('Studieresa till Jinan 济南');

    await page.getByRole('link', { name: 'Documents' }).click();
    const pdfFile = path.join(dataDir, 'programme.pdf');
    await answerSaveDialogWith(app, pdfFile);
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect.poll(() => fs.existsSync(pdfFile)).toBe(true);
    expect(fs.readFileSync(pdfFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  } finally {
    await app.close();
  }
});

test('opens a .delegation file given on the command line, in the import dialog', async () => {
  // A trip file made by the app's own export, from a first run.
  const first = await launch();
  const tripFile = path.join(dataDir, 'Wuxi.delegation');
  try {
    const trip = await first.page.evaluate(() =>
      (window as unknown as AppWindow).api.call('trips:create', { title: 'Wuxi delegation', direction: 'incoming', startDate: '2026-09-01', endDate: '2026-09-04' }),
    );
    if (!trip.ok) throw new Error(trip.error.message);
    const exported = await first.page.evaluate((tripId) => (window as unknown as AppWindow).api.call('sharing:exportTrip', { tripId }), trip.value.id);
    if (!exported.ok) throw new Error(exported.error.message);
    fs.writeFileSync(tripFile, exported.value.content);
  } finally {
    await first.app.close();
  }
  fs.rmSync(path.join(dataDir, 'delegation-planner.sqlite'), { force: true });

  const { app, page } = await launch(tripFile);
  try {
    const importDialog = page.getByRole('dialog', { name: 'Import trip file' });
    await expect(importDialog).toBeVisible();
    await expect(importDialog.getByText('Wuxi delegation')).toBeVisible();
  } finally {
    await app.close();
  }
});
