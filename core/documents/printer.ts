import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
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

/** Start one headless Chromium; print as many documents as needed, then close(). */
export async function launchPdfPrinter(options: { executablePath?: string } = {}): Promise<PdfPrinter> {
  const executablePath = options.executablePath ?? findChromium();
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    throw new PrinterUnavailableError(`Chromium at ${executablePath} could not be started: ${(error as Error).message.split('\n')[0]}`);
  }
  return {
    async print(html, settings) {
      const context = await browser.newContext({ javaScriptEnabled: true, offline: true });
      try {
        const page = await context.newPage();
        // Nothing may be fetched: everything the document needs is inline.
        await page.route('**/*', (route) => route.abort());
        await page.emulateMedia({ media: 'print' });
        await page.setContent(html, { waitUntil: 'load' });
        const failed = (await page.evaluate(WAIT_FOR_FONTS_SCRIPT)) as string[];
        if (failed.length > 0) throw new Error(`Fonts failed to load: ${failed.join('; ')}`);
        return await page.pdf(toPlaywrightPdfOptions(settings));
      } finally {
        await context.close();
      }
    },
    close: () => browser.close(),
  };
}
