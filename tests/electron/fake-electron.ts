import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { forkUtilityProcess, StandInMessageChannel } from './utility-process-stand-in';

/**
 * A stand-in for the `electron` module: no Electron binary exists on the build machines, and
 * importing the real package fails without one. Each test file mocks electron with
 *   vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
 * and reads the same instance back with `await import('electron')` (see `fakeElectron()`).
 * Vitest caches the mocked module even across vi.resetModules(), so tests that need a clean
 * slate call `__reset()`, and read classes from the fake (electron.BrowserWindow), never from a
 * static import of this file (which may be a different module instance after a reset).
 * Only what the code under test touches is implemented, and it records what it was given.
 */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
  send = vi.fn();
  destroyed = false;
  isDestroyed = vi.fn(() => this.destroyed);
  /** What a page would answer to WAIT_FOR_FONTS_SCRIPT: no failed faces. */
  executeJavaScript = vi.fn(async (_code: string, _userGesture?: boolean): Promise<unknown> => []);
  printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-1.7 fake'));
  print = vi.fn((_options: unknown, callback: (success: boolean, failureReason: string) => void) => callback(true, ''));
}

export class FakeBrowserWindow extends EventEmitter {
  closed = false;
  webContents = new FakeWebContents();
  loadURL = vi.fn(async (_url: string) => undefined);
  destroy = vi.fn(() => {
    this.webContents.destroyed = true;
    this.closed = true;
  });
  isDestroyed = vi.fn(() => this.closed);
  show = vi.fn();
  focus = vi.fn();
  maximize = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  isMaximized = vi.fn(() => false);
  getNormalBounds = vi.fn(() => ({ x: 40, y: 60, width: 1100, height: 700 }));
  constructor(readonly options: Record<string, unknown>) {
    super();
    this.on('closed', () => {
      this.closed = true;
    });
  }
}

export class FakeSession {
  protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  protocol = {
    handle: vi.fn((scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
      this.protocolHandlers.set(scheme, handler);
    }),
  };
  beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null = null;
  webRequest = {
    onBeforeRequest: vi.fn((listener: FakeSession['beforeRequest']) => {
      this.beforeRequest = listener;
    }),
  };
  permissionRequestHandler: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((wc: unknown, permission: string) => boolean) | null = null;
  setPermissionRequestHandler = vi.fn((handler: FakeSession['permissionRequestHandler']) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: FakeSession['permissionCheckHandler']) => {
    this.permissionCheckHandler = handler;
  });
}

function freshParts() {
  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    getPath: vi.fn((_name: string) => '/fake/userData'),
    getName: vi.fn(() => 'Delegation Planner'),
    isPackaged: false,
    whenReady: vi.fn(() => readyPromise),
  });
  const partitionSessions = new Map<string, FakeSession>();
  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const rendererListeners = new Map<string, Set<(...args: unknown[]) => void>>();
  class BrowserWindow extends FakeBrowserWindow {
    static instances: FakeBrowserWindow[] = [];
    static getAllWindows = vi.fn(() => BrowserWindow.instances.filter((w) => !w.closed));
    static fromWebContents = vi.fn((contents: unknown) => BrowserWindow.instances.find((w) => w.webContents === contents) ?? null);
    constructor(options: Record<string, unknown>) {
      super(options);
      BrowserWindow.instances.push(this);
    }
  }

  return {
    app,
    /** Test helper: fire `app.whenReady()`. */
    __becomeReady: () => resolveReady(),
    /** A subclass per reset, so `instances` lists only this fake's windows. */
    BrowserWindow,
    dialog: {
      showErrorBox: vi.fn(),
      showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
      showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] })),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    screen: {
      getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
      getPrimaryDisplay: vi.fn(() => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } })),
    },
    session: {
      defaultSession: new FakeSession(),
      partitions: partitionSessions,
      fromPartition: vi.fn(function (this: void, partition: string) {
        const sessions = partitionSessions;
        if (!sessions.has(partition)) sessions.set(partition, new FakeSession());
        return sessions.get(partition)!;
      }),
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: vi.fn(),
    },
    ipcMain: {
      handlers: ipcHandlers,
      handle: vi.fn((channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
        ipcHandlers.set(channel, handler);
      }),
      removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel)),
    },
    // The core process for real, in a child process (utility-process-stand-in.ts).
    utilityProcess: { fork: vi.fn((entry: string, _args?: string[], _options?: unknown) => forkUtilityProcess(entry)) },
    MessageChannelMain: StandInMessageChannel,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      listeners: rendererListeners,
      invoke: vi.fn(async (_channel: string, _input: unknown) => ({ ok: true, value: 'from main' })),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        if (!rendererListeners.has(channel)) rendererListeners.set(channel, new Set());
        rendererListeners.get(channel)?.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        rendererListeners.get(channel)?.delete(listener);
      }),
    },
  };
}

type FakeParts = ReturnType<typeof freshParts>;
export type FakeElectron = FakeParts & {
  /** Test helper: replace every fake with a fresh one, in place (the mocked module is cached). */
  __reset(): void;
};

export function createFakeElectron(): FakeElectron {
  const fake = freshParts() as FakeElectron;
  fake.__reset = () => {
    Object.assign(fake, freshParts());
  };
  return fake;
}

/** The mocked module, typed as the fake (call after vi.mock('electron', …)). */
export const fakeElectron = async (): Promise<FakeElectron> => (await import('electron')) as unknown as FakeElectron;
