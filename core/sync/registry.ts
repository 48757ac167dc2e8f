import type Database from 'better-sqlite3';
import type { LiveSync } from './live';

/** The running background sync of each open database (the status operation reads it). */
const running = new WeakMap<Database.Database, LiveSync>();

export function registerLiveSync(db: Database.Database, live: LiveSync | undefined): void {
  if (live) running.set(db, live);
  else running.delete(db);
}

export function liveSyncOf(db: Database.Database): LiveSync | undefined {
  return running.get(db);
}
