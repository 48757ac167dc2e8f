import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../core/core';
import { listBackupFiles } from '../../core/db/backup';
import { LATEST_SCHEMA_VERSION } from '../../core/db/migrations';
import { onCleanupDb, tempDir } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

/**
 * A database made by every released schema version upgrades to the latest with every row
 * intact. The fixtures are text SQL dumps (tests/fixtures/schema-v<N>.sql, written once by
 * scripts/make-schema-fixture.ts when version N was added) rather than binary files: reviewable
 * in a diff, and SQLite reads them back into exactly the file that version made.
 */
const fixturesDir = path.resolve(import.meta.dirname, '../fixtures');
const fixture = (version: number) => path.join(fixturesDir, `schema-v${version}.sql`);
const versions = Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1);

/** Create `file` from a fixture: the old version's schema, rows and user_version. */
function loadFixture(version: number, file: string): void {
  const db = new Database(file);
  db.exec(fs.readFileSync(fixture(version), 'utf8'));
  db.close();
}

function tables(db: Database.Database): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as {
    name: string;
  }[]).map((r) => r.name);
}

/** Every row of `table`, restricted to `columns`, in a stable order, exactly as stored. */
function rows(db: Database.Database, table: string, columns: string[]): unknown[][] {
  const list = columns.map((c) => `"${c}"`).join(', ');
  return db.prepare(`SELECT ${list} FROM "${table}" ORDER BY ${list}`).raw().safeIntegers().all() as unknown[][];
}

describe('migration fixtures', () => {
  it('has a fixture for every schema version (add one with `npm run fixture:schema` with each migration)', () => {
    for (const version of versions) expect(fs.existsSync(fixture(version)), `missing ${fixture(version)}`).toBe(true);
  });

  it.each(versions)('upgrades a version-%i database to the latest with every row intact', (version) => {
    const dir = tempDir();
    const original = path.join(dir, 'original.sqlite');
    const upgraded = path.join(dir, 'planner.sqlite');
    loadFixture(version, original);
    loadFixture(version, upgraded);

    const before = new Database(original, { readonly: true });
    onCleanupDb(before);
    expect(before.pragma('user_version', { simple: true })).toBe(version);
    const oldTables = tables(before);
    // Realistic, non-empty data in every table of that version.
    for (const table of oldTables) {
      const { n } = before.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number };
      expect(n, `${table} is empty in the fixture`).toBeGreaterThan(0);
    }

    const core = openCore(upgraded);
    onCleanupDb(databaseOf(core));
    expect(databaseOf(core).pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(databaseOf(core).pragma('integrity_check', { simple: true })).toBe('ok');
    expect(databaseOf(core).pragma('foreign_key_check')).toEqual([]);

    let compared = 0;
    for (const table of oldTables) {
      const columns = (before.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name);
      const kept = rows(before, table, columns);
      expect(rows(databaseOf(core), table, columns), `rows of ${table}`).toEqual(kept);
      compared += kept.length;
    }
    expect(compared).toBeGreaterThanOrEqual(20);

    // The upgraded data works through the API: the trip's workspace loads with its Chinese text.
    const trips = core.dispatch('trips:list', { includeArchived: true });
    expect(trips.ok).toBe(true);
    // From schema 6 on the fixture also holds an incoming visit; every trip must load.
    const all = trips.ok ? (trips.value as { id: string; title: string }[]) : [];
    expect(all.some((trip) => trip.title.includes('济南'))).toBe(true);
    for (const trip of all) expect(core.dispatch('trips:workspace', { id: trip.id }).ok).toBe(true);

    // An upgrade first saves a backup of the old version (core/db/backup.ts).
    const backups = listBackupFiles(upgraded);
    if (version < LATEST_SCHEMA_VERSION) {
      expect(backups.map((b) => [b.reason, b.schemaVersion])).toEqual([['migration', version]]);
      const backup = new Database(backups[0]!.path, { readonly: true });
      onCleanupDb(backup);
      for (const table of oldTables) {
        const columns = (before.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name);
        expect(rows(backup, table, columns)).toEqual(rows(before, table, columns));
      }
    } else {
      expect(backups.map((b) => b.reason)).toEqual(['daily']);
    }
  });
});
