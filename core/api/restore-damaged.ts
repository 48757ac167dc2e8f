import type Database from 'better-sqlite3';
import path from 'node:path';
import { BackupRestoreInput, type RestoreResult } from '../../shared/domain/backup';
import { damageOf, listBackupFiles, replaceDatabaseFile } from '../db/backup';
import { passphraseOf } from '../db/cipher';
import { fail, ok, type ApiResult } from '../../shared/api/result';

/**
 * 'backups:restore' when the open data file is damaged (a data page unreadable): the ordinary
 * restore first keeps the current data aside as a backup, which reads every page and fails on
 * exactly the file a backup is needed for. Then, like the CLI's restore, the damaged file is
 * moved aside as it is (bytes, with its -wal) and the checked backup put in its place; the core
 * closes its connection for that and opens the restored file. Answers null when the file is
 * sound (the ordinary restore applies).
 */
export function restoreOverDamagedFile(
  db: Database.Database,
  input: unknown,
  reopen: (passphrase: string | undefined) => void,
): ApiResult<RestoreResult> | null {
  const parsed = BackupRestoreInput.safeParse(input ?? {});
  if (!parsed.success) return null; // dispatch reports the bad input in its usual words
  const passphrase = passphraseOf(db);
  const file = db.name;
  const damage = damageOf(file, passphrase);
  if (damage === null) return null;
  const backup = listBackupFiles(file).find((b) => b.name === parsed.data.name);
  if (!backup) return fail('not_found', `There is no backup called ${parsed.data.name}`);
  db.close();
  try {
    const { restored, keptAside } = replaceDatabaseFile(file, backup.path, new Date(), passphrase);
    return ok({ restored, keptAside: null, damagedFileKeptAside: keptAside ? path.basename(keptAside) : null });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return fail('storage', `The backup could not be restored over the damaged file: ${message}`);
  } finally {
    // Whatever happened, the core goes on with what is now at the file's place.
    reopen(passphrase);
  }
}
