import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { FileAccessError, readTripFileText } from '../core/sharing/files';
import type { FileToSave, OpenedFile, PrintOutcome, SaveManyOutcome, SaveOutcome } from '../shared/api/client';
import {
  DESKTOP_CHANNELS,
  OPEN_ATTACHMENT_CHANNEL,
  OPEN_FILE_CHANNEL,
  OPEN_FILE_READY_CHANNEL,
  PRINT_DOCUMENT_CHANNEL,
  SAVE_FILE_CHANNEL,
  SAVE_FILES_CHANNEL,
} from './channels';
import { senderRefusal, type SenderEvent } from './ipc';
import { takePendingOpenFile } from './open-file';
import { openAttachmentCopy } from './open-attachment';

/**
 * What only the desktop can do for the renderer: save files where the user chooses, print through
 * the system dialog, and hand over .delegation files opened from the OS. Like the api: channels,
 * every message must come from the app's own top-level page, and everything in it is checked
 * (the renderer shows imported data, so it is not trusted with the disk): the renderer only ever
 * suggests a bare file name; the user picks the folder in a native dialog.
 */

/** One file: a programme PDF is a few MB; a trip file at most 50 MB. */
export const MAX_SAVE_BYTES = 100 * 1024 * 1024;
/** All files of one saveFiles call (one PDF per member of a large delegation). */
export const MAX_SAVE_TOTAL_BYTES = 500 * 1024 * 1024;
export const MAX_SAVE_FILES = 1_000;
/** A programme with its inlined fonts is 1–3 MB of HTML. */
export const MAX_PRINT_HTML_CHARS = 30 * 1024 * 1024;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** A file name the renderer suggested, if it is one bare, harmless name; else null. */
export function checkFileName(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const name = raw.normalize('NFC').trim();
  if (name === '' || name.length > 200 || name === '.' || name === '..') return null;
  // No folders, no drive letters, no control characters, nothing Windows forbids in a name.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  if (/[/\\:*?"<>|\u0000-\u001f\u007f]/.test(name)) return null;
  if (name.startsWith('.') || name.endsWith('.') || WINDOWS_RESERVED.test(name)) return null;
  return name;
}

export interface CheckedFile {
  fileName: string;
  bytes: Uint8Array;
}

/** Validate one FileToSave from the renderer; a reason when it is refused. */
export function checkFileToSave(raw: unknown): CheckedFile | { refused: string } {
  if (typeof raw !== 'object' || raw === null) return { refused: 'not a file' };
  const { fileName, data } = raw as Partial<FileToSave>;
  const name = checkFileName(fileName);
  if (name === null) return { refused: 'the file name is not allowed' };
  let bytes: Uint8Array;
  if (typeof data === 'string') {
    if (data.length > MAX_SAVE_BYTES) return { refused: 'the file is too large' };
    bytes = Buffer.from(data, 'utf8');
  } else if (data instanceof Uint8Array) {
    bytes = data;
  } else {
    return { refused: 'the file has no content' };
  }
  if (bytes.byteLength > MAX_SAVE_BYTES) return { refused: 'the file is too large' };
  return { fileName: name, bytes };
}

/** Write through a temporary file in the same folder, so a failure never leaves half a file. */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

const failure = (error: unknown): { status: 'failed'; message: string } => {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ENOSPC'
        ? 'the disk is full'
        : code === 'EROFS'
          ? 'the disk is read-only'
          : ((error as Error).message ?? String(error)).split('\n')[0];
  return { status: 'failed', message: `The file could not be saved: ${reason}` };
};

const windowOf = (event: IpcMainInvokeEvent): BrowserWindow | null => BrowserWindow.fromWebContents(event.sender);

export async function saveFile(event: IpcMainInvokeEvent, raw: unknown): Promise<SaveOutcome> {
  const checked = checkFileToSave(raw);
  if ('refused' in checked) return { status: 'failed', message: `The file could not be saved: ${checked.refused}` };
  const extension = path.extname(checked.fileName).slice(1);
  const options = {
    defaultPath: path.join(app.getPath('downloads'), checked.fileName),
    filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
  const win = windowOf(event);
  const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  try {
    await writeAtomically(choice.filePath, checked.bytes);
  } catch (error) {
    return failure(error);
  }
  return { status: 'saved', path: choice.filePath };
}

/** Names unique within one folder (case-insensitively, as Windows and macOS compare them). */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const ext = path.extname(name);
    const base = name.slice(0, name.length - ext.length);
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLocaleLowerCase()); n++) candidate = `${base} (${n})${ext}`;
    taken.add(candidate.toLocaleLowerCase());
    return candidate;
  });
}

