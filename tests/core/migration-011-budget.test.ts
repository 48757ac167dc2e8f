import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../core/db/migrate';
import { migrations } from '../../core/db/migrations';
import type { Trip } from '../../shared/domain/trip';
import { expectOk, freshCore, onCleanup, tempDbPath } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

/** Migration 011 (budget), beside migrations.test.ts: the same approach, a file of its own. */

function raw(file: string): Database.Database {
  const db = new Database(file);
  onCleanup(() => db.open && db.close());
  return db;
}

function userTables(db: Database.Database): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map(
    (r) => r.name,
  );
}

describe('migration 011: budget, funding sources and per-diem rates', () => {
  /** A file at schema version 7 with a trip and a member, written with plain SQL. */
  function version7File(): string {
    const file = tempDbPath();
    const db = raw(file);
    migrate(db, file, migrations.slice(0, 7));
    const stamp = '2017-01-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO trips (id, title, direction, start_date, end_date, home_time_zone, status, created_at, updated_at, revision)
       VALUES ('00000000-0000-4000-8000-000000000001', 'Västerås → Jinan', 'outgoing', '2017-10-28', '2017-11-04', 'Europe/Stockholm', 'draft', ?, ?, 2)`,
    ).run(stamp, stamp);
    db.close();
    return file;
  }

  it('gives existing trips an empty budget that can then be filled, the trip unchanged', () => {
    const core = freshCore(version7File());
    const tripId = '00000000-0000-4000-8000-000000000001';
    const empty = expectOk(core.dispatch('budget:get', { tripId })) as { lines: unknown[]; sources: unknown[]; totals: { total: unknown } };
    expect(empty.lines).toEqual([]);
    expect(empty.sources).toEqual([]);
    expect(empty.totals.total).toEqual({ plannedSek: 0, actualSek: 0 });
    expect((expectOk(core.dispatch('trips:get', { id: tripId })) as Trip).revision).toBe(2);
    expectOk(core.dispatch('budget:createLine', { tripId, category: 'venue', plannedMinor: 1_00 }));
    expect(userTables(databaseOf(core))).toEqual(expect.arrayContaining(['cost_lines', 'funding_sources', 'per_diem_rates']));
  });

  it('refuses negative amounts, unknown categories and payers in the file itself', () => {
    const core = freshCore(version7File());
    const insert = (category: string, payer: string, planned: number) => () =>
      databaseOf(core)
        .prepare(
          `INSERT INTO cost_lines (id, trip_id, category, planned_minor, currency, payer, created_at, updated_at)
           VALUES (lower(hex(randomblob(16))), '00000000-0000-4000-8000-000000000001', ?, ?, 'SEK', ?, '', '')`,
        )
        .run(category, planned, payer);
    expect(insert('travel', 'municipality', -1)).toThrow(/CHECK constraint/);
    expect(insert('lunch', 'municipality', 1)).toThrow(/CHECK constraint/);
    expect(insert('travel', 'nobody', 1)).toThrow(/CHECK constraint/);
    expect(insert('travel', 'municipality', 1)).not.toThrow();
  });
});
