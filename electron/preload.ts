import { contextBridge, ipcRenderer } from 'electron';
import { isOperationName } from '../shared/api/contract';
import { MENU_COMMANDS, type DesktopApi, type MenuCommand } from '../shared/api/client';
import { fail } from '../shared/api/result';
import { API_CHANNEL_PREFIX, MENU_COMMAND_CHANNEL } from './channels';

/**
 * Runs in the sandboxed renderer before the page and exposes exactly `window.api` (DesktopApi).
 * It is bundled into one CommonJS file (scripts/build-electron.mjs) because a sandboxed preload
 * can only require('electron') and a few built-ins.
 *
 * Never hand the page ipcRenderer, an IpcRendererEvent (its `sender` IS ipcRenderer) or a
 * generic invoke(channel): the page could then reach every channel, present and future.
 */
const isMenuCommand = (value: unknown): value is MenuCommand =>
  (MENU_COMMANDS as readonly unknown[]).includes(value);

const api = {
  call: (name, input) => {
    // The main process checks too; refusing here keeps a typo from becoming an IPC round trip.
    if (!isOperationName(name)) {
      return Promise.resolve(fail('unknown_operation', `Unknown operation "${String(name)}"`));
    }
    return ipcRenderer.invoke(`${API_CHANNEL_PREFIX}${name}`, input);
  },
  onMenuCommand: (listener) => {
    const forward = (_event: unknown, command: unknown) => {
      if (isMenuCommand(command)) listener(command); // the event object is never passed on
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('api', api);
