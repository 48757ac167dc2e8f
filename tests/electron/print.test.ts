import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as PrintModuleType from '../../electron/print';
import { DOCUMENT_CSP } from '../../core/documents/html';
import { pageSettings, toElectronPrintToPdfOptions } from '../../core/documents/page-settings';
import { WAIT_FOR_FONTS_SCRIPT } from '../../core/documents/wait-for-fonts';
import { fakeElectron, type FakeBrowserWindow, type FakeElectron, type FakeSession } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

/**
 * electron/print.ts with a fake electron: what the hidden print window may do, what it is given,
 * and that it is always destroyed. (Real printing is covered by the Chromium tests in
 * tests/documents; this checks the Electron wiring around the same HTML and page settings.)
 */
type PrintModule = typeof PrintModuleType;
let electron: FakeElectron;
let print: PrintModule;
const HTML = '<!DOCTYPE html><html><head><title>Programme</title></head><body>Jinan 济南</body></html>';
const page = pageSettings('a4', '<div>header</div>', '<div>footer</div>');

beforeEach(async () => {
  vi.resetModules(); // a fresh print session per test
  electron = await fakeElectron();
  electron.__reset();
  print = await import('../../electron/print');
});

const printSession = (): FakeSession => electron.session.partitions.get('delegation-print')!;
const lastWindow = (): FakeBrowserWindow => electron.BrowserWindow.instances.at(-1)!;

/** Make the next window "load" its URL through the print session's protocol handler. */
function serveOnLoad(): { served: Response[] } {
  const served: Response[] = [];
  const original = electron.BrowserWindow;
  class LoadingWindow extends original {
    constructor(options: Record<string, unknown>) {
      super(options);
      this.loadURL.mockImplementation(async (url: string) => {
        served.push(await printSession().protocolHandlers.get('dp-print')!(new Request(url)));
        return undefined;
      });
    }
  }
  electron.BrowserWindow = LoadingWindow;
  return { served };
}

