import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../core/db/migrate';
import { migrations } from '../../core/db/migrations';
import type { Trip } from '../../shared/domain/trip';
import { databaseOf, expectOk, freshCore, onCleanup, tempDbPath } from './helpers';

describe('migration 014: who changed shared rows, and what is unseen', () => {
  it('adds an empty row_changes table to a file at version 13 and keeps its trips', () => {
    const file = tempDbPath();
    const db = new Database(file);
    onCleanup(() => db.open && db.close());
    migrate(db, file, migrations.slice(0, 13));
    const stamp = '2016-01-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO trips (id, title, direction, start_date, end_date, home_time_zone, status, created_at, updated_at, revision)
       VALUES ('00000000-0000-4000-8000-000000000001', 'Wuxi → Södertälje', 'incoming', '2016-05-23', '2016-05-26', 'Europe/Stockholm', 'draft', ?, ?, 4)`,
    ).run(stamp, stamp);
    db.close();
    const core = freshCore(file);
    expect(databaseOf(core).prepare('SELECT count(*) AS n FROM row_changes').get()).toEqual({ n: 0 });
    expect((expectOk(core.dispatch('trips:get', { id: '00000000-0000-4000-8000-000000000001' })) as Trip).revision).toBe(4);
    expect(expectOk(core.dispatch('sync:changes', { tripId: '00000000-0000-4000-8000-000000000001' }))).toEqual([]);
  });

  it('accepts only the entities the screens mark, and unseen as 0 or 1', () => {
    const core = freshCore();
    const insert = (type: string, unseen: number) =>
      databaseOf(core)
        .prepare(`INSERT INTO row_changes (entity_id, entity_type, trip_id, changed_by, changed_by_laptop, changed_at, unseen) VALUES (?, ?, 't', 'Anna', 'l', 'now', ?)`)
        .run(crypto.randomUUID(), type, unseen);
    insert('item', 1);
    expect(() => insert('passport', 0)).toThrow(/CHECK/);
    expect(() => insert('member', 2)).toThrow(/CHECK/);
  });
});
