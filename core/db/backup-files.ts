import fs from 'node:fs';
import path from 'node:path';
import type { BackupReason, BackupSummary } from '../../shared/domain/backup';
import { BACKUP_REASONS } from '../../shared/domain/backup';

/**
 * Where backups live and what they are called. Pure file-name logic plus directory listing, so
 * the rules are in one place for the core, the CLI and the tests.
 *
 * Folder: `<folder of the database>/backups/`. The core only knows its database file (Electron
 * keeps it in userData, the CLI and browser mode take --db), so deriving the folder from it needs
 * no new option in any transport, and a backup always sits on the same disk as its database.
 *
 * Name: `<database name>.<UTC time>.v<schema version>.<reason>.sqlite`, e.g.
 * `delegation-planner.2024-05-01T10-15-00.123Z.v3.daily.sqlite`: sorts by time, says which schema
 * made it, and names the database it belongs to, so several databases can share one folder.
 */
export const BACKUP_FOLDER = 'backups';
/** How many automatic and manual backups are kept; older ones are deleted after each backup. */
export const BACKUPS_KEPT = 10;

const STAMP = /\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}Z/;
const NAME = new RegExp(`^(.+)\\.(${STAMP.source})\\.v(\\d{1,4})\\.(${BACKUP_REASONS.join('|')})\\.sqlite$`);

export interface BackupFile extends BackupSummary {
  path: string;
}

export function backupFolderFor(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), BACKUP_FOLDER);
}

/** The database's name without its extension: the prefix of its backups' names. */
export function databaseBaseName(dbFile: string): string {
  const base = path.basename(dbFile);
  const extension = path.extname(base);
  return extension && extension !== base ? base.slice(0, -extension.length) : base;
}

export function backupFileName(dbFile: string, at: Date, schemaVersion: number, reason: BackupReason): string {
  return `${databaseBaseName(dbFile)}.${at.toISOString().replace(/:/g, '-')}.v${schemaVersion}.${reason}.sqlite`;
}

/** Parse a backup's file name; null for anything else (including other databases' backups). */
export function parseBackupName(name: string, dbFile: string): Omit<BackupSummary, 'bytes'> | null {
  const match = NAME.exec(name);
  if (!match || match[1] !== databaseBaseName(dbFile)) return null;
  const stamp = match[2]!;
  const createdAt = `${stamp.slice(0, 10)}T${stamp.slice(11, 13)}:${stamp.slice(14, 16)}:${stamp.slice(17)}`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { name, createdAt, schemaVersion: Number(match[3]), reason: match[4] as BackupReason };
}

/** The database's backups, newest first. A missing folder means none. */
export function listBackupFiles(dbFile: string, folder = backupFolderFor(dbFile)): BackupFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name, dbFile);
    if (!parsed) continue;
    const file = path.join(folder, name);
    try {
      const stat = fs.statSync(file);
      if (stat.isFile()) found.push({ ...parsed, bytes: stat.size, path: file });
    } catch {
      // Removed while we looked: not a backup any more.
    }
  }
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/**
 * Delete all but the newest `keep` automatic and manual backups. Copies kept aside before a
 * restore are never deleted automatically: they are the way back from a restore.
 */
export function pruneBackups(dbFile: string, keep = BACKUPS_KEPT, folder = backupFolderFor(dbFile)): string[] {
  const rotating = listBackupFiles(dbFile, folder).filter((b) => b.reason !== 'before-restore');
  const removed: string[] = [];
  for (const old of rotating.slice(keep)) {
    try {
      fs.rmSync(old.path, { force: true });
      removed.push(old.name);
    } catch {
      // An undeletable old backup costs disk space, not data; try again next time.
    }
  }
  return removed;
}

/**
 * The temporary name a backup is written under until it is checked: the final name plus the
 * writing process's id, so a later cleanup can tell a killed writer's leftover (its process is
 * gone) from a backup another process is writing right now.
 */
export function partialFileName(target: string, pid = process.pid): string {
  return `${target}.${pid}.partial`;
}

const PARTIAL = /\.(?:(\d+)\.)?partial$/;

/**
 * Delete the leftovers of backups whose writer was killed (a crash, a power cut, a killed CLI):
 * each is a full-size copy of the database, and nothing else ever removes them. Runs on start and
 * after every successful backup; another live process's file is kept.
 */
export function removeStalePartials(dbFile: string, folder = backupFolderFor(dbFile)): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const prefix = `${databaseBaseName(dbFile)}.`;
  const removed: string[] = [];
  for (const name of names) {
    const match = PARTIAL.exec(name);
    if (!match || !name.startsWith(prefix)) continue;
    const pid = match[1] === undefined ? undefined : Number(match[1]);
    // Our own process writes its backups synchronously, so no partial of ours is in progress now.
    if (pid !== undefined && pid !== process.pid && isAlive(pid)) continue;
    try {
      fs.rmSync(path.join(folder, name), { force: true });
      removed.push(name);
    } catch {
      // Still costs only disk space; the next start tries again.
    }
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else — keep its file.
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** Flush a file (and the folder entry that names it) to disk, so a power cut cannot lose it. */
export function syncToDisk(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  syncFolder(path.dirname(file));
}

export function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open or fsync a directory; its rename is durable enough there.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
