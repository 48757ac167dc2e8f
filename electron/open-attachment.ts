import fs from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { app, shell, type IpcMainInvokeEvent } from 'electron';
import type { OpenOutcome } from '../shared/api/client';
import { checkFileToSave } from './files';

/**
 * Open an attachment with the system's viewer: a copy in a fresh folder under the OS temp folder,
 * handed to shell.openPath. Hazard: openPath *runs* what it is given when that is a program or
 * script (an .exe, a .bat, a .command, a .desktop…), and attachments come from imported trip
 * files, so only document and image types are opened; anything else is 'refused' and the
 * renderer offers to save it instead.
 */
const VIEWABLE = new Set([
  'pdf', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'heic', 'bmp', 'tif', 'tiff',
  'txt', 'csv', 'rtf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp',
]);

export function isViewable(fileName: string): boolean {
  return VIEWABLE.has(path.extname(fileName).slice(1).toLowerCase());
}

export async function openAttachmentCopy(_event: IpcMainInvokeEvent, raw: unknown): Promise<OpenOutcome> {
  const checked = checkFileToSave(raw);
  if ('refused' in checked) return { status: 'failed', message: checked.refused };
  if (!isViewable(checked.fileName)) return { status: 'refused' };
  try {
    const folder = path.join(app.getPath('temp'), 'delegation-planner', randomUUID());
    await fs.mkdir(folder, { recursive: true, mode: 0o700 });
    const file = path.join(folder, checked.fileName);
    await fs.writeFile(file, checked.bytes, { mode: 0o600 });
    const problem = await shell.openPath(file);
    return problem ? { status: 'failed', message: problem } : { status: 'opened' };
  } catch (error) {
    return { status: 'failed', message: (error as Error).message.split('\n')[0] ?? String(error) };
  }
}
