import { readFile } from 'node:fs/promises';
import type { FrameLocator, Page } from '@playwright/test';
import { readPdf } from '../documents/pdf-reader';
import { collectPageErrors, expect, test, type TestApp } from './fixtures';
import { openApp, openRoute, screenshot } from './helpers';
import { call, OUTGOING_TITLE } from './seed';

/**
 * The Documents tab over the demo data (`npm run cli -- demo`): the live preview is the core's
 * programme page in a sandboxed frame, styled and with its fonts, and it follows the options;
 * Export PDF downloads the same document printed by Chromium.
 */
test.use({ seed: 'cli-demo' });

const SHENYANG_SIGNING = 'Undertecknande av partnerskapsavtal, Shenyang';

function isWarmUp(url: string): boolean {
  return decodeURIComponent(new URL(url).pathname) === '/api/documents:warmUp';
}

function jinanTripId(app: TestApp): string {
  const trip = call(app.core, 'trips:list', {}).find((t) => t.title.includes('Jinan'));
  if (!trip) throw new Error('the demo has no Jinan trip');
  return trip.id;
}

async function openDocuments(page: Page, app: TestApp): Promise<FrameLocator> {
  await openApp(page, app);
  await openRoute(page, app, `/trips/${jinanTripId(app)}/documents`);
  return page.frameLocator('[data-testid="document-preview-frame"]');
}

