import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { openCore, type Core } from '../../core/index';
import { startWebServer, type WebServer } from '../../core/web/server';
import { expect, test, waitForAppState } from './fixtures';
import { openApp, openRoute, screenshot } from './helpers';
import { call, OUTGOING_TITLE } from './seed';

/**
 * Sharing in the UI: the trip file out of one database and into another (file chooser, preview,
 * apply), a colleague's edited copy merged with a conflict decided and a deletion left waiting,
 * and broken files refused with a message (dropped on the window) while nothing changes.
 */
test.use({ seed: 'cli-demo' });

const rendererDir = path.resolve(import.meta.dirname, '../../dist/renderer');

/** A second, empty data file with its own server: "a colleague's laptop". */
async function freshApp(): Promise<{ core: Core; server: WebServer; close: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'delegation-planner-e2e-fresh-'));
  const core = openCore(path.join(dir, 'fresh.sqlite'));
  const server = await startWebServer({ core, port: 0, rendererDir });
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

const jinanTrip = (core: Core) => call(core, 'trips:list', {}).find((t) => t.title.includes('Jinan'))!;

async function chooseTripFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog').getByRole('button', { name: /^(Choose file…|Välj fil…|Choose another file|Välj en annan fil)$/ }).click();
  await (await chooser).setFiles(file);
}

