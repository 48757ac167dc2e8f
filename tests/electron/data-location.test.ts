import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  APP_NAME,
  appDataDir,
  DATA_DIR_ENV,
  DATA_FILE_NAME,
  dataDir,
  dataFilePath,
  electronUserDataDir,
} from '../../core/data-location';
import { fakeElectron, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

/**
 * The desktop app and `npm run web` must open the same per-user data file. Electron computes
 * its folder (userData = appData + app name); the browser mode computes it in
 * core/data-location.ts. These tests pin the browser mode's rules to Electron's and drive
 * electron/main.ts through the fake electron to check it opens exactly the computed file.
 */
let root: string;
let electron: FakeElectron;
let stopMain: () => Promise<void> = async () => undefined;
const savedOverride = process.env[DATA_DIR_ENV];

async function startMain(userData: string) {
  vi.resetModules();
  electron = await fakeElectron();
  electron.__reset();
  electron.app.getPath.mockImplementation((name: string) => (name === 'userData' ? userData : path.join(root, name)));
  const main = await import('../../electron/main');
  stopMain = async () => {
    electron.app.emit('will-quit', { preventDefault: vi.fn() });
    await main.whenStopped(); // the core process has closed the file
  };
  main.start();
  electron.__becomeReady();
  await main.whenStarted(); // the core process has opened the file
  expect(electron.BrowserWindow.instances.length).toBeGreaterThan(0);
}

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-location-'));
  delete process.env[DATA_DIR_ENV];
});
afterEach(async () => {
  await stopMain();
  stopMain = async () => undefined;
  if (savedOverride === undefined) delete process.env[DATA_DIR_ENV];
  else process.env[DATA_DIR_ENV] = savedOverride;
  fs.rmSync(root, { recursive: true, force: true });
});

describe('the per-user data folder', () => {
  it("is named after the app exactly as Electron names it (package.json productName, the fake's app.getName())", async () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { productName: string };
    expect(APP_NAME).toBe(pkg.productName);
    electron = await fakeElectron();
    expect(electron.app.getName()).toBe(APP_NAME);
  });

  it.each([
    ['linux', { XDG_CONFIG_HOME: '/home/anna/.cfg' }, '/home/anna/.cfg/Delegation Planner'],
    ['linux', {}, '/home/anna/.config/Delegation Planner'],
    ['darwin', {}, '/home/anna/Library/Application Support/Delegation Planner'],
    ['win32', { APPDATA: 'C:\\Users\\anna\\AppData\\Roaming' }, 'C:\\Users\\anna\\AppData\\Roaming\\Delegation Planner'],
  ] as const)('on %s (%j) is Electron’s appData + app name: %s', (platform, env, expected) => {
    const system = { platform, env, home: '/home/anna' } as const;
    expect(electronUserDataDir(system)).toBe(expected);
    expect(electronUserDataDir(system).startsWith(appDataDir(system))).toBe(true);
  });

  it('the desktop app opens the file the browser mode computes for the same folder, creating the folder', async () => {
    const userData = electronUserDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: path.join(root, 'config') }, home: root });
    await startMain(userData);
    const expected = dataFilePath(dataDir(userData));
    expect(expected).toBe(path.join(root, 'config', 'Delegation Planner', DATA_FILE_NAME));
    expect(fs.existsSync(expected)).toBe(true);
  });

  it(`both obey ${DATA_DIR_ENV}: the desktop app opens the file there, not in userData`, async () => {
    const override = path.join(root, 'portable', 'data');
    process.env[DATA_DIR_ENV] = override;
    const userData = path.join(root, 'userData');
    await startMain(userData);
    expect(fs.existsSync(path.join(override, DATA_FILE_NAME))).toBe(true);
    expect(fs.existsSync(path.join(userData, DATA_FILE_NAME))).toBe(false);
    expect(dataFilePath(dataDir(electronUserDataDir()))).toBe(path.join(override, DATA_FILE_NAME));
  });
});
