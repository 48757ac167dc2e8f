import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fold } from '../../shared/text/fold';
import { StartupError } from './errors';
import { assertNotNewer, migrate } from './migrate';
import { backupOnOpen } from './backup';
import { fileKind, isNotADatabase, openFile, PASSPHRASE_VARIABLE } from './cipher';

export interface OpenDatabaseOptions {
  /** The file's passphrase (cipher.ts): an encrypted file needs it, a new file is created encrypted. */
  passphrase?: string;
}

/**
 * Open the app's database file, creating it if it does not exist, and bring its schema up to
 * date. Every failure becomes a StartupError whose message a user can act on.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database.Database {
  const resolved = path.resolve(file);
  const dir = path.dirname(resolved);
  if (!fs.existsSync(dir)) {
    throw new StartupError('db_unreadable', `Cannot open database ${file}: folder ${dir} does not exist`);
  }
  if (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory()) {
    throw new StartupError('db_unreadable', `Cannot open database ${file}: it is a folder, not a file`);
  }

  if (options.passphrase !== undefined && fileKind(resolved) === 'plain') {
    // Opening it plain would silently leave the data unencrypted although the user expects it to be.
    throw new StartupError(
      'db_not_encrypted',
      `${file} is not encrypted: unset ${PASSPHRASE_VARIABLE} to open it, or encrypt it with: npm run cli -- encrypt --db ${file}`,
    );
  }
  let db: Database.Database;
  try {
    db = openFile(resolved, options.passphrase);
  } catch (error) {
    if (error instanceof StartupError) throw error;
    throw new StartupError('db_unreadable', `Cannot open database ${file}: ${describe(error)}`);
  }

  try {
    // The version is checked before the WAL pragma below, which rewrites the file header: a
    // newer app's file is refused as 'db_newer' and must stay exactly as it was.
    const version = assertNotNewer(db, resolved);
    // An SQLite file of another program (version 0 but with tables) must not get our schema
    // added to it. Our own files reach version 1 in the same transaction that creates the tables.
    if (version === 0 && db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' LIMIT 1").get()) {
      throw new StartupError(
        'db_not_a_database',
        `Cannot open ${file}: it is an SQLite database of another program, not a Delegation Planner database`,
      );
    }
    // WAL: readers never block the writer and a crash mid-write cannot corrupt committed data.
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    // NORMAL is durable in WAL mode except for the last transactions before a power cut;
    // FULL makes every acknowledged write survive that too, at a small cost per commit.
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    // Before every migration, and otherwise once a day: a copy in <folder>/backups (backup.ts).
    backupOnOpen(db, resolved, version);
    migrate(db, resolved);
  } catch (error) {
    db.close();
    if (error instanceof StartupError) throw error;
    if (isNotADatabase(error)) {
      // An encrypted file opened without its passphrase cannot be told from a damaged one.
      const maybeEncrypted = options.passphrase === undefined && fileKind(resolved) === 'encrypted';
      throw new StartupError(
        'db_not_a_database',
        maybeEncrypted
          ? `Cannot open ${file}: this database is encrypted (set ${PASSPHRASE_VARIABLE}), or it is not a Delegation Planner database (the file is damaged or of another kind)`
          : `Cannot open ${file}: it is not a Delegation Planner database (the file is damaged or of another kind)`,
      );
    }
    throw new StartupError('db_unreadable', `Cannot open database ${file}: ${describe(error)}`);
  }
  registerFunctions(db);
  return db;
}

/** SQL helpers the services use. */
function registerFunctions(db: Database.Database): void {
  // Case- and accent-insensitive matching that also works for non-ASCII letters (Å, É, …),
  // which SQLite's own lower() and NOCASE do not fold.
  db.function('fold', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? fold(value) : value,
  );
}


function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
