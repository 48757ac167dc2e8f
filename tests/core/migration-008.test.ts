import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../core/db/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../core/db/migrations';
import type { Trip } from '../../shared/domain/trip';
import { expectOk, freshCore, tempDbPath } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

/** Migration 008 on a real version-7 file (beside tests/core/migrations.test.ts, which is full). */
function raw(file: string): Database.Database {
  return new Database(file);
}

function userTables(db: Database.Database): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map(
    (r) => r.name,
  );
}

describe('migration 008: personal data erasures and log', () => {
  it('adds the erasure and log tables to a version 7 file and keeps its data', () => {
    const file = tempDbPath();
    const db = raw(file);
    migrate(db, file, migrations.slice(0, 7));
    const stamp = '2017-01-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO trips (id, title, direction, start_date, end_date, home_time_zone, status, created_at, updated_at, revision)
       VALUES ('00000000-0000-4000-8000-000000000001', 'Jinan', 'outgoing', '2017-10-27', '2017-11-03', 'Europe/Stockholm', 'draft', ?, ?, 2)`,
    ).run(stamp, stamp);
    db.close();

    const core = freshCore(file);
    expect(databaseOf(core).pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(userTables(databaseOf(core))).toEqual(expect.arrayContaining(['privacy_erasures', 'privacy_log']));
    expect((expectOk(core.dispatch('trips:get', { id: '00000000-0000-4000-8000-000000000001' })) as Trip).revision).toBe(2);
    expect(expectOk(core.dispatch('privacy:purgePreview', {}))).toMatchObject({ retentionMonths: null, lastRun: null });
    expect(() => databaseOf(core).prepare(`INSERT INTO privacy_log (action, trigger, ran_at) VALUES ('shred', 'cli', ?)`).run(stamp)).toThrow(/CHECK/);
  });
});
