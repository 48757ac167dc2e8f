import fs from 'node:fs';
import path from 'node:path';
import { MAX_TRIP_FILE_CHARS } from '../../shared/sharing/types';

/**
 * Reading and writing export files on disk for the CLI (and Electron's main process). Failures
 * are FileAccessError with a one-line message a person can act on; nothing is left half-written.
 */
export class FileAccessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileAccessError';
  }
}

/** Bytes: the character limit counts UTF-16 units, and a UTF-8 file is at most 3 bytes per unit. */
export const MAX_TRIP_FILE_BYTES = MAX_TRIP_FILE_CHARS;

/**
 * A trip file's text. The size is checked on disk BEFORE reading, so a huge file is refused
 * without loading it; bytes that are not UTF-8 are refused rather than silently replaced.
 */
export function readTripFileText(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    throw new FileAccessError(`Cannot read ${file}: ${reason(error)}`);
  }
  if (stat.isDirectory()) throw new FileAccessError(`Cannot read ${file}: it is a folder, not a file`);
  if (stat.size > MAX_TRIP_FILE_BYTES) {
    throw new FileAccessError(`${file} is too large to be a trip file (${(stat.size / 1024 / 1024).toFixed(1)} MB; at most 50 MB)`);
  }
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new FileAccessError(`Cannot read ${file}: ${reason(error)}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileAccessError(`${file} is not a trip file: it is not UTF-8 text`);
  }
}

/** Refuse an output path that cannot be written, before any work is done. */
export function assertWritable(file: string): void {
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) throw new FileAccessError(`Cannot write ${file}: folder ${dir} does not exist`);
  if (!fs.statSync(dir).isDirectory()) throw new FileAccessError(`Cannot write ${file}: ${dir} is not a folder`);
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new FileAccessError(`Cannot write ${file}: it is a folder`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    if (fs.existsSync(file)) fs.accessSync(file, fs.constants.W_OK);
  } catch {
    throw new FileAccessError(`Cannot write ${file}: permission denied`);
  }
}

/** Write through a temporary file and rename, so a failure never leaves a truncated file behind. */
export function writeTextFile(file: string, content: string): number {
  assertWritable(file);
  const temp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  const bytes = Buffer.from(content, 'utf8');
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw new FileAccessError(`Cannot write ${file}: ${reason(error)}`);
  }
  return bytes.length;
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
}
