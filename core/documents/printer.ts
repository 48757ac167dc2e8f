import fs from 'node:fs';
import os from 'node:os';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { toPlaywrightPdfOptions, type PageSettings } from './page-settings';
import { WAIT_FOR_FONTS_SCRIPT } from './wait-for-fonts';

/**
 * Printing HTML to PDF with the machine's Chromium through Playwright (CLI and tests). Electron
 * prints the same HTML with the same PageSettings via webContents.printToPDF; both must run
 * WAIT_FOR_FONTS_SCRIPT first.
 */

// In its own module so Electron's bundle can use it without pulling in playwright-core.
export { WAIT_FOR_FONTS_SCRIPT } from './wait-for-fonts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export class PrinterUnavailableError extends Error {
  override name = 'PrinterUnavailableError';
}

/** $CHROMIUM_PATH, else the first installed Chromium/Chrome found. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new PrinterUnavailableError(`CHROMIUM_PATH points to ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => fs.existsSync(p));
  if (!found) throw new PrinterUnavailableError('Chromium was not found: install chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH');
  return found;
}

export interface PdfPrinter {
  /** Print one self-contained HTML page. */
  print(html: string, page: PageSettings): Promise<Buffer>;
  close(): Promise<void>;
}

/** One warm page of the printer, in a browser context of its own. */
interface Slot {
  context: BrowserContext;
  page: Page;
}

/**
 * Start one headless Chromium; print as many documents as needed, then close().
 *
 * Prints reuse warm pages: up to `pages` (default: one per core) each in its own offline browser
 * context (every network request fails) with print media emulated, made once. After every print the
 * page goes back to about:blank, a new document and a new window, so nothing of one document (its
 * DOM, fonts or any script state) is seen by the next one, and its memory is freed while idle; the
 * page returns to the pool only once it is blank, but the print does not wait for that. A print
 * that fails discards its page. More prints at once than pages wait for a free page.
 */
export async function launchPdfPrinter(options: { executablePath?: string; pages?: number } = {}): Promise<PdfPrinter> {
  const executablePath = options.executablePath ?? findChromium();
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    throw new PrinterUnavailableError(`Chromium at ${executablePath} could not be started: ${(error as Error).message.split('\n')[0]}`);
  }
  const maxPages = Math.max(1, options.pages ?? os.availableParallelism());
  const idle: Slot[] = [];
  /** Pages open or being opened. */
  let open = 0;
  /** Prints waiting for a page: given a free page, or null to try again (a page was discarded). */
  const waiting: ((slot: Slot | null) => void)[] = [];
  let closed = false;

  const openSlot = async (): Promise<Slot> => {
    // Nothing may be fetched: everything the document needs is inline. The context is offline,
    // which fails every network request of its pages (images, styles, fonts, frames, fetch,
    // WebSocket, beacons: the pool test checks them against a live server); Chromium refuses
    // file: URLs to them anyway, and our documents' CSP allows nothing but data: on top of that.
    // No request interception (page.route) as well: it made every print about 10% slower —
    // Chromium's page.pdf is slower with the Fetch domain on — and blocked nothing more.
    const context = await browser.newContext({ javaScriptEnabled: true, offline: true });
    try {
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      return { context, page };
    } catch (error) {
      await context.close().catch(() => undefined);
      throw error;
    }
  };

  const acquire = async (): Promise<Slot> => {
    if (closed) throw new Error('The PDF printer is closed');
    const ready = idle.pop();
    if (ready) return ready;
    if (open < maxPages) {
      open += 1;
      try {
        return await openSlot();
      } catch (error) {
        open -= 1;
        waiting.shift()?.(null);
        throw error;
      }
    }
    const slot = await new Promise<Slot | null>((resolve) => waiting.push(resolve));
    return slot ?? acquire();
  };

  const release = (slot: Slot, reusable: boolean) => {
    if (!reusable || closed) {
      open -= 1;
      void slot.context.close().catch(() => undefined);
      waiting.shift()?.(null);
      return;
    }
    const next = waiting.shift();
    if (next) next(slot);
    else idle.push(slot);
  };

  return {
    async print(html, settings) {
      const slot = await acquire();
      const { page } = slot;
      let pdf: Buffer;
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const failed = (await page.evaluate(WAIT_FOR_FONTS_SCRIPT)) as string[];
        if (failed.length > 0) throw new Error(`Fonts failed to load: ${failed.join('; ')}`);
        pdf = await page.pdf(toPlaywrightPdfOptions(settings));
      } catch (error) {
        release(slot, false);
        throw error;
      }
      // The PDF is done: the caller need not wait while the page unloads its document (a tenth
      // of a second for the large programme), and a batch renders its next member meanwhile.
      // A page that cannot go blank is discarded rather than reused.
      void page.goto('about:blank').then(
        () => release(slot, true),
        () => release(slot, false),
      );
      return pdf;
    },
    async close() {
      closed = true;
      idle.length = 0;
      for (const wake of waiting.splice(0)) wake(null);
      await browser.close();
    },
  };
}
