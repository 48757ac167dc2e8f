import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../core/core';
import { StartupError } from '../../core/db/errors';
import { migrate } from '../../core/db/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../core/db/migrations';
import type { Migration } from '../../core/db/migrations/types';
import { databaseOf, freshCore, makeItem, makeMember, makeTrip, openRaw, tempDbPath, tempDir, userTables } from './helpers';

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Open must refuse `file` with a StartupError of `code`; returns the error for more checks. */
function expectStartupError(file: string, code: StartupError['code']): StartupError {
  try {
    const core = openCore(file);
    core.close();
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    expect((error as StartupError).code, (error as Error).message).toBe(code);
    return error as StartupError;
  }
  return expect.fail(`expected StartupError ${code}, but ${file} opened`);
}

describe('a new database file', () => {
  it('is created at the latest schema version, in WAL mode, with foreign keys enforced', () => {
    const core = freshCore();
    expect(databaseOf(core).pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(LATEST_SCHEMA_VERSION).toBe(migrations.length);
    expect(databaseOf(core).pragma('journal_mode', { simple: true })).toBe('wal');
    expect(databaseOf(core).pragma('foreign_keys', { simple: true })).toBe(1);
    expect(fs.existsSync(core.dbPath)).toBe(true);
  });

  it('makes every table STRICT', () => {
    const core = freshCore();
    const tables = (databaseOf(core).pragma('table_list') as { schema: string; name: string; type: string; strict: number }[]).filter(
      (t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_'),
    );
    expect(tables.length).toBeGreaterThanOrEqual(10);
    expect(tables.filter((t) => t.strict !== 1).map((t) => t.name)).toEqual([]);
  });

  it('keeps its data and version when opened again', () => {
    const file = tempDbPath();
    const first = openCore(file);
    const trip = makeTrip(first);
    first.close();

    const second = freshCore(file);
    expect(databaseOf(second).pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const got = second.dispatch('trips:get', { id: trip.id });
    expect(got).toMatchObject({ ok: true, value: { id: trip.id, title: trip.title } });
  });

  it('enforces foreign keys in practice: a participant row for a missing member is rejected', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const item = makeItem(core, trip.id);
    expect(() =>
      databaseOf(core).prepare('INSERT INTO item_participants (item_id, member_id) VALUES (?, ?)').run(item.id, 'no-such-member'),
    ).toThrow(/FOREIGN KEY/);
  });
});

describe('migrate()', () => {
  it('runs each migration in a transaction: a failing step leaves version and schema as they were', () => {
    const file = tempDbPath();
    const db = openRaw(file);
    migrate(db, file, migrations);
    const tablesBefore = userTables(db);
    const schemaBefore = db.prepare('SELECT sql FROM sqlite_master ORDER BY name').all();

    const failing: Migration = {
      version: migrations.length + 1,
      name: 'half-broken step',
      // The first statement succeeds, the second fails: the first must be rolled back too.
      up: `CREATE TABLE added_by_failing_step (id TEXT PRIMARY KEY) STRICT;
           ALTER TABLE trips ADD COLUMN extra TEXT NOT NULL DEFAULT '';
           INSERT INTO table_that_does_not_exist VALUES (1);`,
    };
    let error: unknown;
    try {
      migrate(db, file, [...migrations, failing]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StartupError);
    expect((error as StartupError).code).toBe('db_migration_failed');
    expect((error as Error).message).toContain('half-broken step');

    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(userTables(db)).toEqual(tablesBefore);
    expect(db.prepare('SELECT sql FROM sqlite_master ORDER BY name').all()).toEqual(schemaBefore);
  });

  it('applies only the missing steps and bumps the version with each', () => {
    const file = tempDbPath();
    const db = openRaw(file);
    migrate(db, file, migrations);
    const next: Migration = {
      version: migrations.length + 1,
      name: 'add a table',
      up: 'CREATE TABLE later_table (id TEXT PRIMARY KEY NOT NULL) STRICT;',
    };
    migrate(db, file, [...migrations, next]);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length + 1);
    expect(userTables(db)).toContain('later_table');
    // Running again is a no-op (the initial schema would fail if it ran twice).
    expect(() => migrate(db, file, [...migrations, next])).not.toThrow();
  });
});


describe('files the app must refuse', () => {
  it('refuses a database from a newer app version, says so, and leaves the file untouched', () => {
    const file = tempDbPath();
    const db = openRaw(file);
    db.exec("CREATE TABLE future_things (id TEXT); INSERT INTO future_things VALUES ('x');");
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.close();
    const before = sha256(file);
    const filesBefore = fs.readdirSync(path.dirname(file));

    const error = expectStartupError(file, 'db_newer');
    expect(error.message).toMatch(/newer version/i);

    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual(filesBefore);
  });

  it('refuses a file that is not SQLite (random text) and leaves it untouched', () => {
    const file = tempDbPath('notes.db');
    fs.writeFileSync(file, 'Packing list: passports, gifts, business cards.\n'.repeat(40));
    const before = sha256(file);
    const error = expectStartupError(file, 'db_not_a_database');
    expect(error.message).toMatch(/not a Delegation Planner database/);
    expect(sha256(file)).toBe(before);
  });

  it("refuses another program's SQLite database instead of adding tables to it, leaving it untouched", () => {
    const file = tempDbPath('places.sqlite');
    const db = openRaw(file);
    db.exec("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO bookmarks (url) VALUES ('https://example.org');");
    db.close();
    const before = sha256(file);
    const error = expectStartupError(file, 'db_not_a_database');
    expect(error.message).toMatch(/another program/);
    expect(sha256(file)).toBe(before);
    expect(userTables(openRaw(file, { readonly: true }))).toEqual(['bookmarks']);
  });

  it('opens an empty (zero-byte) file as a new database', () => {
    const file = tempDbPath();
    fs.writeFileSync(file, '');
    const core = freshCore(file);
    expect(databaseOf(core).pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
  });

  it('refuses a path in a folder that does not exist, without creating the folder', () => {
    const missing = path.join(tempDir(), 'no-such-folder', 'planner.db');
    const error = expectStartupError(missing, 'db_unreadable');
    expect(error.message).toContain('does not exist');
    expect(fs.existsSync(path.dirname(missing))).toBe(false);
  });

  it('refuses a folder given as the database path', () => {
    const dir = tempDir();
    const error = expectStartupError(dir, 'db_unreadable');
    expect(error.message).toMatch(/folder/);
  });
});

describe('schema', () => {
  it('matches the committed snapshot (update it deliberately with a new migration)', async () => {
    const core = freshCore();
    const rows = databaseOf(core)
      .prepare(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name`)
      .all() as { type: string; name: string; sql: string }[];
    const normalised = rows
      // One trimmed line per source line (a column per line diffs well); blank lines dropped.
      .map((r) => `-- ${r.type} ${r.name}\n${r.sql.split('\n').map((l) => l.trim()).filter(Boolean).join('\n')};`)
      .join('\n\n');
    await expect(`-- user_version ${LATEST_SCHEMA_VERSION}\n\n${normalised}\n`).toMatchFileSnapshot(
      './__snapshots__/schema.sql',
    );
  });
});

describe('hot queries use indexes (EXPLAIN QUERY PLAN)', () => {
  type PlanRow = { detail: string };

  /** Record every SQL text the services prepare while `run` executes. */
  function preparedDuring(db: Database.Database, run: () => void): string[] {
    const seen: string[] = [];
    const original = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      seen.push(sql);
      return original(sql);
    }) as typeof db.prepare;
    try {
      run();
    } finally {
      db.prepare = original as typeof db.prepare;
    }
    return seen;
  }

  function plan(db: Database.Database, sql: string): string[] {
    // Bind nulls for every parameter: the plan does not depend on the values.
    const statement = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
    const params: Record<string, null> = {};
    const named = [...sql.matchAll(/@(\w+)/g)].map((m) => m[1]!);
    for (const name of named) params[name] = null;
    const positional = (sql.match(/\?/g) ?? []).map(() => null);
    const rows = (named.length ? statement.all(params) : statement.all(...positional)) as PlanRow[];
    return rows.map((r) => r.detail);
  }

  /** Full scans of real tables (json_each and temp b-trees for ORDER BY are fine). */
  const fullScans = (details: string[]) =>
    details.filter((d) => /^SCAN (\w+)/.test(d) && !/^SCAN (json_each|CONSTANT ROW)/.test(d) && !/USING (COVERING )?INDEX/.test(d));

  function setUp() {
    const core = freshCore();
    const trip = makeTrip(core);
    const other = makeTrip(core, { title: 'Other trip' });
    const a = makeMember(core, trip.id, 'Anna');
    makeMember(core, trip.id, 'Bo');
    makeMember(core, other.id, 'Cecilia');
    makeItem(core, trip.id, { allMembers: false, participantIds: [a.id] });
    makeItem(core, other.id);
    databaseOf(core).exec('ANALYZE');
    return { core, trip, member: a };
  }

  it("items of a trip in programme order search the items index instead of scanning", () => {
    const { core, trip } = setUp();
    const statements = preparedDuring(databaseOf(core), () => {
      expect(core.dispatch('items:list', { tripId: trip.id }).ok).toBe(true);
    });
    const listing = statements.find((s) => /FROM items i/.test(s) && /ORDER BY i\.start_instant/.test(s));
    expect(listing, statements.join('\n')).toBeDefined();
    const details = plan(databaseOf(core), listing!);
    expect(details.join('\n')).toMatch(/SEARCH i USING INDEX items_by_trip/);
    expect(fullScans(details)).toEqual([]);
  });

  it('members of a trip in order of precedence search the members index instead of scanning', () => {
    const { core, trip } = setUp();
    const statements = preparedDuring(databaseOf(core), () => {
      expect(core.dispatch('members:list', { tripId: trip.id }).ok).toBe(true);
    });
    const listing = statements.find((s) => /FROM members WHERE trip_id/.test(s));
    expect(listing, statements.join('\n')).toBeDefined();
    const details = plan(databaseOf(core), listing!);
    expect(details.join('\n')).toMatch(/USING INDEX members_by_trip/);
    expect(fullScans(details)).toEqual([]);
  });

  it('participants by member (member deletion, "what does this member attend") use an index', () => {
    const { core } = setUp();
    const details = plan(databaseOf(core), 'SELECT item_id FROM item_participants WHERE member_id = ?');
    expect(details.join('\n')).toMatch(/USING (COVERING )?INDEX item_participants_by_member/);
    expect(fullScans(details)).toEqual([]);
  });
});
