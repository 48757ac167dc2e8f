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

  const printPdf: PrintPdf = async (html, page) => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
    running += 1;
    const current = (printer ??= launch());
    try {
      const pdf = await current.catch((error: unknown) => {
        if (printer === current) printer = null; // try again next time (Chromium may be installed by then)
        throw error;
      });
      return await pdf.print(html, page).catch(async (error: unknown) => {
        // A crashed or disconnected browser fails every later print too: start afresh next time.
        if (printer === current) await shutDown();
        throw error;
      });
    } finally {
      running -= 1;
      if (running === 0 && started()) {
        idleTimer = setTimeout(() => void shutDown(), idleMs);
        idleTimer.unref?.();
      }
    }
  };

  return { printPdf, close: shutDown };
}
