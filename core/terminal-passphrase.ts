import fs from 'node:fs';
import { fileKind, PASSPHRASE_VARIABLE } from './db/cipher';

/**
 * The passphrase of the database for the CLI and the browser mode: DELEGATION_PASSPHRASE, else
 * (only for a file that looks encrypted, and only at a terminal) typed without echo. Otherwise
 * none: opening an encrypted file then fails with a message naming DELEGATION_PASSPHRASE.
 */
export function passphraseFor(dbFile: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env[PASSPHRASE_VARIABLE];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (fileKind(dbFile) !== 'encrypted' || !process.stdin.isTTY) return undefined;
  return promptHidden(`Passphrase for ${dbFile}: `);
}

/**
 * Read one line from the terminal without echoing it. Synchronous on purpose: the database is
 * opened synchronously by every command, before anything else runs.
 */
export function promptHidden(question: string): string {
  // Raw mode (no echo) before the question: what is typed right after it must not be shown.
  process.stdin.setRawMode(true);
  process.stderr.write(question);
  const bytes: number[] = [];
  const byte = Buffer.alloc(1);
  try {
    for (;;) {
      let read: number;
      try {
        read = fs.readSync(0, byte, 0, 1, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        throw error;
      }
      const c = byte[0]!;
      if (read === 0 || c === 0x0d || c === 0x0a) break;
      if (c === 0x03) throw new Error('Cancelled'); // Ctrl+C: raw mode delivers it as a byte
      if (c === 0x7f || c === 0x08) {
        // Backspace removes one character: its UTF-8 continuation bytes (10xxxxxx) and its lead byte.
        while (bytes.length > 0 && (bytes.pop()! & 0xc0) === 0x80);
        continue;
      }
      bytes.push(c);
    }
  } finally {
    process.stdin.setRawMode(false);
    process.stderr.write('\n');
  }
  return Buffer.from(bytes).toString('utf8');
}
