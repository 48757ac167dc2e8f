import fs from 'node:fs';
import path from 'node:path';
import { StartupError } from '../../db/errors';
import { backupFolderFor, damageOf, listBackupFiles, replaceDatabaseFile } from '../../db/backup';
import { openCore } from '../../core';
import { passphraseFor } from '../../terminal-passphrase';
import { ServiceError } from '../../services/errors';
import { CliError } from '../cli-error';
import type { CliIo, Command } from '../command';
import { kilobytes } from './export';

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Restore the database from a backup (the current data is kept aside first), or list the backups',
  usage:
    'restore --db FILE --from BACKUP | restore --db FILE --list\n\n' +
    '  --from BACKUP  a backup file, or the name of one in the backups folder (see --list)\n' +
    '  --list         list the backups of FILE, newest first',
  options: { db: { type: 'string' }, from: { type: 'string' }, list: { type: 'boolean' } },
  run(values, io) {
    if (typeof values.db !== 'string' || values.db === '') throw new CliError('Missing --db FILE (the database file)');
    const dbFile = values.db;
    if (values.list) return list(dbFile, io);
    if (typeof values.from !== 'string' || values.from === '') {
      throw new CliError('Missing --from BACKUP (a backup file, or a name from: npm run cli -- restore --db FILE --list)');
    }
    const from = resolveBackup(dbFile, values.from);
    try {
      return restore(dbFile, from, io);
    } catch (error) {
      if (error instanceof ServiceError) throw new CliError(error.message);
      throw error;
    }
  },
};

function list(dbFile: string, io: CliIo): number {
  const backups = listBackupFiles(dbFile);
  if (backups.length === 0) {
    io.out(`No backups of ${dbFile} in ${backupFolderFor(dbFile)}\n`);
    return 0;
  }
  io.out(`Backups of ${dbFile} in ${backupFolderFor(dbFile)}, newest first:\n`);
  for (const b of backups) {
    io.out(`  ${b.name}  ${b.createdAt.replace('T', ' ').slice(0, 19)} UTC  data version ${b.schemaVersion}  ${b.reason}  ${kilobytes(b.bytes)}\n`);
  }
  return 0;
}

/** A path as given, or a bare name looked up in the backups folder. */
function resolveBackup(dbFile: string, from: string): string {
  if (from.includes('/') || from.includes('\\')) return from;
  const named = listBackupFiles(dbFile).find((b) => b.name === from);
  return named ? named.path : from;
}

function restore(dbFile: string, from: string, io: CliIo): number {
  const passphrase = passphraseFor(dbFile);
  // A damaged file is exactly when a backup is needed, and a full read of it (the copy kept
  // aside, the row copy) would fail: then the file itself, byte for byte, is moved aside and the
  // checked backup put in its place (nothing has it open). Checked before opening, which writes.
  const damage = fs.existsSync(dbFile) ? checked(() => damageOf(dbFile, passphrase)) : null;
  if (damage !== null) return replaceFile(dbFile, from, damage, io, passphrase);
  let core;
  try {
    core = openCore(dbFile, {}, { passphrase });
  } catch (error) {
    if (!(error instanceof StartupError) || error.code !== 'db_not_a_database') {
      throw error instanceof StartupError ? new CliError(error.message) : error;
    }
    return replaceFile(dbFile, from, error.message, io, passphrase);
  }
  try {
    const result = core.maintenance.restoreFrom(path.resolve(from));
    io.out(
      `Restored ${result.restored.name} (data version ${result.restored.schemaVersion}) into ${dbFile}.\n` +
        `The data as it was before is kept in ${result.keptAside.path} (${kilobytes(result.keptAside.bytes)}).\n`,
    );
    return 0;
  } finally {
    core.close();
  }
}

function replaceFile(dbFile: string, from: string, damage: string, io: CliIo, passphrase: string | undefined): number {
  const swapped = replaceDatabaseFile(dbFile, from, new Date(), passphrase);
  io.out(
    `${dbFile} could not be opened or read (${damage}); it was moved aside to ${swapped.keptAside}.\n` +
      `Restored ${swapped.restored.name} (data version ${swapped.restored.schemaVersion}) in its place.\n`,
  );
  return 0;
}

/** A wrong passphrase is the user's to fix, not damage: one line, nothing moved. */
function checked<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw error instanceof StartupError ? new CliError(error.message) : error;
  }
}