describe('printPdfWithElectron', () => {
  it('prints in a hidden, sandboxed, offscreen window of its own session, with the page settings', async () => {
    const { served } = serveOnLoad();
    const pdf = await print.printPdfWithElectron(HTML, page);
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fake');

    const win = lastWindow();
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toMatchObject({
      partition: 'delegation-print',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      offscreen: true,
      devTools: false,
      // Explicit, not Electron's default: a default can change with an upgrade (issue 15.10).
      experimentalFeatures: false,
    });
    expect(win.options.webPreferences).not.toHaveProperty('preload');
    const url = win.loadURL.mock.calls[0]![0];
    expect(url).toMatch(/^dp-print:\/\/document\/[0-9a-f-]{36}$/);
    expect(win.webContents.executeJavaScript).toHaveBeenCalledWith(WAIT_FOR_FONTS_SCRIPT, true);
    expect(win.webContents.printToPDF).toHaveBeenCalledExactlyOnceWith(toElectronPrintToPdfOptions(page));
    expect(win.destroy).toHaveBeenCalled();

    // The document was served from memory, once, with a CSP that lets it run and fetch nothing.
    expect(served).toHaveLength(1);
    expect(served[0]!.status).toBe(200);
    expect(await served[0]!.text()).toBe(HTML);
    expect(served[0]!.headers.get('content-security-policy')).toBe(DOCUMENT_CSP);
    expect(served[0]!.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await printSession().protocolHandlers.get('dp-print')!(new Request(url))).status).toBe(404);
  });

  it('sets up the print session to deny every permission and every request but the document', async () => {
    serveOnLoad();
    await print.printPdfWithElectron(HTML, page);
    const ses = printSession();
    expect(electron.session.fromPartition).toHaveBeenCalledWith('delegation-print', { cache: false });
    const granted = vi.fn();
    ses.permissionRequestHandler?.(null, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(ses.permissionCheckHandler?.(null, 'clipboard-read')).toBe(false);
    const verdict = (url: string) => {
      let cancel: boolean | undefined;
      ses.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(verdict('https://evil.example/track.png')).toBe(true);
    expect(verdict('file:///etc/passwd')).toBe(true);
    expect(verdict('app://app/index.html')).toBe(true);
    expect(verdict('dp-print://document/abc')).toBe(false);
    expect(verdict('data:font/woff2;base64,AAAA')).toBe(false);
    // Set up once, however many documents are printed.
    await print.printPdfWithElectron(HTML, page);
    expect(electron.session.fromPartition).toHaveBeenCalledTimes(1);
  });

  it('refuses to print with missing fonts, and destroys the window anyway', async () => {
    serveOnLoad();
    const original = electron.BrowserWindow;
    class BrokenFonts extends original {
      constructor(options: Record<string, unknown>) {
        super(options);
        this.webContents.executeJavaScript.mockResolvedValue(['Noto Sans SC 400 U+4e00-9fff']);
      }
    }
    electron.BrowserWindow = BrokenFonts;
    await expect(print.printPdfWithElectron(HTML, page)).rejects.toThrow(/Fonts failed to load: Noto Sans SC/);
    expect(lastWindow().webContents.printToPDF).not.toHaveBeenCalled();
    expect(lastWindow().destroy).toHaveBeenCalled();
  });

  it('destroys the window when loading fails', async () => {
    const original = electron.BrowserWindow;
    class FailingLoad extends original {
      constructor(options: Record<string, unknown>) {
        super(options);
        this.loadURL.mockRejectedValue(new Error('ERR_ABORTED'));
      }
    }
    electron.BrowserWindow = FailingLoad;
    await expect(print.printPdfWithElectron(HTML, page)).rejects.toThrow('ERR_ABORTED');
    expect(lastWindow().destroy).toHaveBeenCalled();
  });
});

describe('warmUpElectronPrinter', () => {
  it('sets up the print session and loads one empty page in a print window, then destroys it', async () => {
    const { served } = serveOnLoad();
    await print.warmUpElectronPrinter();
    expect(printSession()).toBeDefined();
    const win = lastWindow();
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, offscreen: true, partition: 'delegation-print' });
    expect(served[0]!.status).toBe(200);
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
    expect(win.destroy).toHaveBeenCalled();
  });

  it('never fails: a window that cannot load is left to the next print to report', async () => {
    const original = electron.BrowserWindow;
    class FailingLoad extends original {
      constructor(options: Record<string, unknown>) {
        super(options);
        this.loadURL.mockRejectedValue(new Error('ERR_ABORTED'));
      }
    }
    electron.BrowserWindow = FailingLoad;
    await expect(print.warmUpElectronPrinter()).resolves.toBeUndefined();
    expect(lastWindow().destroy).toHaveBeenCalled();
  });
});

describe('printWithDialog', () => {
  it('opens the system print dialog for the document in a hidden (not offscreen) window', async () => {
    serveOnLoad();
    expect(await print.printWithDialog(HTML)).toEqual({ status: 'printed' });
    const win = lastWindow();
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, offscreen: false, partition: 'delegation-print' });
    expect(win.webContents.print).toHaveBeenCalledWith({ silent: false, printBackground: true }, expect.any(Function));
    expect(win.destroy).toHaveBeenCalled();
  });

  it('reports a cancelled dialog and a failed print', async () => {
    serveOnLoad();
    const original = electron.BrowserWindow;
    let reason = 'cancelled';
    class Printing extends original {
      constructor(options: Record<string, unknown>) {
        super(options);
        this.webContents.print.mockImplementation((_options, callback) => callback(false, reason));
      }
    }
    electron.BrowserWindow = Printing;
    expect(await print.printWithDialog(HTML)).toEqual({ status: 'cancelled' });
    reason = 'failed';
    expect(await print.printWithDialog(HTML)).toEqual({ status: 'failed', message: 'Printing failed (failed)' });
  });
});
