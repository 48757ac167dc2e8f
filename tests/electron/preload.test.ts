import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi, MenuCommand } from '../../shared/api/client';
import { fakeElectron, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());

let electron: FakeElectron;
let api: DesktopApi;

beforeEach(async () => {
  vi.resetModules(); // run the preload afresh against a fresh fake each time
  electron = await fakeElectron();
  electron.__reset();
  await import('../../electron/preload');
  const [key, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, DesktopApi];
  expect(key).toBe('api');
  api = exposed;
});

/** What the main process would do: emit on the renderer side of the channel. */
const emitFromMain = (channel: string, ...args: unknown[]) =>
  electron.ipcRenderer.listeners.get(channel)?.forEach((listener) => listener({ sender: electron.ipcRenderer }, ...args));

describe('preload', () => {
  it('exposes exactly the DesktopApi functions and nothing of ipcRenderer', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(api).sort()).toEqual(['call', 'onMenuCommand', 'onOpenFile', 'openFile', 'printDocument', 'saveFile', 'saveFiles']);
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
  });

  it('invokes api:<name> with the input for contract operations', async () => {
    const result = await api.call('trips:get', { id: 'trip-1' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('api:trips:get', { id: 'trip-1' });
    expect(result).toEqual({ ok: true, value: 'from main' });
  });

  it('answers unknown operation names itself, without any IPC', async () => {
    const call = api.call as (name: string, input: unknown) => Promise<unknown>;
    for (const name of ['trips:drop', '', '__proto__', 'constructor', 'api:trips:list']) {
      expect(await call(name, {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    }
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('forwards allowed menu commands, drops everything else, and never passes the IPC event on', () => {
    const received: unknown[][] = [];
    const unsubscribe = api.onMenuCommand((...args) => received.push(args));
    for (const command of ['new-trip', 'print', 'quit-now', 'toString', 42, null, { command: 'new-trip' }]) {
      emitFromMain('menu:command', command);
    }
    expect(received).toEqual([['new-trip'], ['print']]);

    unsubscribe();
    emitFromMain('menu:command', 'new-trip' satisfies MenuCommand);
    expect(received).toHaveLength(2);
    expect(electron.ipcRenderer.listeners.get('menu:command')?.size).toBe(0);
  });

  it('sends saves and prints on their own channels only', async () => {
    const file = { fileName: 'Jinan.pdf', data: new Uint8Array([37, 80]), mediaType: 'application/pdf' };
    await api.saveFile(file);
    await api.saveFiles([file]);
    await api.printDocument('<p>x</p>');
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['desktop:save-file', file],
      ['desktop:save-files', [file]],
      ['desktop:print-document', '<p>x</p>'],
    ]);
  });

  it('asks for waiting files when the page subscribes, and passes on only well-formed ones', () => {
    const received: unknown[][] = [];
    const unsubscribe = api.onOpenFile((...args) => received.push(args));
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('desktop:open-file-ready');
    for (const value of [
      { fileName: 'Jinan.delegation', content: '{}', extra: 'dropped' },
      { fileName: 'broken.delegation', error: 'Cannot read it' },
      { fileName: 42, content: '{}' },
      { content: '{}' },
      'Jinan.delegation',
      null,
    ]) {
      emitFromMain('desktop:open-file', value);
    }
    expect(received).toEqual([[{ fileName: 'Jinan.delegation', content: '{}' }], [{ fileName: 'broken.delegation', error: 'Cannot read it' }]]);
    unsubscribe();
    expect(electron.ipcRenderer.listeners.get('desktop:open-file')?.size).toBe(0);
  });
});