export async function saveFiles(event: IpcMainInvokeEvent, raw: unknown): Promise<SaveManyOutcome> {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_SAVE_FILES) {
    return { status: 'failed', message: 'The files could not be saved: nothing to save' };
  }
  const files: CheckedFile[] = [];
  let total = 0;
  for (const item of raw) {
    const checked = checkFileToSave(item);
    if ('refused' in checked) return { status: 'failed', message: `The files could not be saved: ${checked.refused}` };
    total += checked.bytes.byteLength;
    if (total > MAX_SAVE_TOTAL_BYTES) return { status: 'failed', message: 'The files could not be saved: they are too large' };
    files.push(checked);
  }
  const options = {
    defaultPath: app.getPath('downloads'),
    buttonLabel: 'Save here',
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'] as ('openDirectory' | 'createDirectory' | 'promptToCreate')[],
  };
  const win = windowOf(event);
  const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  const folder = choice.filePaths[0];
  if (choice.canceled || !folder) return { status: 'cancelled' };
  const names = uniqueNames(files.map((f) => f.fileName));
  try {
    await fs.mkdir(folder, { recursive: true });
    for (const [index, file] of files.entries()) await writeAtomically(path.join(folder, names[index]!), file.bytes);
  } catch (error) {
    return failure(error);
  }
  return { status: 'saved', folder, count: files.length };
}

/** Read a .delegation file for the renderer's import dialog; problems become a message. */
export function readOpenedFile(filePath: string): OpenedFile {
  const fileName = path.basename(filePath);
  try {
    return { fileName, content: readTripFileText(filePath) };
  } catch (error) {
    const message = error instanceof FileAccessError ? error.message : `Cannot read ${fileName}`;
    return { fileName, error: message };
  }
}

/**
 * Files opened from the OS reach the page only once it listens (it says so on
 * OPEN_FILE_READY_CHANNEL when it subscribes); until then they wait in open-file.ts. A reload
 * makes the page deaf again until it subscribes anew.
 */
const listening = new WeakSet<WebContents>();

export function deliverPendingOpenFile(contents: WebContents | null | undefined): boolean {
  if (!contents || contents.isDestroyed() || !listening.has(contents)) return false;
  const filePath = takePendingOpenFile();
  if (!filePath) return false;
  contents.send(OPEN_FILE_CHANNEL, readOpenedFile(filePath));
  return true;
}

type Handler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown> | unknown;

/** Refuse (with the channel's failure shape) anything but the app's own top-level page. */
function guarded(handler: Handler, refused: (reason: string) => unknown): Handler {
  return (event, payload) => {
    const refusal = senderRefusal(event as SenderEvent);
    return refusal ? refused(refusal) : handler(event, payload);
  };
}

export interface DesktopHandlerOptions {
  printDocument: (html: string) => Promise<PrintOutcome>;
}

/** Register the desktop: channels; returns a function that removes them. */
export function installDesktopHandlers({ printDocument }: DesktopHandlerOptions): () => void {
  const refusedSave = (reason: string) => ({ status: 'failed', message: `Refused: ${reason}` });
  ipcMain.handle(SAVE_FILE_CHANNEL, guarded(saveFile, refusedSave));
  ipcMain.handle(SAVE_FILES_CHANNEL, guarded(saveFiles, refusedSave));
  ipcMain.handle(OPEN_ATTACHMENT_CHANNEL, guarded(openAttachmentCopy, refusedSave));
  ipcMain.handle(
    PRINT_DOCUMENT_CHANNEL,
    guarded(
      (_event, html) =>
        typeof html === 'string' && html.length > 0 && html.length <= MAX_PRINT_HTML_CHARS
          ? printDocument(html)
          : { status: 'failed', message: 'Nothing to print' },
      refusedSave,
    ),
  );
  ipcMain.handle(
    OPEN_FILE_READY_CHANNEL,
    guarded(
      (event) => {
        const contents = event.sender;
        if (!listening.has(contents)) {
          listening.add(contents);
          // A reload starts a new page that has not subscribed yet ('did-navigate' is main-frame,
          // cross-document only: the app's hash-route changes do not fire it).
          contents.once('did-navigate', () => listening.delete(contents));
        }
        deliverPendingOpenFile(contents);
        return true;
      },
      () => false,
    ),
  );
  return () => DESKTOP_CHANNELS.forEach((channel) => ipcMain.removeHandler(channel));
}
