import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { openCore, type Core } from '../../core/index';
import { seedDemo } from '../../core/demo';
import { DEMO_TRIP_IDS } from '../../core/demo/ids';
import { startBackgroundSync } from '../../core/sync/background';
import { startWebServer, type WebServer } from '../../core/web/server';
import { startSyncServer, type SyncServerProcess } from '../sync/server-process';
import { expect, test, waitForAppState } from './fixtures';
import { screenshot } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

const rendererDir = path.resolve(import.meta.dirname, '../../dist/renderer');

interface Laptop {
  core: Core;
  server: WebServer;
  close(): Promise<void>;
}

/** A browser-mode instance (`npm run web`) on its own data file, syncing in the background. */
async function laptop(seed: boolean): Promise<Laptop> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'delegation-planner-sync-e2e-'));
  const core = openCore(path.join(dir, 'data.sqlite'));
  if (seed) seedDemo(databaseOf(core));
  const server = await startWebServer({ core, port: 0, rendererDir, backgroundSync: () => startBackgroundSync(databaseOf(core)) });
  return {
    core,
    server,
    close: async () => {
      await server.close();
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openWindow(browser: Browser, at: Laptop, route = '') {
  const page = await (await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Stockholm', viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(at.server.url);
  await waitForAppState(page, 'loaded');
  if (route) {
    await page.goto(`${at.server.origin}/#${route}`);
    await waitForAppState(page, 'loaded');
  }
  return page;
}

test.describe('team sync between two browser windows', () => {
  let syncServer: SyncServerProcess;
  test.beforeAll(async () => {
    syncServer = await startSyncServer();
  });
  test.afterAll(async () => {
    await syncServer?.stop();
  });

  test('a trip shared from one laptop appears on the other, and an edit shows without a reload', async ({ browser }) => {
    const token = await syncServer.newTeam('international-office');
    const [a, b] = await Promise.all([laptop(true), laptop(false)]);
    try {
      const tripRoute = `/trips/${DEMO_TRIP_IDS.jinan}/overview`;
      const pageA = await openWindow(browser, a, tripRoute);

      // Laptop A sets up the team in Settings (plain ws:// to this computer: a visible note).
      await pageA.getByRole('button', { name: 'Share with team…' }).click();
      await pageA.getByRole('button', { name: 'Open Settings' }).click();
      const settings = pageA.getByRole('dialog', { name: 'Settings' });
      await settings.getByLabel('Sync server').fill(syncServer.url);
      await settings.getByLabel('Team token').fill(token);
      await settings.getByRole('button', { name: 'Save team sync' }).click();
      await expect(settings.getByText('Unencrypted connection (ws://) to this computer only')).toBeVisible();
      await expect(settings.getByText(`Saved token ending in …${token.slice(-4)}`)).toBeVisible();
      await expect(settings.getByLabel('Team token')).toHaveValue('');
      await settings.getByRole('button', { name: 'Close' }).last().click();

      await pageA.getByRole('button', { name: 'Share with team…' }).click();
      const share = pageA.getByRole('dialog', { name: 'Share with team' });
      await share.getByLabel('Also share sensitive member details').check();
      await expect(share.getByRole('alert')).toContainText('Everyone with the team token will get these personal details');
      await screenshot(pageA, 'sync-share-dialog');
      await share.getByRole('button', { name: 'Share' }).click();
      await expect(pageA.getByTestId('sync-state')).toHaveText('Synced');

      // Laptop B joins the team (set through the core: the same operation Settings calls).
      expect(b.core.dispatch('sync:setTeam', { url: syncServer.url, token }).ok).toBe(true);
      await expect.poll(() => b.core.dispatch('trips:get', { id: DEMO_TRIP_IDS.jinan }).ok, { timeout: 30_000 }).toBe(true);
      const pageB = await openWindow(browser, b, tripRoute);
      await expect(pageB.getByTestId('sync-state')).toHaveText('Synced');
      const title = await pageB.getByTestId('workspace-trip-title').textContent();

      // An edit on A shows on B without a reload.
      await pageA.getByRole('button', { name: 'Edit trip details' }).click();
      const dialog = pageA.getByRole('dialog', { name: 'Trip details' });
      await dialog.getByLabel('Title').fill(`${title} — 济南 2017`);
      await dialog.getByRole('button', { name: 'Done' }).click();
      await expect(pageB.getByTestId('workspace-trip-title')).toHaveText(`${title} — 济南 2017`, { timeout: 30_000 });
      await expect(pageB.getByTestId('sync-state')).toHaveText('Synced');
      await screenshot(pageB, 'sync-received-edit');
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
