import type Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupList, BackupReason, BackupSummary, RestoreResult } from '../../shared/domain/backup';
import { ServiceError } from '../services/errors';
import { openFile, openLike, passphraseOf } from './cipher';
import { StartupError } from './errors';
import { migrate } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import {
  backupFileName,
  backupFolderFor,
  BACKUPS_KEPT,
  listBackupFiles,
  parseBackupName,
  partialFileName,
  pruneBackups,
  removeStalePartials,
  syncFolder,
  syncToDisk,
  type BackupFile,
} from './backup-files';

/**
 * Backups of the database: made on start (at most daily) and before every migration by
 * openDatabase, on request by the CLI and the app; restored by the CLI and Help → Restore backup.
 *
 * How a backup is taken: `VACUUM INTO`, SQLite's other online backup. It reads one consistent
 * snapshot (one read transaction, so concurrent writers are fine) and writes a compact,
 * self-contained file. better-sqlite3's `db.backup()` drives the backup API asynchronously
 * (one step per event-loop turn), but everything that takes backups here is synchronous:
 * openDatabase runs before anything else, and every API operation runs inside one synchronous
 * transaction (dispatch), where a promise is refused ("Transaction function cannot return a
 * promise") and where VACUUM cannot run either — so inside a transaction the snapshot is taken
 * on a second, read-only connection to the same file. The new file is written as `*.<pid>.partial`,
 * checked, flushed to disk and only then renamed to its final name: a crash never leaves a
 * half-written file that looks like a backup.
 *
 * How a backup is restored into an app that is running (Electron, browser mode): the core's
 * connection stays open and the backup's rows replace the current rows in ONE transaction.
 * Swapping the file under an open connection would corrupt it (the open handle, -wal and -shm
 * belong to the old file), and reopening needs every transport to swap its Core object. The
 * row copy needs nothing of the transports, is all-or-nothing (a crash mid-restore rolls back),
 * and every reader sees the restored data on its next query; the renderer reloads itself.
 * A backup of an older schema is first upgraded in a scratch copy, so it is restored into the
 * current schema; one from a newer app is refused.
 */

export { backupFolderFor, BACKUPS_KEPT, listBackupFiles } from './backup-files';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupOptions {
  now?: Date;
  /** Defaults to `<folder of the database>/backups`. */
  folder?: string;
  /** Where to write instead of the backups folder (CLI `backup --out`); no rotation then. */
  out?: string;
  keep?: number;
}

