import { app, BrowserWindow, dialog, Menu, screen, session } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { dataDir, dataFilePath } from '../core/data-location';
import type { MenuCommand } from '../shared/api/client';
import { APP_ENTRY_URL } from './app-url';
import { MENU_COMMAND_CHANNEL } from './channels';
import { createDatabaseKey, databaseKeyFor } from './database-key';
import { deliverPendingOpenFile, installDesktopHandlers } from './files';
import { installIpcHandlers } from './ipc';
import { buildMenuTemplate } from './menu';
import { CoreStartError, startCoreProcess, type RemoteCore } from './core-host';
import { delegationFileFromArgv, setPendingOpenFile } from './open-file';
import { printPdfWithElectron, printWithDialog, warmUpElectronPrinter } from './print';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenAllWebContents, hardenSession, hardenWebContents, secureWebPreferences } from './security';
import { MIN_SIZE, placeWindow, readWindowState, writeWindowState } from './window-state';

/**
 * Electron entry (bundled to dist/electron/main.cjs). Only wiring lives here: the domain is in
 * core/, the rules in the small electron/ modules it imports.
 */
export { getPendingOpenFile, takePendingOpenFile } from './open-file';

const WINDOW_STATE_FILE = 'window-state.json';

// Relative to the bundle in dist/electron/, so the same code works from the repo and from app.asar.
const rendererDir = () => path.join(__dirname, '../renderer');
const preloadPath = () => path.join(__dirname, 'preload.cjs');
const coreProcessPath = () => path.join(__dirname, 'core-process.cjs');
const userDataFile = (name: string) => path.join(app.getPath('userData'), name);

let core: RemoteCore | null = null;
let started: Promise<void> = Promise.resolve();
let stopped: Promise<void> = Promise.resolve();

/** Settles once startup after 'ready' has finished (the core process starts asynchronously). */
export const whenStarted = (): Promise<void> => started;
/** Settles once the core process has closed the database after 'will-quit'. */
export const whenStopped = (): Promise<void> => stopped;
let mainWindow: BrowserWindow | null = null;

export function start(): void {
  // Two instances would open the same SQLite file and fight over it: the second one hands its
  // arguments to the first (the 'second-instance' event) and leaves.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme(); // must happen before 'ready'
  hardenAllWebContents();

  setPendingOpenFile(delegationFileFromArgv(process.argv, process.cwd()));
  app.on('second-instance', (_event, argv, workingDirectory) => {
    setPendingOpenFile(delegationFileFromArgv(argv, workingDirectory));
    focusMainWindow();
    deliverPendingOpenFile(mainWindow?.webContents); // the page opens its import dialog
  });
  // macOS delivers double-clicked files this way, possibly before 'ready', so listen early.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    setPendingOpenFile(filePath);
    deliverPendingOpenFile(mainWindow?.webContents); // waits until the page listens
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit(); // macOS apps stay in the Dock
  });
  app.on('activate', () => {
    if (core && BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  app.on('will-quit', (event) => {
    if (!core) return;
    // Wait for the core process to flush and release the database file, then quit for real.
    event.preventDefault();
    const closing = core;
    core = null;
    stopped = closing.close().finally(() => app.quit());
  });

  started = app.whenReady().then(onReady);
}

async function onReady(): Promise<void> {
  try {
    // openCore refuses a missing folder (a moved data folder must not silently start empty),
    // but on first run userData may not exist yet: that one we create.
    // The browser mode (`npm run web`) computes the same folder without Electron: data-location.ts.
    const folder = dataDir(app.getPath('userData'));
    fs.mkdirSync(folder, { recursive: true });
    // An encrypted database's key is in the OS keychain (database-key.ts; only the main process
    // may use safeStorage); none: a plain file. The core process gets it with its start message.
    const passphrase = databaseKeyFor(dataFilePath(folder), app.getPath('userData'));
    // The database lives in its own process (core-process.ts) so SQLite never blocks this thread;
    // 'documents:pdf' still prints here, in a hidden window with webContents.printToPDF (print.ts).
    core = await startCoreProcess({
      entry: coreProcessPath(),
      dbPath: dataFilePath(folder),
      passphrase,
      printer: { printPdf: printPdfWithElectron, warmUpPrinter: warmUpElectronPrinter },
      // 'database:encrypt' (Settings) asks for a new keychain key; safeStorage is main-process only.
      createDatabaseKey: () => createDatabaseKey(app.getPath('userData')),
    });
  } catch (error) {
    // StartupError messages are written for the user (newer database, not a database, …).
    const message =
      error instanceof CoreStartError && error.expected ? error.message : `The data file could not be opened. (${error instanceof Error ? error.message : String(error)})`;
    dialog.showErrorBox(`${app.getName()} cannot start`, message);
    app.quit();
    return;
  }
  hardenSession(session.defaultSession); // before any page exists
  handleAppProtocol(rendererDir());
  installIpcHandlers(core);
  installDesktopHandlers({ printDocument: printWithDialog });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        appName: app.getName(),
        isMac: process.platform === 'darwin',
        isPackaged: app.isPackaged,
        send: sendMenuCommand,
      }),
    ),
  );
  createMainWindow();
}

function createMainWindow(): BrowserWindow {
  const stateFile = userDataFile(WINDOW_STATE_FILE);
  const placement = placeWindow(
    readWindowState(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const win = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: app.getName(),
    show: false, // shown on 'ready-to-show' so there is no blank flash
    webPreferences: secureWebPreferences(preloadPath(), { devTools: !app.isPackaged }),
  });
  hardenWebContents(win.webContents);

  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    // Normal bounds, so a maximized window comes back maximized over its old restored size.
    const { x, y, width, height } = win.getNormalBounds();
    writeWindowState(stateFile, {
      x: Math.round(x),
      y: Math.round(y),
      width: Math.round(width),
      height: Math.round(height),
      maximized: win.isMaximized(),
    });
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('[main] could not load the renderer', error));

  mainWindow = win;
  return win;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function sendMenuCommand(command: MenuCommand): void {
  // With every window closed (macOS) there is no page to receive it; bring the window back.
  if (!mainWindow) {
    if (core) createMainWindow();
    return;
  }
  mainWindow.webContents.send(MENU_COMMAND_CHANNEL, command);
}

// Vitest imports this module to drive start() with a mocked electron; everywhere else, run.
if (!process.env.VITEST) start();
