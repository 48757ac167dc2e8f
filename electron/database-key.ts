import { safeStorage } from 'electron';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileKind } from '../core/db/file-kind';

/**
 * The desktop app's database key: 32 random bytes, made when the user turns encryption on, kept
 * on disk only as Electron safeStorage ciphertext (the OS keychain: Keychain on macOS, DPAPI on
 * Windows, the Secret Service / KWallet on Linux), so the key never sits beside the database in
 * clear. Nobody types it; the hex text is the passphrase given to the core (core/db/cipher.ts).
 */
export const KEY_FILE = 'database-key.bin';

/** The stored key, or undefined if encryption was never turned on. */
export function readDatabaseKey(userDataDir: string): string | undefined {
  const file = path.join(userDataDir, KEY_FILE);
  if (!fs.existsSync(file)) return undefined;
  assertKeychain();
  return safeStorage.decryptString(fs.readFileSync(file));
}

/**
 * The key to open `dbFile` with: the stored key, unless the file is plain. The key is stored
 * before the file is rekeyed ('database:encrypt'), so after a failed or interrupted encryption
 * a key can exist beside a file that is still plain; opening that with the key would be refused.
 */
export function databaseKeyFor(dbFile: string, userDataDir: string): string | undefined {
  return fileKind(dbFile) === 'plain' ? undefined : readDatabaseKey(userDataDir);
}

/** The stored key, made and stored first if there is none. */
export function createDatabaseKey(userDataDir: string): string {
  const existing = readDatabaseKey(userDataDir);
  if (existing !== undefined) return existing;
  assertKeychain();
  const key = randomBytes(32).toString('hex');
  const file = path.join(userDataDir, KEY_FILE);
  // Written aside and renamed: a crash must never leave half a key (the data would be lost).
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, safeStorage.encryptString(key), { mode: 0o600 });
  fs.renameSync(partial, file);
  return key;
}

function assertKeychain(): void {
  // On Linux without a keyring safeStorage falls back to 'basic_text': a fixed, public key, which
  // would protect nothing. Refuse rather than pretend.
  const weak = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  if (!safeStorage.isEncryptionAvailable() || weak) {
    throw new Error('This computer has no keychain the app can keep the database key in, so the database cannot be encrypted here');
  }
}
