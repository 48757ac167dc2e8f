import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type Session, type WebContents, type WebPreferences } from 'electron';
import type { PrintPdf } from '../core/core';
import { DOCUMENT_CSP } from '../core/documents/html';
import { toElectronPrintToPdfOptions } from '../core/documents/page-settings';
import { WAIT_FOR_FONTS_SCRIPT } from '../core/documents/wait-for-fonts';
import type { PrintOutcome } from '../shared/api/client';

/**
 * Printing programme documents in the app: the same self-contained HTML and page settings the CLI
 * prints with Chromium (core/documents), here with Electron's webContents.printToPDF (for
 * 'documents:pdf') or webContents.print (the system print dialog).
 *
 * Each document is loaded into a hidden window of its own:
 * - in an in-memory session of its own (nothing shared with the app's session, nothing on disk),
 *   whose only content is a `dp-print://document/<random id>` URL answered from memory, once;
 * - every other request of that session is cancelled, and every permission denied;
 * - sandboxed, context-isolated, no preload, no Node: the page has no way back into the app;
 * - JavaScript on only because WAIT_FOR_FONTS_SCRIPT runs there (executeJavaScript needs it). The
 *   document itself can run nothing: its CSP (header and meta) is default-src 'none'.
 */
export const PRINT_PARTITION = 'delegation-print'; // no "persist:": in memory
export const PRINT_SCHEME = 'dp-print';
const DOCUMENT_URL_PREFIX = `${PRINT_SCHEME}://document/`;
/** A print that has not finished loading and printing by then is abandoned. */
export const PRINT_TIMEOUT_MS = 60_000;

/** The documents waiting to be loaded by their print window, by random id. */
const pending = new Map<string, string>();
let printSession: Session | null = null;

export function printWebPreferences(offscreen: boolean): WebPreferences {
  return {
    partition: PRINT_PARTITION,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    javascript: true, // only for WAIT_FOR_FONTS_SCRIPT; the page's CSP blocks its own scripts
    webviewTag: false,
    experimentalFeatures: false, // said, not left to Electron's default
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: false,
    safeDialogs: true,
    backgroundThrottling: false, // a hidden window must still lay out and load its fonts
    offscreen,
  };
}

/** Serve one pending document by id; anything else is 404. Exported for tests. */
export function servePrintRequest(request: Request): Response {
  const id = request.url.startsWith(DOCUMENT_URL_PREFIX) ? request.url.slice(DOCUMENT_URL_PREFIX.length) : '';
  const html = pending.get(id);
  if (html === undefined || request.method !== 'GET') return new Response(null, { status: 404 });
  pending.delete(id); // loaded once
  return new Response(html, {
    status: 200,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': DOCUMENT_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}

/** The print session, set up on first use (after app 'ready'). */
export function getPrintSession(): Session {
  if (printSession) return printSession;
  const ses = session.fromPartition(PRINT_PARTITION, { cache: false });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.protocol.handle(PRINT_SCHEME, servePrintRequest);
  // The document is self-contained (fonts and logo are data: URLs): nothing else may load.
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(details.url.startsWith(DOCUMENT_URL_PREFIX) || details.url.startsWith('data:')) });
  });
  printSession = ses;
  return ses;
}

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took too long`)), PRINT_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Load `html` in a fresh hidden window, wait for its fonts, hand the page to `use`, then destroy it. */
async function withDocumentWindow<T>(html: string, offscreen: boolean, use: (contents: WebContents) => Promise<T>): Promise<T> {
  getPrintSession();
  const id = randomUUID();
  pending.set(id, html);
  const win = new BrowserWindow({ show: false, width: 900, height: 1200, webPreferences: printWebPreferences(offscreen) });
  try {
    await withTimeout(win.loadURL(`${DOCUMENT_URL_PREFIX}${id}`), 'Loading the document');
    const failed = (await withTimeout(win.webContents.executeJavaScript(WAIT_FOR_FONTS_SCRIPT, true), 'Loading the fonts')) as unknown;
    if (Array.isArray(failed) && failed.length > 0) throw new Error(`Fonts failed to load: ${failed.join('; ')}`);
    return await use(win.webContents);
  } finally {
    pending.delete(id);
    if (!win.isDestroyed()) win.destroy();
  }
}

/** The app's printer for 'documents:pdf' (given to openCore). */
export const printPdfWithElectron: PrintPdf = (html, page) =>
  withDocumentWindow(html, true, async (contents) => {
    const pdf = await withTimeout(contents.printToPDF(toElectronPrintToPdfOptions(page)), 'Printing the PDF');
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  });

/**
 * Ahead of the first print ('documents:warmUp', asked by the app once it is idle): set up the
 * print session and load one empty page in a print window, so the first export does not pay for
 * the session and the first print renderer. Failures are left to the print that follows.
 */
export async function warmUpElectronPrinter(): Promise<void> {
  try {
    await withDocumentWindow('<!DOCTYPE html><html><head><title>Delegation Planner</title></head><body></body></html>', true, async () => undefined);
  } catch {
    // The next print tries again and reports what went wrong.
  }
}

/**
 * Print through the system print dialog. The window is hidden but not offscreen: the native
 * dialog needs a real window behind it.
 */
export async function printWithDialog(html: string): Promise<PrintOutcome> {
  try {
    return await withDocumentWindow(
      html,
      false,
      (contents) =>
        new Promise<PrintOutcome>((resolve) => {
          contents.print({ silent: false, printBackground: true }, (success, failureReason) => {
            if (success) resolve({ status: 'printed' });
            else if (failureReason === 'cancelled') resolve({ status: 'cancelled' });
            else resolve({ status: 'failed', message: `Printing failed (${failureReason || 'unknown reason'})` });
          });
        }),
    );
  } catch (error) {
    return { status: 'failed', message: (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'Printing failed' };
  }
}
