import Database from 'better-sqlite3';
import { StartupError } from './errors';
import { fileKind } from './file-kind';

export { fileKind, type FileKind } from './file-kind';

/**
 * Encryption at rest. The driver is better-sqlite3-multiple-ciphers (installed under the name
 * better-sqlite3, see README "Encryption"): SQLite3MultipleCiphers encrypts every page of the
 * database, its WAL and its journal, so nothing readable reaches the disk.
 *
 * Cipher: ChaCha20-Poly1305 ('chacha20', SQLite3MultipleCiphers' own default), chosen explicitly
 * so a change of the library's default can never make our files unreadable. It authenticates
 * every page (a wrong key or a tampered page is detected, not read as garbage), is fast in
 * software on machines without AES instructions, and derives the key with PBKDF2 at a cost that
 * keeps opening the file quick. (SQLCipher compatibility would let other tools open the file, which
 * is not a goal; its 256,000-round key derivation would slow every connection, backups included.)
 *
 * Every connection to an encrypted file must be keyed BEFORE its first statement, including the
 * short-lived ones backups use: openFile() is the one place that does it.
 */
export const CIPHER = 'chacha20';

/** The environment variable the CLI and the browser mode take the passphrase from. */
export const PASSPHRASE_VARIABLE = 'DELEGATION_PASSPHRASE';


/**
 * The driver's key functions. @types/better-sqlite3 describes upstream better-sqlite3, which has
 * none; the package's own index.d.ts (which has them) is unreachable for TypeScript because the
 * "exports" map of 13.0.3 has no "types" entry (13.0.4-beta.0 adds it). Buffers, not PRAGMA key
 * text: a passphrase with quotes in it needs no escaping.
 */
type KeyedDatabase = Database.Database & { key(key: Buffer): number; rekey(key: Buffer): number };

/** Which connections are keyed, and with what: backups open the same file (or copies) again. */
const passphrases = new WeakMap<Database.Database, string>();

export interface OpenFileOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
}

/**
 * A connection to `file`, keyed with `passphrase` when the file is encrypted (or new and a
 * passphrase is given). A plain file is opened plain whatever the passphrase: older backups of a
 * database that was encrypted later stay restorable. Throws StartupError for a wrong passphrase;
 * the file is never written before its key is verified.
 */
export function openFile(file: string, passphrase: string | undefined, options: OpenFileOptions = {}): Database.Database {
  // Without a passphrase an encrypted file fails on its first read like any damaged file
  // (SQLITE_NOTADB): its bytes are random either way, so callers word that message for both.
  const kind = passphrase === undefined ? 'plain' : fileKind(file);
  const db = new Database(file, options);
  if (passphrase === undefined || kind === 'plain' || kind === 'unknown') return db;
  try {
    applyKey(db, passphrase);
    // The key is only checked when a page is read: reading the schema proves it (a wrong key
    // fails Poly1305 authentication, SQLITE_NOTADB) before anything can write to the file.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    db.close();
    if (isNotADatabase(error)) throw new StartupError('db_wrong_passphrase', `wrong passphrase for ${file}`);
    throw error;
  }
  passphrases.set(db, passphrase);
  return db;
}

/** Another connection to a file of the same database as `db` (its own file, a backup of it). */
export function openLike(db: Database.Database, file: string, options: OpenFileOptions = {}): Database.Database {
  return openFile(file, passphrases.get(db), options);
}

/** The passphrase `db` was keyed with (undefined: a plain database). */
export function passphraseOf(db: Database.Database): string | undefined {
  return passphrases.get(db);
}

/**
 * Encrypt (`passphrase` given) or decrypt (undefined) the file of `db`, in place. SQLite3
 * MultipleCiphers cannot rekey a database in WAL mode, so the journal goes to DELETE for the
 * rekey (which rewrites every page in one transaction: a crash leaves the old file) and back.
 */
export function rekey(db: Database.Database, passphrase: string | undefined): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.pragma(`cipher = '${CIPHER}'`);
  (db as KeyedDatabase).rekey(Buffer.from(passphrase ?? '', 'utf8'));
  db.pragma('journal_mode = WAL');
  if (passphrase === undefined) passphrases.delete(db);
  else passphrases.set(db, passphrase);
}

function applyKey(db: Database.Database, passphrase: string): void {
  if (passphrase === '') throw new StartupError('db_wrong_passphrase', 'The passphrase is empty');
  db.pragma(`cipher = '${CIPHER}'`);
  (db as KeyedDatabase).key(Buffer.from(passphrase, 'utf8'));
}

export function isNotADatabase(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}
