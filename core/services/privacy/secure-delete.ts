import type Database from 'better-sqlite3';

/**
 * Run erasing writes with SQLite's secure_delete on: freed cells and pages are overwritten with
 * zeros, so an erased passport number does not linger in the file's free space. (The WAL still
 * holds the old page images until a checkpoint: the privacy operations checkpoint after they
 * commit, see PRIVACY_CHECKPOINT in api/dispatch.ts.) Only for these writes: for every write it
 * costs extra page writes that ordinary edits do not need.
 */
export function eraseSecurely(db: Database.Database, erase: () => void): void {
  const before = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    erase();
  } finally {
    db.pragma(`secure_delete = ${before ? 'ON' : 'OFF'}`);
  }
}

/**
 * Move every committed page from the WAL into the file and empty the WAL, so the old versions of
 * erased rows are gone from it too. Outside any transaction; a busy reader elsewhere only delays
 * it (SQLite then checkpoints later), which is not an error.
 */
export function checkpointAfterErasure(db: Database.Database): void {
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Another connection holds the database; the next checkpoint takes the pages.
  }
}