/** Take a backup of the open database `db` (whose file is `db.name`). */
export function createBackup(db: Database.Database, reason: BackupReason, options: BackupOptions = {}): BackupFile {
  const dbFile = db.name;
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  const folder = options.folder ?? backupFolderFor(dbFile);
  let now = options.now ?? new Date();
  let target: string;
  if (options.out) {
    target = path.resolve(options.out);
    if (fs.existsSync(target)) {
      throw new ServiceError('conflict', `${options.out} already exists; choose a new file name for the backup`);
    }
  } else {
    fs.mkdirSync(folder, { recursive: true });
    target = path.join(folder, backupFileName(dbFile, now, schemaVersion, reason));
    // Two backups in the same millisecond (tests, a double click) get distinct names.
    while (fs.existsSync(target)) {
      now = new Date(now.getTime() + 1);
      target = path.join(folder, backupFileName(dbFile, now, schemaVersion, reason));
    }
  }
  const partial = partialFileName(target);
  fs.rmSync(partial, { force: true });
  try {
    snapshot(db, partial);
    assertHealthy(db, partial, path.basename(target));
    syncToDisk(partial);
    fs.renameSync(partial, target);
    syncFolder(path.dirname(target));
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  if (!options.out) {
    if (reason !== 'before-restore') pruneBackups(dbFile, options.keep ?? BACKUPS_KEPT, folder);
    removeStalePartials(dbFile, folder);
  }
  return {
    name: path.basename(target),
    path: target,
    createdAt: now.toISOString(),
    schemaVersion,
    reason,
    bytes: fs.statSync(target).size,
  };
}

/**
 * The hook openDatabase calls after its checks and before migrating: a backup before every
 * migration (refusing to migrate without one), and otherwise one a day. A failed daily backup
 * must not keep anyone from their data, so it only warns.
 */
export function backupOnOpen(db: Database.Database, file: string, version: number, now = new Date()): void {
  removeStalePartials(db.name);
  if (version === 0) return; // a new, empty file: nothing to keep
  if (version < LATEST_SCHEMA_VERSION) {
    try {
      createBackup(db, 'migration', { now });
    } catch (error) {
      throw new StartupError(
        'db_migration_failed',
        `Could not back up ${file} before upgrading it to data version ${LATEST_SCHEMA_VERSION} (${describe(error)}); the file is unchanged. Free some disk space and start again.`,
      );
    }
    return;
  }
  const newest = listBackupFiles(db.name)[0];
  const age = newest ? now.getTime() - Date.parse(newest.createdAt) : Infinity;
  if (age >= 0 && age < DAY_MS) return;
  try {
    createBackup(db, 'daily', { now });
  } catch (error) {
    console.warn(`Delegation Planner: the daily backup of ${file} failed: ${describe(error)}`);
  }
}

/** What `backups:list` answers. */
export function listBackups(db: Database.Database): BackupList {
  return { folder: backupFolderFor(db.name), backups: listBackupFiles(db.name).map(summary) };
}

/** `backups:restore`: a backup of this database, by its name in the backups folder. */
export function restoreNamedBackup(db: Database.Database, name: string, now = new Date()): RestoreResult {
  const backup = listBackupFiles(db.name).find((b) => b.name === name);
  if (!backup) throw new ServiceError('not_found', `There is no backup called ${name}`);
  const result = restoreBackup(db, backup.path, now);
  return { restored: result.restored, keptAside: summary(result.keptAside) };
}

/**
 * Replace everything in the open database `db` with the content of the backup `backupFile`,
 * after keeping the current data aside as a backup of its own. The backup is checked first
 * (a Delegation Planner database, not newer than this app, integrity_check ok, no dangling
 * references) and upgraded to the current schema in a scratch copy; the original backup file is
 * never modified. Runs in one transaction (the caller's, or its own).
 */
export function restoreBackup(
  db: Database.Database,
  backupFile: string,
  now = new Date(),
): { restored: RestoreResult['restored']; keptAside: BackupFile } {
  const checked = checkedCopy(backupFile, backupFolderFor(db.name), passphraseOf(db));
  try {
    assertSameTables(checked.db, db, path.basename(backupFile));
    const keptAside = createBackup(db, 'before-restore', { now });
    const copy = () => replaceAllRows(checked.db, db);
    if (db.inTransaction) copy();
    else db.transaction(copy)();
    return { restored: { name: path.basename(backupFile), schemaVersion: checked.schemaVersion }, keptAside };
  } finally {
    checked.discard();
  }
}

/**
 * For a database that cannot be opened any more (damaged): check the backup as above, move the
 * damaged file (and its -wal/-shm) aside as `<file>.before-restore-<time>`, and put the checked,
 * upgraded copy in its place. Only for when no connection to `dbFile` is open.
 */
export function replaceDatabaseFile(
  dbFile: string,
  backupFile: string,
  now = new Date(),
  passphrase?: string,
): { restored: RestoreResult['restored']; keptAside: string | null } {
  const target = path.resolve(dbFile);
  const checked = checkedCopy(backupFile, backupFolderFor(target), passphrase);
  let keptAside: string | null = null;
  try {
    checked.db.close();
    if (fs.existsSync(target)) {
      keptAside = `${target}.before-restore-${now.toISOString().replace(/:/g, '-')}`;
      fs.renameSync(target, keptAside);
      for (const suffix of ['-wal', '-shm']) {
        if (fs.existsSync(target + suffix)) fs.renameSync(target + suffix, keptAside + suffix);
      }
    }
    syncToDisk(checked.path);
    fs.renameSync(checked.path, target);
    syncFolder(path.dirname(target));
  } finally {
    checked.discard();
  }
  return { restored: { name: path.basename(backupFile), schemaVersion: checked.schemaVersion }, keptAside };
}

/**
 * Why the database file `dbFile` is damaged (SQLite's quick_check, on a read-only connection
 * that changes nothing), or null when it is sound. A file whose header is fine but whose data
 * pages are not still opens, yet every full read (VACUUM INTO, a restore's copy) fails on it:
 * such a file must be moved aside as it is, not snapshotted.
 */
export function damageOf(dbFile: string, passphrase?: string): string | null {
  let db: Database.Database | undefined;
  try {
    // Keyed like the database: unkeyed, every page of an encrypted file reads as damage.
    db = openFile(dbFile, passphrase, { readonly: true, fileMustExist: true });
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.length === 1 && rows[0]?.quick_check === 'ok' ? null : rows.map((r) => r.quick_check).join('; ');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return describe(error);
    throw error;
  } finally {
    db?.close();
  }
}

// ---- internals ------------------------------------------------------------------------------

function summary(file: BackupFile): BackupSummary {
  const { path: _path, ...rest } = file;
  return rest;
}

/** Write a consistent copy of `db` to `target` (which must not exist). */
function snapshot(db: Database.Database, target: string): void {
  // VACUUM cannot run inside a transaction; a second connection reads the last committed state.
  // VACUUM INTO writes the copy with the source's cipher and key: an encrypted database's
  // backups are encrypted too (tests/safety/encryption.test.ts reads their bytes).
  const source = db.inTransaction ? openLike(db, db.name, { readonly: true, fileMustExist: true }) : db;
  try {
    source.prepare('VACUUM INTO ?').run(target);
  } finally {
    if (source !== db) source.close();
  }
}

function assertHealthy(db: Database.Database, file: string, name: string): void {
  const check = openLike(db, file, { readonly: true, fileMustExist: true });
  try {
    const result = check.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new ServiceError('internal', `The new backup ${name} failed its check (${String(result)})`);
  } finally {
    check.close();
  }
}

interface CheckedCopy {
  db: Database.Database;
  path: string;
  schemaVersion: number;
  discard(): void;
}

/**
 * A scratch copy of `backupFile` in `folder`, verified and upgraded to the current schema.
 * Every refusal is a ServiceError whose message names the backup and says what is wrong.
 */
function checkedCopy(backupFile: string, folder: string, passphrase: string | undefined): CheckedCopy {
  const name = path.basename(backupFile);
  if (!fs.existsSync(backupFile) || !fs.statSync(backupFile).isFile()) {
    throw new ServiceError('not_found', `There is no backup file at ${backupFile}`);
  }
  fs.mkdirSync(folder, { recursive: true });
  const scratch = path.join(folder, `.restore-check-${randomBytes(6).toString('hex')}.sqlite`);
  let copy: Database.Database | undefined;
  let schemaVersion: number;
  const discard = () => {
    if (copy?.open) copy.close();
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(scratch + suffix, { force: true });
  };
  try {
    // A plain backup (made before the database was encrypted) opens plain; an encrypted one
    // needs the database's passphrase.
    const source = openFile(backupFile, passphrase, { readonly: true, fileMustExist: true });
    try {
      schemaVersion = source.pragma('user_version', { simple: true }) as number;
      if (schemaVersion > LATEST_SCHEMA_VERSION) {
        throw new ServiceError(
          'invalid_input',
          `${name} was made by a newer version of Delegation Planner (data version ${schemaVersion}, this app reads up to ${LATEST_SCHEMA_VERSION}); update the app to restore it`,
        );
      }
      if (schemaVersion === 0) {
        throw new ServiceError('invalid_input', `${name} is not a Delegation Planner backup`);
      }
      const integrity = source.pragma('integrity_check') as { integrity_check: string }[];
      if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') {
        throw new ServiceError('invalid_input', `${name} is damaged (SQLite's integrity check failed); choose another backup`);
      }
      source.prepare('VACUUM INTO ?').run(scratch);
    } finally {
      source.close();
    }
    copy = openFile(scratch, passphrase);
    migrate(copy, name);
    if ((copy.pragma('foreign_key_check') as unknown[]).length > 0) {
      throw new ServiceError('invalid_input', `${name} has references to rows that do not exist; choose another backup`);
    }
  } catch (error) {
    discard();
    if (error instanceof ServiceError) throw error;
    if (error instanceof StartupError) throw new ServiceError('invalid_input', error.message);
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new ServiceError('invalid_input', `${name} is not a usable backup: the file is damaged or not a database`);
    }
    throw error;
  }
  return { db: copy, path: scratch, schemaVersion, discard };
}

