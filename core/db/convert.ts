import type Database from 'better-sqlite3';
import { createBackup } from './backup';
import type { BackupFile } from './backup-files';
import { rekey } from './cipher';
import { openDatabase } from './open';

/**
 * Encrypt a plain database file (`next` given), decrypt an encrypted one (`next` undefined) or
 * change its passphrase, in place: backup first (with the current key), then rekey, then open
 * the file again with the new key and compare it with what it held before.
 */
export function changeEncryption(file: string, current: string | undefined, next: string | undefined): { backup: BackupFile } {
  const db = openDatabase(file, { passphrase: current });
  let backup: BackupFile;
  let before: string;
  try {
    backup = createBackup(db, 'manual');
    before = rowCounts(db);
    rekey(db, next);
  } finally {
    db.close();
  }
  const check = openDatabase(file, { passphrase: next });
  try {
    const health = check.pragma('quick_check', { simple: true });
    if (health !== 'ok' || rowCounts(check) !== before) {
      throw new Error(`${file} does not read back as before after the conversion; restore it from ${backup.path}`);
    }
  } finally {
    check.close();
  }
  return { backup };
}

function rowCounts(db: Database.Database): string {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n]));
}
