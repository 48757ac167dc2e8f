import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { openCore, type Core } from '../../core/index';
import { seedDemo } from '../../core/demo';
import { DEMO_TRIP_IDS } from '../../core/demo/ids';
import { startBackgroundSync } from '../../core/sync/background';
import { startWebServer, type WebServer } from '../../core/web/server';
import { connectClient } from '../sync/clients';
import { startSyncServer, type SyncServerProcess } from '../sync/server-process';
import { artifactsDir, expect, test, waitForAppState } from './fixtures';
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
    // Two laptops, a third colleague and several sync round trips on a shared 2-core machine.
    test.setTimeout(300_000);
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
      await settings.getByLabel('Your name, shown to colleagues').fill('Anna Lindqvist');
      await settings.getByRole('button', { name: 'Save name' }).click();
      await expect(pageA.getByText('Your name is saved')).toBeVisible();
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

      // Who else is here: B sees A, and where A goes.
      const colleagues = pageB.getByTestId('colleague').locator('.colleague-label');
      await expect(colleagues).toHaveText(['Anna Lindqvist — Overview'], { timeout: 30_000 });
      await pageA.locator('.workspace-nav-link[data-tab="programme"]').click();
      await expect(colleagues).toHaveText(['Anna Lindqvist — Programme'], { timeout: 30_000 });
      // A third colleague, on another laptop, in the budget.
      const chen = connectClient(syncServer.url, `trip/${DEMO_TRIP_IDS.jinan}`, token);
      try {
        await chen.acknowledged();
        chen.provider.setAwarenessField('planner', { name: 'Chen Wei 陈伟', laptop: 'chen-laptop', screen: 'budget', openId: null, colour: 2 });
        await expect(colleagues).toHaveText(['Anna Lindqvist — Programme', 'Chen Wei 陈伟 — Budget'], { timeout: 30_000 });

        // A changes an item while B looks at the programme: B's card is marked without a reload.
        expect(b.core.dispatch('sync:setPlannerName', { name: 'Björn Ek' }).ok).toBe(true);
        await pageB.locator('.workspace-nav-link[data-tab="programme"]').click();
        await waitForAppState(pageB, 'loaded');
        const items = b.core.dispatch('items:list', { tripId: DEMO_TRIP_IDS.jinan });
        const meeting = (items.ok ? items.value : []).find((i) => i.kind === 'meeting')!;
        await pageA.getByRole('button', { name: meeting.title, exact: true }).first().click();
        const editor = pageA.getByRole('dialog', { name: 'Edit item' });
        // A's own share and edits read "you".
        await expect(editor.getByTestId('changed-by')).toHaveText(/^Changed by you, /);
        await editor.getByRole('textbox', { name: 'Title', exact: true }).fill(`${meeting.title} (moved to 10:00)`);
        await editor.getByRole('button', { name: 'Done' }).click();
        const card = pageB.locator('article', { has: pageB.getByRole('button', { name: `${meeting.title} (moved to 10:00)`, exact: true }) }).first();
        await expect(card.getByTestId('changed-mark')).toHaveText('Changed by Anna Lindqvist', { timeout: 30_000 });
        await expect(pageB.getByTestId('sync-unseen')).toContainText('1 change by colleagues');
        await card.scrollIntoViewIfNeeded();
        await screenshot(pageB, 'sync-presence-and-changed-mark');
        await pageB.locator('.workspace-sidebar').screenshot({ path: path.join(artifactsDir, 'sync-presence-header.png') });

        // B opens it: who changed it and when; the mark is gone once seen.
        await card.getByRole('button', { name: `${meeting.title} (moved to 10:00)`, exact: true }).click();
        const details = pageB.getByRole('dialog', { name: 'Edit item' });
        await expect(details.getByTestId('changed-by')).toHaveText(/^Changed by Anna Lindqvist, \d/);
        await details.getByRole('button', { name: 'Done' }).click();
        await expect(card.getByTestId('changed-mark')).toHaveCount(0);
        await expect(pageB.getByTestId('sync-unseen')).toHaveCount(0);
      } finally {
        chen.destroy();
      }
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  test('the address book switch in Settings: a colleague’s new contact appears in Contacts without a reload', async ({ browser }) => {
    test.setTimeout(180_000);
    const token = await syncServer.newTeam('address-book');
    const [a, b] = await Promise.all([laptop(false), laptop(false)]);
    try {
      // B shares its address book (the same operations Settings calls) and looks at Contacts.
      expect(b.core.dispatch('sync:setTeam', { url: syncServer.url, token }).ok).toBe(true);
      expect(b.core.dispatch('sync:setAddressBookSharing', { on: true }).ok).toBe(true);
      const pageB = await openWindow(browser, b, '/contacts');

      // A turns the switch on in Settings → Team sync.
      expect(a.core.dispatch('sync:setTeam', { url: syncServer.url, token }).ok).toBe(true);
      const pageA = await openWindow(browser, a);
      await pageA.getByRole('button', { name: 'Settings' }).click();
      const settings = pageA.getByRole('dialog', { name: 'Settings' });
      // A click, then the state: the switch shows what the core says once it has answered.
      await settings.getByLabel('Share the address book with the team').click();
      await expect(settings.getByLabel('Share the address book with the team')).toBeChecked();
      await expect(pageA.getByText('The address book is shared with the team')).toBeVisible();
      await expect(settings.getByTestId('sync-address-book-state')).toHaveText(/^Address book last synced \d/, { timeout: 30_000 });
      await settings.getByTestId('sync-address-book').scrollIntoViewIfNeeded();
      await screenshot(pageA, 'sync-address-book-switch');

      expect(a.core.dispatch('contacts:create', { name: 'Zhang Min', nativeName: '张敏', title: 'Direktör' }).ok).toBe(true);
      await expect(pageB.getByText('Zhang Min').first()).toBeVisible({ timeout: 30_000 });
      await screenshot(pageB, 'sync-address-book-received');
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
