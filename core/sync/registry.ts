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

/** Who follows the team setting of each open database (the background sync), told when it changes. */
const followers = new WeakMap<Database.Database, () => void>();

export function followTeamChanges(db: Database.Database, follower: (() => void) | undefined): void {
  if (follower) followers.set(db, follower);
  else followers.delete(db);
}

/** After 'sync:setTeam': the background sync restarts with the new team (after this tick). */
export function teamChanged(db: Database.Database): void {
  const follower = followers.get(db);
  if (follower) setImmediate(follower);
}
