import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { operationNames } from '../../shared/api/contract';
import { DESKTOP_CHANNELS } from '../../electron/channels';

/**
 * The shipped files, not the sources: build with scripts/build-electron.mjs into a temp folder,
 * then run preload.cjs the way a sandboxed renderer would and main.cjs under plain Node with a
 * stand-in electron module. This catches what unit tests cannot: a stray require in the preload,
 * a path that only works from the repo, a bundle that does not start.
 */
const repo = path.resolve(__dirname, '../..');
let dir: string;
let electronDir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-bundle-'));
  electronDir = path.join(dir, 'dist/electron');
  execFileSync(process.execPath, [path.join(repo, 'scripts/build-electron.mjs'), '--outdir', electronDir], { cwd: repo, stdio: 'pipe' });
  fs.mkdirSync(path.join(dir, 'dist/renderer'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'dist/renderer/index.html'), '<!doctype html><title>bundled</title>');
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('preload.cjs', () => {
  it('is one file that needs nothing but electron, and exposes window.api', async () => {
    const exposeInMainWorld = vi.fn();
    const invoke = vi.fn(async () => ({ ok: true, value: [] }));
    const required: string[] = [];
    // A sandboxed preload gets a require() that knows 'electron' (and a few built-ins we don't use).
    const sandboxRequire = (id: string) => {
      required.push(id);
      if (id === 'electron') return { contextBridge: { exposeInMainWorld }, ipcRenderer: { invoke, on: vi.fn(), removeListener: vi.fn() } };
      throw new Error(`a sandboxed preload cannot require ${id}`);
    };
    const module = { exports: {} };
    const code = fs.readFileSync(path.join(electronDir, 'preload.cjs'), 'utf8');
    vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, console });

    expect(required).toEqual(['electron']);
    expect(exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = exposeInMainWorld.mock.calls[0] as [string, Record<string, (...args: unknown[]) => unknown>];
    expect(key).toBe('api');
    expect(Object.keys(api).sort()).toEqual(['call', 'onMenuCommand', 'onOpenFile', 'openFile', 'printDocument', 'saveFile', 'saveFiles']);
    await api.call!('trips:list', {});
    expect(invoke).toHaveBeenCalledWith('api:trips:list', {});
  });
});