test.describe('sharing', () => {
  test('export the trip file, import it into a fresh database: a new-trip preview, then the trip', async ({ page, app }) => {
    await openApp(page, app);
    const trip = jinanTrip(app.core);
    await openRoute(page, app, `/trips/${trip.id}/documents`);
    await page.getByRole('button', { name: 'Export trip file…' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Export trip file' });
    await expect(exportDialog.getByLabel('Include passport numbers')).not.toBeChecked();
    await screenshot(page, 'sharing-export-trip-en');
    const downloading = page.waitForEvent('download');
    await exportDialog.getByRole('button', { name: 'Export trip file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.delegation$/);
    const file = path.join(test.info().outputDir, download.suggestedFilename());
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'delegation-planner/trip', includesPassports: false });

    const colleague = await freshApp();
    try {
      await page.goto(colleague.server.url);
      await waitForAppState(page, 'loaded');
      await expect(page.getByTestId('trips-empty')).toBeVisible();
      await page.getByRole('button', { name: 'Import…' }).click();
      await expect(page.getByRole('dialog', { name: 'Import trip file' }).getByText('Drop a .delegation file here')).toBeVisible();
      await screenshot(page, 'sharing-import-choose-en');
      await chooseTripFile(page, file);
      const preview = page.getByTestId('import-preview');
      await expect(preview).toHaveAttribute('data-mode', 'new');
      await expect(preview).toContainText('New trip');
      await expect(preview).toContainText(trip.title);
      await expect(preview).toContainText('9 members');
      await expect(preview).toContainText('31 programme items');
      await screenshot(page, 'sharing-import-new-en');

      await page.getByRole('button', { name: 'Import trip' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
      await expect(page.getByTestId('workspace-trip-title')).toHaveText(trip.title);
      await expect(page.getByText(`Imported “${trip.title}”`)).toBeVisible();
      const imported = call(colleague.core, 'trips:list', {});
      expect(imported.map((t) => [t.id, t.memberCount, t.itemCount])).toEqual([[trip.id, 9, 31]]);

      // The same file again: nothing to do.
      await page.getByRole('link', { name: 'All trips' }).click();
      await page.getByRole('button', { name: 'Import…' }).click();
      await chooseTripFile(page, file);
      await expect(page.getByTestId('import-preview')).toHaveAttribute('data-mode', 'upToDate');
      await expect(page.getByRole('button', { name: 'Import trip' })).toHaveCount(0);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    } finally {
      await colleague.close();
    }
  });

  test.describe('in Swedish', () => {
    test.use({ locale: 'sv-SE' });

    test('a colleague’s edited copy: the conflict is decided, the deletion waits for confirmation', async ({ page, app }) => {
      const trip = jinanTrip(app.core);
      const sent = call(app.core, 'sharing:exportTrip', { tripId: trip.id });
      const items = call(app.core, 'items:list', { tripId: trip.id });
      const [edited, deleted] = [items[5]!, items[6]!];
      // The colleague imports, edits one item and deletes another, and sends their copy back…
      const colleague = await freshApp();
      let theirs: string;
      try {
        call(colleague.core, 'sharing:applyImport', { content: sent.content });
        call(colleague.core, 'items:update', { id: edited.id, patch: { title: 'Kollegans rubrik' } });
        call(colleague.core, 'items:delete', { id: deleted.id });
        theirs = call(colleague.core, 'sharing:exportTrip', { tripId: trip.id }).content;
      } finally {
        await colleague.close();
      }
      // …while the same item was edited here too.
      call(app.core, 'items:update', { id: edited.id, patch: { title: 'Min rubrik' } });

      await openApp(page, app);
      await page.getByRole('button', { name: 'Importera…' }).click();
      await chooseTripFile(page, { name: 'Jinan (kollega).delegation', mimeType: 'application/json', buffer: Buffer.from(theirs) });
      const preview = page.getByTestId('import-preview');
      await expect(preview).toHaveAttribute('data-mode', 'merge');
      const conflicts = preview.getByRole('region', { name: 'Ändrat på båda håll' });
      await expect(conflicts).toContainText('Kollegans rubrik');
      await expect(conflicts).toContainText('Ändrat: titel');
      const deletions = preview.getByRole('region', { name: 'Borttaget av avsändaren' });
      await expect(deletions).toContainText(deleted.title);
      await expect(deletions.getByRole('checkbox')).not.toBeChecked();
      await screenshot(page, 'sharing-import-merge-sv');

      await conflicts.getByLabel('Ta deras').check();
      await expect(conflicts.getByLabel('Ta deras')).toBeChecked();
      await page.getByRole('button', { name: 'Tillämpa ändringarna' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
      expect(call(app.core, 'items:get', { id: edited.id }).title).toBe('Kollegans rubrik');
      // Not confirmed: still here.
      expect(call(app.core, 'items:get', { id: deleted.id }).title).toBe(deleted.title);
    });

    test('a file that changes a contact other trips use: listed apart, changed only when ticked', async ({ page, app }) => {
      const trip = jinanTrip(app.core);
      const copy = call(app.core, 'trips:duplicate', { id: trip.id, startDate: '2019-05-01', title: 'Jinan 2019' });
      const file = JSON.parse(call(app.core, 'sharing:exportTrip', { tripId: trip.id }).content) as {
        contacts: { id: string; name: string; revision: number; updatedAt: string }[];
      };
      const shared = call(app.core, 'trips:workspace', { id: copy.id }).contacts.map((c) => c.id);
      const target = file.contacts.find((c) => shared.includes(c.id))!;
      const before = target.name;
      Object.assign(target, { name: 'Mallory', revision: target.revision + 5, updatedAt: '2030-01-01T00:00:00.000Z' });

      await openApp(page, app);
      await page.getByRole('button', { name: 'Importera…' }).click();
      await chooseTripFile(page, { name: 'Jinan (ändrad).delegation', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
      const preview = page.getByTestId('import-preview');
      await expect(preview).toHaveAttribute('data-mode', 'merge');
      const section = preview.getByRole('region', { name: 'Adressboksposter som andra resor använder' });
      await expect(section).toContainText('Mallory');
      await expect(section).toContainText('Används också i: Jinan 2019');
      await expect(section.getByRole('checkbox')).not.toBeChecked();
      await screenshot(page, 'sharing-import-shared-contacts-sv');

      await section.getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Tillämpa ändringarna' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Översikt' })).toBeVisible();
      expect(call(app.core, 'contacts:get', { id: target.id }).name).toBe('Mallory');
      expect(before).not.toBe('Mallory');
    });
  });

  test('broken files dropped on the window are refused with a clear message, and nothing changes', async ({ page, app }) => {
    await openApp(page, app);
    const before = JSON.stringify(call(app.core, 'trips:list', { includeArchived: true }));
    const drop = async (name: string, text: string, { release = true } = {}) => {
      const dataTransfer = await page.evaluateHandle(
        ([fileName, content]) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([content], fileName, { type: 'application/json' }));
          return transfer;
        },
        [name, text] as const,
      );
      await page.dispatchEvent('main', 'dragenter', { dataTransfer });
      if (release) await page.dispatchEvent('main', 'drop', { dataTransfer });
    };

    await drop('Jinan.delegation', '{"format":"delegation-planner/trip","version":1,"trip":{"title":"Jin', { release: false });
    await expect(page.getByText('Drop the trip file to import it')).toBeVisible();
    await screenshot(page, 'sharing-drop-overlay-en');
    await drop('Jinan.delegation', '{"format":"delegation-planner/trip","version":1,"trip":{"title":"Jin');
    const dialog = page.getByRole('dialog', { name: 'Import trip file' });
    const refusal = dialog.getByTestId('import-refused');
    await expect(refusal).toContainText('“Jinan.delegation” cannot be imported');
    await expect(refusal).toContainText('The trip file is not valid JSON');
    await expect(page.getByText('Drop the trip file to import it')).toHaveCount(0);
    await screenshot(page, 'sharing-import-refused-en');

    // Another file dropped while the dialog is open replaces it.
    await drop('Future.delegation', '{"format":"delegation-planner/trip","version":2}');
    await expect(refusal).toContainText('made by a newer version of Delegation Planner');
    await drop('notes.delegation', '{"title":"not a trip"}');
    await expect(refusal).toContainText('Not a Delegation Planner trip file');
    await expect(dialog.getByRole('button', { name: /^Import trip|Apply changes$/ })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await expect(dialog).toHaveCount(0);
    expect(JSON.stringify(call(app.core, 'trips:list', { includeArchived: true }))).toBe(before);
  });

  test.describe('with the sample trips', () => {
    test.use({ seed: 'sample' });

    test('calendar and list files download for Outlook and Excel', async ({ page, app }) => {
      const trip = call(app.core, 'trips:list', {}).find((t) => t.title === OUTGOING_TITLE)!;
      await openApp(page, app);
      await openRoute(page, app, `/trips/${trip.id}/documents`);

      await page.getByRole('region', { name: 'Share this trip' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'documents-share-en');
      await page.getByRole('button', { name: 'Calendar file…' }).click();
      const calendar = page.getByRole('dialog', { name: 'Calendar file' });
      await calendar.getByLabel('One member').check();
      await calendar.getByLabel('Member', { exact: true }).selectOption({ label: 'Elin Sjöö' });
      await screenshot(page, 'sharing-calendar-en');
      let downloading = page.waitForEvent('download');
      await calendar.getByRole('button', { name: 'Export calendar' }).click();
      const ics = readFileSync(await (await downloading).path(), 'utf8');
      expect(ics).toContain('BEGIN:VCALENDAR');
      expect(ics).toContain('TZID=Europe/Stockholm');
      expect(ics).toContain('Stockholm – Jinan');
      await expect(calendar).toHaveCount(0);

      await page.getByRole('button', { name: 'Lists…' }).click();
      const lists = page.getByRole('dialog', { name: 'Lists' });
      await lists.getByLabel('Semicolon ;').check();
      await lists.getByRole('radio', { name: 'Svenska' }).check();
      await screenshot(page, 'sharing-lists-en');
      downloading = page.waitForEvent('download');
      await lists.getByRole('button', { name: 'Export' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff); // BOM: Excel reads UTF-8
      expect(csv).toContain('Anna Östlund;');
      await expect(page.getByText(`“${download.suggestedFilename()}” is in your downloads`)).toBeVisible();
    });
  });
});