test.describe('documents', () => {
  test('the preview shows the Jinan handout, styled, with its fonts, and no script can run in it', async ({ page, app }) => {
    const errors = collectPageErrors(page);
    const preview = await openDocuments(page, app);
    await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
    const body = preview.locator('body');
    await expect(body).toContainText('Anders Teljebäck');
    await expect(body).toContainText('Elisabeth Unell');
    await expect(body).toContainText('济南');
    await expect(body).toContainText(SHENYANG_SIGNING);

    // The page's own stylesheet and web fonts apply inside the frame (the app's CSP allows the
    // frame exactly that), and the frame can run nothing.
    const look = await preview.locator('html').evaluate(async (html) => {
      const doc = html.ownerDocument;
      await doc.fonts.ready;
      return {
        fontFamily: getComputedStyle(html).fontFamily,
        loadedFaces: [...doc.fonts].filter((face) => face.status === 'loaded').map((face) => face.family),
        sheets: doc.styleSheets.length,
        scripts: doc.scripts.length,
        csp: doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
      };
    });
    expect(look.fontFamily).toMatch(/^"Noto Sans"/);
    expect(look.loadedFaces).toEqual(expect.arrayContaining(['Noto Sans', 'Noto Sans SC']));
    expect(look.sheets).toBe(1);
    expect(look.scripts).toBe(0);
    expect(look.csp).toContain("script-src 'none'");
    const frame = page.getByTestId('document-preview-frame');
    await expect(frame).toHaveAttribute('sandbox', 'allow-same-origin allow-modals');
    await screenshot(page, 'documents-en');
    // Playwright's own probes into the scriptless frame are refused by its sandbox, as they should
    // be ("Blocked script execution in 'blob:…'"); anything else (a CSP violation) is a failure.
    expect(errors.filter((error) => !/^Blocked script execution in 'blob:/.test(error))).toEqual([]);
  });

  test('a personal programme of a member who does not go to Shenyang leaves Shenyang out; Swedish UI', async ({ page, app }) => {
    // Six documents in turn, each a 1.2 MB page with its fonts inline that the preview frame lays
    // out on the app's own thread: 5–8 s each on a loaded 2-core machine (the test took 54–66 s).
    test.slow();
    const preview = await openDocuments(page, app);
    await expect(preview.locator('body')).toContainText(SHENYANG_SIGNING);

    await page.getByLabel('Personal programme').check();
    await page.getByLabel('Programme for').selectOption({ label: 'Elisabeth Unell' });
    await expect(preview.locator('body')).toContainText('Elisabeth Unell');
    await expect(preview.locator('body')).not.toContainText(SHENYANG_SIGNING);
    await expect(preview.locator('body')).toContainText('Jinan');

    // One of the three who continue gets it.
    await page.getByLabel('Programme for').selectOption({ label: 'Charlotta Filling' });
    await expect(preview.locator('body')).toContainText(SHENYANG_SIGNING);

    // The briefing adds what the handout never shows.
    await page.getByLabel('Briefing for organisers').check();
    await expect(preview.locator('body')).toContainText('INTERNAL – organisers only');

    // The whole screen in Swedish, the document in English.
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).getByLabel('Svenska').check();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 1, name: 'Dokument' })).toBeVisible();
    await page.getByLabel('Delegationsprogram').check();
    await page.getByRole('radio', { name: 'Svenska' }).check();
    await expect(preview.locator('body')).toContainText('Program dag för dag');
    await screenshot(page, 'documents-sv');
    await page.getByRole('button', { name: 'Inställningar' }).click();
    await page.getByRole('dialog', { name: 'Inställningar' }).getByLabel('Mörkt').check();
    await page.keyboard.press('Escape');
    await screenshot(page, 'documents-sv-dark');
  });

  test.describe('printer warm-up', () => {
    test.use({ printerWarmUp: true });

    test('the printer starts once the first screen has loaded, before anything is exported', async ({ page, app }) => {
      expect(app.printer.isRunning()).toBe(false);
      const warmUps: string[] = [];
      page.on('request', (request) => {
        if (isWarmUp(request.url())) warmUps.push(request.url());
      });
      // The answer comes once the printer has started. Waiting for it, not for the printer
      // alone: the server (in this process) can see the request before the browser's report of
      // it reaches the test.
      const answered = page.waitForResponse((response) => isWarmUp(response.url()));
      await openApp(page, app);
      await answered;
      expect(app.printer.isRunning()).toBe(true);
      expect(warmUps).toHaveLength(1);
      // The PDF then comes from the running printer.
      await openRoute(page, app, `/trips/${jinanTripId(app)}/documents`);
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export PDF' }).click();
      expect((await downloading).suggestedFilename()).toMatch(/\.pdf$/);
    });
  });

  test('Export PDF downloads the programme as a PDF that pdf.js reads', async ({ page, app }) => {
    const preview = await openDocuments(page, app);
    await expect(preview.locator('body')).toContainText('济南');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Programme Styrgruppen till Jinan och Shenyang (demo).pdf');
    const pdf = await readPdf(await readFile(await download.path()));
    expect(pdf.pageCount).toBeGreaterThan(1);
    const text = pdf.pages.join('\n');
    expect(text).toContain('Anders Teljebäck');
    expect(text).toContain('济南');
    expect(pdf.fonts.every((font) => font.embedded)).toBe(true);
    await expect(page.getByText('is in your downloads')).toBeVisible();
  });

  test('Ctrl+P from another tab opens Documents and prints the previewed document', async ({ page, app }) => {
    await openApp(page, app);
    await openRoute(page, app, `/trips/${jinanTripId(app)}/programme`);
    // The frame is scriptless but same-origin: the test can see print() being called on it.
    await page.evaluate(() => {
      const seen = new WeakSet<Window>();
      const hook = () => {
        const frame = document.querySelector<HTMLIFrameElement>('[data-testid="document-preview-frame"]');
        const target = frame?.contentWindow;
        if (target && !seen.has(target)) {
          seen.add(target);
          target.print = () => {
            document.body.dataset.printed = frame.title;
          };
        }
      };
      new MutationObserver(hook).observe(document.body, { subtree: true, attributes: true, childList: true });
    });
    await page.keyboard.press('Control+p');
    await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
    await expect(page.locator('body')).toHaveAttribute('data-printed', /^Preview of Programme: Styrgruppen/);
  });

  test.describe('with the sample trips', () => {
    test.use({ seed: 'sample' });

    test('All personal programmes: one PDF per member, named by member, in one zip with progress', async ({ page, app }) => {
      const trip = call(app.core, 'trips:list', {}).find((t) => t.title === OUTGOING_TITLE)!;
      await openApp(page, app);
      await openRoute(page, app, `/trips/${trip.id}/documents`);
      await expect(page.getByTestId('document-preview-frame')).toBeVisible();
      await expect(page.getByText('One PDF per member (5), each named after the member')).toBeVisible();
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'All personal programmes' }).click();
      await expect(page.getByRole('status').filter({ hasText: /Printing \d of 5/ })).toBeVisible();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`Personal programmes – ${OUTGOING_TITLE}.zip`);
      const entries = readStoredZip(await readFile(await download.path()));
      expect(entries.map((e) => e.name)).toEqual(['Anna Östlund.pdf', 'Björn Åkerlund.pdf', 'Elin Sjöö.pdf', 'Lars Ärlebrant.pdf', 'Wang Fang.pdf']);
      const elin = await readPdf(entries[2]!.data);
      expect(elin.pages.join(' ')).toContain('Elin Sjöö');
      await expect(page.getByRole('button', { name: 'All personal programmes' })).toBeEnabled();
    });

    test('All personal programmes: Cancel during a print ends the batch at once and saves nothing', async ({ page, app }) => {
      const trip = call(app.core, 'trips:list', {}).find((t) => t.title === OUTGOING_TITLE)!;
      await openApp(page, app);
      await openRoute(page, app, `/trips/${trip.id}/documents`);
      await expect(page.getByTestId('document-preview-frame')).toBeVisible();
      const downloads: string[] = [];
      page.on('download', (download) => downloads.push(download.suggestedFilename()));

      // The first PDF is held back (a slow first print) until Cancel has been pressed.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let pdfRequests = 0;
      await page.route(
        (url) => decodeURIComponent(url.pathname) === '/api/documents:pdf',
        async (route) => {
          pdfRequests += 1;
          await held;
          await route.continue();
        },
      );
      await page.getByRole('button', { name: 'All personal programmes' }).click();
      const progress = page.getByRole('status').filter({ hasText: 'Printing 1 of 5: Anna Östlund' });
      await expect(progress).toBeVisible();
      await expect(progress.getByRole('progressbar')).toBeVisible();
      await screenshot(page, 'documents-batch-progress');
      await progress.getByRole('button', { name: 'Cancel' }).click();

      await expect(progress).toBeHidden();
      await expect(page.getByRole('status').filter({ hasText: 'Cancelled: nothing was saved.' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'All personal programmes' })).toBeEnabled();
      const answered = page.waitForResponse((response) => decodeURIComponent(new URL(response.url()).pathname) === '/api/documents:pdf');
      release();
      await answered;
      // The answer is dropped: no second PDF is asked for and nothing is saved. (One frame and a
      // task let the page act on the answer first.)
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
      expect(pdfRequests).toBe(1);
      expect(downloads).toEqual([]);
      await expect(page.getByRole('status').filter({ hasText: /Printing \d of 5/ })).toHaveCount(0);
    });
  });
});

/** The entries of a zip written with the "stored" method (what the app writes), by local headers. */
function readStoredZip(zip: Buffer): { name: string; data: Buffer }[] {
  const entries: { name: string; data: Buffer }[] = [];
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    expect(zip.readUInt16LE(at + 8)).toBe(0); // stored
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extraLength = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extraLength;
    entries.push({ name, data: zip.subarray(start, start + size) });
    at = start + size;
  }
  return entries;
}
