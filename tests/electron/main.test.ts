import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { operationNames } from '../../shared/api/contract';
import { DESKTOP_CHANNELS } from '../../electron/channels';
import { fakeElectron, type FakeElectron } from './fake-electron';
import type * as MainModuleType from '../../electron/main';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

/**
 * Drives electron/main.ts through the fake electron with the REAL core on a temporary userData
 * folder, so startup, the database and IPC are exercised together.
 */
let userData: string;
let electron: FakeElectron;
type MainModule = typeof MainModuleType;
let main: MainModule;

async function load(options: { lock?: boolean } = {}) {
  vi.resetModules(); // fresh module state in main.ts (core, window)
  electron = await fakeElectron();
  electron.__reset();
  electron.app.getPath.mockImplementation(() => userData);
  electron.app.requestSingleInstanceLock.mockReturnValue(options.lock ?? true);
  main = await import('../../electron/main');
}
/** Fire 'ready' and wait until startup (the core process included) has finished. */
async function becomeReady() {
  electron.__becomeReady();
  await main.whenStarted();
}
/** Quit the way Electron does: 'will-quit' with an event the app may hold up, until the core has closed. */
async function quit() {
  electron.app.emit('will-quit', { preventDefault: vi.fn() });
  await main.whenStopped();
}
const dbFile = () => path.join(userData, 'delegation-planner.sqlite');
const onlyWindow = () => {
  expect(electron.BrowserWindow.instances).toHaveLength(1);
  return electron.BrowserWindow.instances[0]!;
};

beforeEach(() => {
  userData = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dp-main-')), 'userData'); // not created yet, as on first run
});
afterEach(async () => {
  if (electron) await quit(); // close the database before deleting its folder
  fs.rmSync(path.dirname(userData), { recursive: true, force: true });
});

describe('single instance', () => {
  it('quits at once, touching nothing, when another instance holds the lock', async () => {
    await load({ lock: false });
    main.start();
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(fs.existsSync(userData)).toBe(false);
  });

  it('requests the lock, and focuses the existing window when a second instance starts', async () => {
    await load();
    main.start();
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    await becomeReady();
    const win = onlyWindow();
    win.isMinimized.mockReturnValue(true);
    electron.app.emit('second-instance', {}, ['/opt/dp/delegation-planner', '--allow-file-access', '/home/eva/Jinan.delegation'], '/home/eva');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(main.getPendingOpenFile()).toBe(path.resolve('/home/eva/Jinan.delegation'));
    expect(electron.app.quit).not.toHaveBeenCalled();
  });

  it('reads .delegation paths from argv relative to the caller’s directory, ignoring switches', async () => {
    await load();
    const { delegationFileFromArgv } = await import('../../electron/open-file');
    expect(delegationFileFromArgv(['dp', 'trips/Jinan.DELEGATION'], '/home/eva')).toBe(path.resolve('/home/eva/trips/Jinan.DELEGATION'));
    expect(delegationFileFromArgv(['dp', '--inspect=x.delegation', '.'], '/home/eva')).toBeNull();
    expect(delegationFileFromArgv(['x.delegation'], '/home/eva')).toBeNull(); // argv[0] is the program
  });
});

