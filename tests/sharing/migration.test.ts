import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../core/core';
import { migrate } from '../../core/db/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../core/db/migrations';
import { tempDir } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

describe('migration 002: shared versions', () => {
  it('upgrades a version-1 database with data, keeping the data', () => {
    const file = path.join(tempDir(), 'v1.db');
    const raw = new Database(file);
    migrate(raw, file, migrations.slice(0, 1));
    raw
      .prepare(
        `INSERT INTO trips (id, title, direction, start_date, end_date, home_time_zone, status, created_at, updated_at)
         VALUES ('11111111-1111-4111-8111-111111111111', 'Old trip', 'outgoing', '2017-10-28', '2017-11-04', 'Europe/Stockholm', 'draft', '2017-01-01T00:00:00.000Z', '2017-01-01T00:00:00.000Z')`,
      )
      .run();
    raw.close();

    const core = openCore(file);
    try {
      expect(databaseOf(core).pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(databaseOf(core).prepare('SELECT title FROM trips').get()).toEqual({ title: 'Old trip' });
      expect(databaseOf(core).prepare('SELECT count(*) AS n FROM shared_versions').get()).toEqual({ n: 0 });
      // The trip exports (and its versions are recorded) as in a new database.
      const result = core.dispatch('sharing:exportTrip', { tripId: '11111111-1111-4111-8111-111111111111' });
      expect(result.ok).toBe(true);
      expect(databaseOf(core).prepare('SELECT entity_type, revision FROM shared_versions').all()).toEqual([{ entity_type: 'trip', revision: 0 }]);
    } finally {
      core.close();
    }
  });

  it('refuses unknown entity types and keeps one row per version', () => {
    const core = openCore(path.join(tempDir(), 'v2.db'));
    try {
      const insert = databaseOf(core).prepare(
        `INSERT INTO shared_versions (entity_type, entity_id, trip_id, revision, updated_at, shared_at, direction) VALUES (?, 'x', NULL, 1, 't', 't', 'import')`,
      );
      expect(() => insert.run('spaceship')).toThrow(/CHECK/);
      insert.run('item');
      expect(() => insert.run('item')).toThrow(/UNIQUE|PRIMARY/);
      insert.run('meeting'); // a meeting's details share their item's id
    } finally {
      core.close();
    }
  });
});
