import fs from 'node:fs';

/*
 * Kept apart from cipher.ts (which loads the SQLite driver): the desktop app's main process asks
 * what a file is before it starts the core process, and must not load the driver itself.
 */

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export type FileKind = 'new' | 'plain' | 'encrypted' | 'unknown';

/**
 * What is on disk, from the first bytes. An encrypted file has random bytes (the key salt) where
 * a plain one says "SQLite format 3"; it is also a whole number of pages. Anything else (a text
 * file, a truncated file) is 'unknown' and left to SQLite to refuse with its own message.
 */
export function fileKind(file: string): FileKind {
  if (!fs.existsSync(file)) return 'new';
  const size = fs.statSync(file).size;
  if (size === 0) return 'new';
  const head = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (head.equals(SQLITE_HEADER)) return 'plain';
  return size >= 512 && size % 512 === 0 ? 'encrypted' : 'unknown';
}

