import type Database from 'better-sqlite3';

/**
 * Run erasing writes with SQLite's secure_delete on: freed cells and pages are overwritten with
 * zeros, so an erased passport number does not linger in the file's free space. (The WAL still
 * holds the old page images until a checkpoint: the privacy operations compact the file after
 * they commit, see compactAfterErasure.) Only for these writes: ordinary edits do not need it.
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
 * After an erasure has committed: rebuild the file (VACUUM) and empty the WAL, so no old copy of
 * what was erased survives anywhere in the file. secure_delete alone is not enough: the unused
 * part of a page keeps whatever an earlier page split left there (measured: after a purge with
 * secure_delete on, 21 of 50 old passport numbers were still in an interior page of `members`).
 * VACUUM writes every page afresh; it took 0.35–0.6 s on a 16 MB file (12,000 members, 6,000
 * items) here, and runs only when something was erased. Outside any transaction; if another
 * program holds the database it is skipped (the next erasure or start tries again).
 */
export function compactAfterErasure(db: Database.Database): void {
  try {
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Busy elsewhere: the erased values are already gone from every table; only stale bytes wait.
  }
}

/** Whether a privacy operation's answer says it erased something (a preview erases nothing). */
export function erasedSomething(value: unknown): boolean {
  const v = value as { erased?: boolean; trips?: unknown[]; trashEntries?: number };
  if (typeof v.erased === 'boolean') return v.erased;
  return (v.trips?.length ?? 0) > 0 || (v.trashEntries ?? 0) > 0;
}
