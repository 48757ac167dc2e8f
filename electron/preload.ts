import { contextBridge, ipcRenderer } from 'electron';
import { isOperationName } from '../shared/api/contract';
import { MENU_COMMANDS, type DesktopApi, type MenuCommand, type OpenedFile } from '../shared/api/client';
import { fail } from '../shared/api/result';
import {
  API_CHANNEL_PREFIX,
  MENU_COMMAND_CHANNEL,
  OPEN_ATTACHMENT_CHANNEL,
  OPEN_FILE_CHANNEL,
  OPEN_FILE_READY_CHANNEL,
  PRINT_DOCUMENT_CHANNEL,
  SAVE_FILE_CHANNEL,
  SAVE_FILES_CHANNEL,
} from './channels';

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

/** Only the two shapes main sends, rebuilt so nothing else on the object reaches the page. */
function toOpenedFile(value: unknown): OpenedFile | null {
  if (typeof value !== 'object' || value === null) return null;
  const { fileName, content, error } = value as Record<string, unknown>;
  if (typeof fileName !== 'string') return null;
  if (typeof content === 'string') return { fileName, content };
  if (typeof error === 'string') return { fileName, error };
  return null;
}

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
  saveFile: (file) => ipcRenderer.invoke(SAVE_FILE_CHANNEL, file),
  saveFiles: (files) => ipcRenderer.invoke(SAVE_FILES_CHANNEL, files),
  printDocument: (html) => ipcRenderer.invoke(PRINT_DOCUMENT_CHANNEL, html),
  openFile: (file) => ipcRenderer.invoke(OPEN_ATTACHMENT_CHANNEL, file),
  onOpenFile: (listener) => {
    const forward = (_event: unknown, value: unknown) => {
      const file = toOpenedFile(value);
      if (file) listener(file);
    };
    ipcRenderer.on(OPEN_FILE_CHANNEL, forward);
    // Now someone listens: main sends a file that was waiting (the app was started with one).
    void ipcRenderer.invoke(OPEN_FILE_READY_CHANNEL).catch(() => undefined);
    return () => {
      ipcRenderer.removeListener(OPEN_FILE_CHANNEL, forward);
    };
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('api', api);