describe('main.cjs', () => {
  it('starts by itself under Node with a stand-in electron, opens the database and serves the renderer', () => {
    const userData = path.join(dir, 'userData');
    const runner = path.join(dir, 'run-main.cjs');
    // Runs in a child process: replaces require('electron'), loads main.cjs (which starts itself
    // because VITEST is unset there), then reports what the app did as one JSON line.
    fs.writeFileSync(
      runner,
      `
const Module = require('node:module');
const { EventEmitter } = require('node:events');
const report = { windows: [], channels: [], errors: [] };
const pending = [];
let protocolHandler = null;
const app = Object.assign(new EventEmitter(), {
  requestSingleInstanceLock: () => true, quit: () => { report.quit = true; setImmediate(finish); },
  getPath: () => process.env.DP_USER_DATA, getName: () => 'Delegation Planner', isPackaged: true,
  whenReady: () => Promise.resolve(),
});
class WebContents extends EventEmitter { setWindowOpenHandler() {} send() {} }
class BrowserWindow extends EventEmitter {
  constructor(options) { super(); this.webContents = new WebContents(); report.windows.push({ options }); }
  // The last step of startup: report from here instead of after a guessed delay.
  loadURL(url) { report.windows.at(-1).url = url; setImmediate(finish); return Promise.resolve(); }
  static getAllWindows() { return []; }
}
const session = { setPermissionRequestHandler() {}, setPermissionCheckHandler() {} };
// The core process: the bundled core-process.cjs, forked for real (utility-process-stand-in.ts).
const { forkUtilityProcess, StandInMessageChannel } = require(process.env.DP_STAND_IN);
const fake = {
  app, BrowserWindow, session: { defaultSession: session },
  utilityProcess: { fork: (entry) => { report.coreEntry = entry; return forkUtilityProcess(entry); } }, MessageChannelMain: StandInMessageChannel,
  dialog: { showErrorBox: (title, message) => report.errors.push(message) },
  Menu: { buildFromTemplate: (t) => t, setApplicationMenu: (t) => { report.menu = t.map((m) => m.label); } },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }], getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }) },
  shell: { openExternal: async () => {} },
  protocol: { registerSchemesAsPrivileged: (s) => { report.schemes = s; }, handle: (scheme, h) => { protocolHandler = h; } },
  ipcMain: { handle: (channel, h) => { report.channels.push(channel); if (channel === 'api:trips:list') pending.push(Promise.resolve(h({ senderFrame: { url: 'app://app/', parent: null } }, {})).then((r) => { report.list = r; })); }, removeHandler() {} },
};
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'electron' ? fake : load.call(this, request, ...rest); };
async function finish() {
  await Promise.all(pending);
  if (protocolHandler) {
    const response = await protocolHandler(new Request('app://app/'));
    report.index = { status: response.status, csp: response.headers.get('content-security-policy'), body: await response.text() };
  }
  app.quit = () => process.stdout.write(JSON.stringify(report)); // once the core process has closed the file
  app.emit('will-quit', { preventDefault() {} });
}
require(process.env.DP_MAIN);
`,
    );
    const env: NodeJS.ProcessEnv = { ...process.env, DP_USER_DATA: userData, DP_MAIN: path.join(electronDir, 'main.cjs'), NODE_PATH: path.join(repo, 'node_modules'),
      DP_STAND_IN: path.join(repo, 'tests/electron/utility-process-stand-in.ts') };
    delete env.VITEST;
    const report = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', runner], { cwd: repo, env, encoding: 'utf8', timeout: 60_000 }));

    expect(report.errors).toEqual([]);
    expect(report.quit).toBeUndefined();
    expect(report.schemes[0].scheme).toBe('app');
    expect(fs.existsSync(path.join(userData, 'delegation-planner.sqlite'))).toBe(true);
    expect(report.channels.sort()).toEqual([...operationNames.map((name) => `api:${name}`), ...DESKTOP_CHANNELS].sort());
    expect(report.list).toEqual({ ok: true, value: [] }); // answered by the core process
    expect(report.coreEntry).toBe(path.join(electronDir, 'core-process.cjs'));
    expect(report.windows).toHaveLength(1);
    expect(report.windows[0].url).toBe('app://app/');
    // Paths are resolved relative to the bundle, as they will be inside app.asar.
    expect(report.windows[0].options.webPreferences.preload).toBe(path.join(electronDir, 'preload.cjs'));
    expect(report.windows[0].options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false });
    expect(report.index.status).toBe(200);
    expect(report.index.body).toContain('<title>bundled</title>');
    expect(report.index.csp).toContain("script-src 'self'");
    expect(report.menu.map((label: string) => label.replace('&', ''))).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
  });

  it('does not carry Playwright: the app prints with Electron, not with a second Chromium', () => {
    const code = fs.readFileSync(path.join(electronDir, 'main.cjs'), 'utf8');
    expect(code).not.toMatch(/playwright/i);
    expect(code).toContain('printToPDF');
    expect(fs.readFileSync(path.join(electronDir, 'core-process.cjs'), 'utf8')).not.toMatch(/playwright/i);
  });

  it('leaves the database to the core process: main.cjs carries no SQLite driver', () => {
    expect(fs.readFileSync(path.join(electronDir, 'main.cjs'), 'utf8')).not.toMatch(/better-sqlite3/);
    expect(fs.readFileSync(path.join(electronDir, 'core-process.cjs'), 'utf8')).toMatch(/require\("better-sqlite3"\)/);
  });
});