describe('startup', () => {
  it('registers app:// before ready, then opens the database, protocol, IPC, menu and a secure window', async () => {
    await load();
    main.start();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0); // nothing before ready
    await becomeReady();

    expect(fs.existsSync(dbFile())).toBe(true);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(
      [...operationNames.map((n) => `api:${n}`), ...DESKTOP_CHANNELS].sort(),
    );
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();

    const win = onlyWindow();
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String((win.options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
    expect(win.options.show).toBe(false);
    expect(win.loadURL).toHaveBeenCalledWith('app://app/');
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();

    // The window is hardened: leaving the app is prevented.
    const preventDefault = vi.fn();
    win.webContents.emit('will-navigate', { url: 'https://evil.example/', preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('answers IPC from the app page with the real core', async () => {
    await load();
    main.start();
    await becomeReady();
    const list = electron.ipcMain.handlers.get('api:trips:list')!;
    expect(await list({ senderFrame: { url: 'app://app/', parent: null } }, {})).toEqual({ ok: true, value: [] });
  });

  it('answers documents:pdf with the Electron printer (a hidden window, printToPDF)', async () => {
    await load();
    main.start();
    await becomeReady();
    const app = { senderFrame: { url: 'app://app/', parent: null } };
    const create = electron.ipcMain.handlers.get('api:trips:create')!;
    const trip = (await create(app, { title: 'Jinan', direction: 'outgoing', startDate: '2026-05-10', endDate: '2026-05-12' })) as { value: { id: string } };
    const pdf = electron.ipcMain.handlers.get('api:documents:pdf')!;
    const result = await pdf(app, { tripId: trip.value.id });
    expect(result).toMatchObject({ ok: true, value: { fileName: 'Program Jinan.pdf', base64: Buffer.from('%PDF-1.7 fake').toString('base64') } });
    const printWindow = electron.BrowserWindow.instances[1]!;
    expect(printWindow.options.webPreferences).toMatchObject({ sandbox: true, offscreen: true, partition: 'delegation-print' });
    expect(printWindow.webContents.printToPDF).toHaveBeenCalledTimes(1);
    expect(printWindow.destroy).toHaveBeenCalled();
  });

  it('shows the StartupError message and quits when the data file is not a database', async () => {
    fs.mkdirSync(userData, { recursive: true });
    fs.writeFileSync(dbFile(), 'these are my notes, not a database '.repeat(200));
    await load();
    main.start();
    await becomeReady();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith(
      'Delegation Planner cannot start',
      expect.stringMatching(/not a Delegation Planner database/),
    );
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('closes the database when the app quits', async () => {
    await load();
    main.start();
    await becomeReady();
    expect(fs.existsSync(`${dbFile()}-wal`)).toBe(true); // open in WAL mode
    await quit();
    expect(electron.app.quit).toHaveBeenCalled(); // once the core process had closed the file
    expect(fs.existsSync(`${dbFile()}-wal`)).toBe(false); // SQLite removes the WAL on the last close
  });
});

describe('while running', () => {
  it('sends menu commands to the window on the single menu channel', async () => {
    await load();
    main.start();
    await becomeReady();
    const template = electron.Menu.buildFromTemplate.mock.calls[0]![0] as MenuItemConstructorOptions[];
    const file = template.find((m) => m.label?.replace('&', '') === 'File')!.submenu as MenuItemConstructorOptions[];
    (file.find((i) => i.label === 'New Trip…')!.click as () => void)();
    expect(onlyWindow().webContents.send).toHaveBeenCalledExactlyOnceWith('menu:command', 'new-trip');
  });

  it('sends an opened .delegation file to the page once it listens, read and ready to import', async () => {
    fs.mkdirSync(userData, { recursive: true });
    const file = path.join(userData, 'Jinan.delegation');
    fs.writeFileSync(file, '{"format":"delegation-planner/trip"}');
    await load();
    main.start();
    electron.app.emit('open-file', { preventDefault: vi.fn() }, file); // before ready: waits
    await becomeReady();
    const win = onlyWindow();
    expect(win.webContents.send).not.toHaveBeenCalled();
    const ready = electron.ipcMain.handlers.get('desktop:open-file-ready')!;
    // Only the app's own page may ask.
    expect(await ready({ senderFrame: { url: 'https://evil.example/', parent: null }, sender: win.webContents }, undefined)).toBe(false);
    expect(win.webContents.send).not.toHaveBeenCalled();
    await ready({ senderFrame: { url: 'app://app/', parent: null }, sender: win.webContents }, undefined);
    expect(win.webContents.send).toHaveBeenCalledExactlyOnceWith('desktop:open-file', {
      fileName: 'Jinan.delegation',
      content: '{"format":"delegation-planner/trip"}',
    });
    // A second instance started with another file: delivered at once to the listening page.
    electron.app.emit('second-instance', {}, ['dp', path.join(userData, 'missing.delegation')], userData);
    expect(win.webContents.send).toHaveBeenLastCalledWith('desktop:open-file', {
      fileName: 'missing.delegation',
      error: expect.stringMatching(/Cannot read .*missing\.delegation/),
    });
  });

  it('records a .delegation file from macOS open-file', async () => {
    await load();
    main.start();
    const preventDefault = vi.fn();
    electron.app.emit('open-file', { preventDefault }, '/Users/eva/Wuxi visit.delegation');
    expect(preventDefault).toHaveBeenCalled();
    expect(main.getPendingOpenFile()).toBe('/Users/eva/Wuxi visit.delegation');
    expect(main.takePendingOpenFile()).toBe('/Users/eva/Wuxi visit.delegation');
    expect(main.getPendingOpenFile()).toBeNull();
  });

  it('remembers the window size and position for the next start', async () => {
    await load();
    main.start();
    await becomeReady();
    const first = onlyWindow();
    first.getNormalBounds.mockReturnValue({ x: 120, y: 80, width: 1024, height: 720 });
    first.isMaximized.mockReturnValue(true);
    first.emit('close');
    await quit();

    await load();
    main.start();
    await becomeReady();
    const second = onlyWindow();
    expect(second.options).toMatchObject({ x: 120, y: 80, width: 1024, height: 720 });
    second.emit('ready-to-show');
    expect(second.maximize).toHaveBeenCalled();
  });

  it('quits when the last window closes (not macOS), and reopens a window on activate', async () => {
    await load();
    main.start();
    await becomeReady();
    onlyWindow().emit('closed');
    electron.app.emit('activate');
    expect(electron.BrowserWindow.instances.filter((w) => !w.closed)).toHaveLength(1);
    if (process.platform !== 'darwin') {
      electron.app.emit('window-all-closed');
      expect(electron.app.quit).toHaveBeenCalled();
    }
  });

  it('ignores a corrupt window-state file', async () => {
    fs.mkdirSync(userData, { recursive: true });
    fs.writeFileSync(path.join(userData, 'window-state.json'), '{"x": "left", ');
    await load();
    main.start();
    await becomeReady();
    expect(onlyWindow().options).toMatchObject({ width: 1280, height: 800 });
    expect(onlyWindow().options).not.toHaveProperty('x');
  });
});
