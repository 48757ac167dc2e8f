import type Database from 'better-sqlite3';
import type { PrivacyLogEntry } from '../../../shared/domain/privacy';
import { prepared } from '../../db/statements';

/** Record that a purge or erase ran (counts only: the log holds nothing about the people). */
export function recordPrivacyAction(db: Database.Database, entry: PrivacyLogEntry): void {
  prepared(db, 'INSERT INTO privacy_log (action, trigger, ran_at, trips, members, contacts) VALUES (?, ?, ?, ?, ?, ?)').run(
    entry.action,
    entry.trigger,
    entry.ranAt,
    entry.trips,
    entry.members,
    entry.contacts,
  );
}

export function lastPrivacyAction(db: Database.Database, action: PrivacyLogEntry['action']): PrivacyLogEntry | null {
  const row = prepared(
    db,
    'SELECT action, trigger, ran_at AS ranAt, trips, members, contacts FROM privacy_log WHERE action = ? ORDER BY ran_at DESC, id DESC LIMIT 1',
  ).get(action) as PrivacyLogEntry | undefined;
  return row ?? null;
}
