import type { OperationName } from '../shared/api/contract';

/**
 * IPC channel names, shared by the main process (ipc.ts, files.ts, menu wiring) and the preload so
 * the two sides cannot drift. Pure module: the sandboxed preload bundles it.
 *
 * `api:<operation name>` for renderer → main calls of the contract (ipcRenderer.invoke); a few
 * `desktop:` channels for what only the desktop can do (save dialogs, the system print dialog,
 * files opened from the OS); `menu:command` and `desktop:open-file` for main → renderer events.
 */
export const API_CHANNEL_PREFIX = 'api:';
export const MENU_COMMAND_CHANNEL = 'menu:command';
/** renderer → main: save one file (save dialog). */
export const SAVE_FILE_CHANNEL = 'desktop:save-file';
/** renderer → main: save several files into one folder (folder dialog). */
export const SAVE_FILES_CHANNEL = 'desktop:save-files';
/** renderer → main: print an HTML document through the system print dialog. */
export const PRINT_DOCUMENT_CHANNEL = 'desktop:print-document';
/** renderer → main: the page listens for opened files now (send any that waited). */
export const OPEN_FILE_READY_CHANNEL = 'desktop:open-file-ready';
/** main → renderer: a .delegation file opened from the OS, read. */
export const OPEN_FILE_CHANNEL = 'desktop:open-file';
/** renderer → main: open an attachment (a temporary copy) with the system's viewer. */
export const OPEN_ATTACHMENT_CHANNEL = 'desktop:open-attachment';
/** Every renderer → main channel besides the api: ones, for installing and removing handlers. */
export const DESKTOP_CHANNELS = [SAVE_FILE_CHANNEL, SAVE_FILES_CHANNEL, PRINT_DOCUMENT_CHANNEL, OPEN_FILE_READY_CHANNEL, OPEN_ATTACHMENT_CHANNEL] as const;

export const apiChannel = (name: OperationName): string => `${API_CHANNEL_PREFIX}${name}`;
