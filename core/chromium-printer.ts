import type { PdfPrinter } from './documents/printer';
import type { PrintPdf } from './api/deferred';

/**
 * The CLI's and browser mode's PDF printer for 'documents:pdf': the Playwright/Chromium printer of
 * core/documents/printer.ts, started on the first print and reused after that (a browser start
 * costs about a second), closed again after `idleMs` without prints.
 *
 * playwright-core is imported lazily, so a process that never prints (and Electron's bundle, which
 * never imports this module) does not load it.
 */
export interface LazyPrinter {
  printPdf: PrintPdf;
  /**
   * Start the browser now, ahead of the first print (the app asks once it is idle: the first PDF
   * took seconds longer than the next ones). Resolves when it runs or could not start; a failure
   * is left to the print that follows, which reports it. Closed again after `idleMs` unused.
   */
  warmUp(): Promise<void>;
  /** Whether a browser is running or starting (for tests and diagnostics). */
  isRunning(): boolean;
  /** Close the browser if it runs; printing again starts a new one. */
  close(): Promise<void>;
}

export function lazyChromiumPrinter(options: { idleMs?: number; launch?: () => Promise<PdfPrinter> } = {}): LazyPrinter {
  const idleMs = options.idleMs ?? 120_000;
  const launch = options.launch ?? (async () => (await import('./documents/printer')).launchPdfPrinter());
  let printer: Promise<PdfPrinter> | null = null;
  // A function, so TypeScript does not keep the narrowing of `printer ??=` across the awaits.
  const started = () => printer !== null;
  let running = 0;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;

  const shutDown = async () => {
    const current = printer;
    printer = null;
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    if (current) await current.then((p) => p.close()).catch(() => undefined);
  };

  const armIdleTimer = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    if (running === 0 && started()) {
      idleTimer = setTimeout(() => void shutDown(), idleMs);
      idleTimer.unref?.();
    }
  };

  const start = (): Promise<PdfPrinter> => {
    const current = (printer ??= launch());
    return current.catch((error: unknown) => {
      if (printer === current) printer = null; // try again next time (Chromium may be installed by then)
      throw error;
    });
  };

  const warmUp = async (): Promise<void> => {
    try {
      await start();
    } catch {
      // The next print starts again and says why it cannot.
    }
    armIdleTimer();
  };

  const printPdf: PrintPdf = async (html, page) => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    running += 1;
    const current = (printer ??= launch());
    try {
      const pdf = await start();
      return await pdf.print(html, page).catch(async (error: unknown) => {
        // A crashed or disconnected browser fails every later print too: start afresh next time.
        if (printer === current) await shutDown();
        throw error;
      });
    } finally {
      running -= 1;
      armIdleTimer();
    }
  };

  return { printPdf, warmUp, isRunning: started, close: shutDown };
}
