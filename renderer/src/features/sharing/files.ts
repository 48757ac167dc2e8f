import type { FileToSave } from '../../../../shared/api/client';
import { createZip } from './zip';

/**
 * Saving what the app makes (PDFs, trip files, calendars, lists) and reading what the user
 * opens. In the desktop app the main process shows a save dialog (window.api.saveFile); in the
 * browser mode the browser downloads the file (<a download>). Callers do not care which.
 */
export type SaveResult =
  /** Desktop: written where the user chose. */
  | { status: 'saved'; fileName: string; where: string }
  /** Browser: handed to the browser's downloads. */
  | { status: 'downloaded'; fileName: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const toBytes = (data: string | Uint8Array): Uint8Array => (typeof data === 'string' ? new TextEncoder().encode(data) : data);

function download(fileName: string, data: string | Uint8Array, mediaType: string): SaveResult {
  const blob = new Blob([toBytes(data) as Uint8Array<ArrayBuffer>], { type: mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; keep the URL a while for slow disks, then free the memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { status: 'downloaded', fileName };
}

const lastSegment = (where: string) => where.split(/[\\/]/).pop() ?? where;

/** Save one file: a save dialog in the app, a download in the browser. Never throws. */
export async function saveFile(fileName: string, data: string | Uint8Array, mediaType: string): Promise<SaveResult> {
  try {
    if (window.api?.saveFile) {
      const outcome = await window.api.saveFile({ fileName, data, mediaType });
      return outcome.status === 'saved' ? { status: 'saved', fileName: lastSegment(outcome.path), where: outcome.path } : outcome;
    }
    return download(fileName, data, mediaType);
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/** Names unique within one folder or zip, compared case-insensitively like Windows and macOS do. */
export function uniqueFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLocaleLowerCase()); n++) candidate = `${base} (${n})${ext}`;
    taken.add(candidate.toLocaleLowerCase());
    return candidate;
  });
}

/**
 * Save several files together (a programme or calendar per member): into one folder the user
 * picks in the app, as one .zip download in the browser (which would ask before each download).
 */
export async function saveFiles(files: readonly FileToSave[], zipName: string): Promise<SaveResult> {
  try {
    const names = uniqueFileNames(files.map((f) => f.fileName));
    const named = files.map((file, i) => ({ ...file, fileName: names[i]! }));
    if (window.api?.saveFiles) {
      const outcome = await window.api.saveFiles(named);
      return outcome.status === 'saved' ? { status: 'saved', fileName: lastSegment(outcome.folder), where: outcome.folder } : outcome;
    }
    const zip = createZip(named.map((file) => ({ name: file.fileName, data: toBytes(file.data) })));
    return download(zipName, zip, 'application/zip');
  } catch (error) {
    return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}

/** A trip file is at most 50 MB (the core checks again); refuse bigger ones before reading. */
export const MAX_TRIP_FILE_BYTES = 50 * 1024 * 1024;

export type ReadFileResult = { ok: true; fileName: string; content: string } | { ok: false; fileName: string; problem: 'too_large' | 'not_text' | 'unreadable' };

/** The text of a file the user chose or dropped (UTF-8; anything else is refused, not mangled). */
export async function readTextFile(file: File): Promise<ReadFileResult> {
  if (file.size > MAX_TRIP_FILE_BYTES) return { ok: false, fileName: file.name, problem: 'too_large' };
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return { ok: false, fileName: file.name, problem: 'unreadable' };
  }
  try {
    return { ok: true, fileName: file.name, content: new TextDecoder('utf-8', { fatal: true }).decode(buffer) };
  } catch {
    return { ok: false, fileName: file.name, problem: 'not_text' };
  }
}