interface Column {
  name: string;
  type: string;
}

function userTables(db: Database.Database): string[] {
  return (
    db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .all() as { name: string }[]
  ).map((row) => row.name);
}

function columnsOf(db: Database.Database, table: string): Column[] {
  return (db.pragma(`table_info("${table}")`) as Column[]).map(({ name, type }) => ({ name, type }));
}

function assertSameTables(backup: Database.Database, live: Database.Database, name: string): void {
  const shape = (db: Database.Database) => JSON.stringify(userTables(db).map((t) => [t, columnsOf(db, t)]));
  if (shape(backup) !== shape(live)) {
    throw new ServiceError('conflict', `${name} does not have the tables this version of the app uses; nothing was changed`);
  }
}

/**
 * Make every table of `live` hold exactly the rows of `backup`. Foreign keys are checked at
 * commit (the order of inserts does not matter then). Triggers fire as usual — the tombstone
 * triggers write `deletions` while tables are emptied and filled — so tables whose content then
 * differs from the backup are copied again; the final comparison proves the result.
 */
function replaceAllRows(backup: Database.Database, live: Database.Database): void {
  const tables = userTables(live);
  live.pragma('defer_foreign_keys = ON');
  // Emptying one table can fill another (a delete trigger records a tombstone): repeat until
  // every table is empty, before anything is copied.
  for (let pass = 0; tables.some((t) => live.prepare(`SELECT 1 FROM "${t}" LIMIT 1`).get()); pass += 1) {
    if (pass === 5) throw new ServiceError('internal', 'The restore could not empty the database; nothing was changed');
    for (const table of tables) live.prepare(`DELETE FROM "${table}"`).run();
  }
  for (const table of tables) copyTable(backup, live, table);
  for (const table of tables) {
    if (digest(live, table) === digest(backup, table)) continue;
    live.prepare(`DELETE FROM "${table}"`).run();
    copyTable(backup, live, table);
  }
  const differing = tables.filter((table) => digest(live, table) !== digest(backup, table));
  if (differing.length > 0) {
    throw new ServiceError('internal', `The restore could not reproduce the backup's ${differing.join(', ')}; nothing was changed`);
  }
}

function copyTable(from: Database.Database, to: Database.Database, table: string): void {
  const columns = columnsOf(from, table).map((c) => `"${c.name}"`);
  const insert = to.prepare(`INSERT INTO "${table}" (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  const rows = from.prepare(`SELECT ${columns.join(', ')} FROM "${table}"`).raw().safeIntegers();
  for (const row of rows.iterate() as IterableIterator<unknown[]>) insert.run(...row);
}

/** A fingerprint of a table's rows, independent of their order. */
function digest(db: Database.Database, table: string): string {
  const rows = (db.prepare(`SELECT * FROM "${table}"`).raw().safeIntegers().all() as unknown[][])
    .map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value)))
    .sort();
  return createHash('sha256').update(rows.join('\n')).digest('hex');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export { parseBackupName };
