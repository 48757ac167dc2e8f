import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../core/core';
import { StartupError } from '../../core/db/errors';
import { migrate } from '../../core/db/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../core/db/migrations';
import type { Migration } from '../../core/db/migrations/types';
import type { Member } from '../../shared/domain/member';
import type { Trip } from '../../shared/domain/trip';
import { databaseOf, expectOk, freshCore, makeItem, makeMember, makeTrip, onCleanup, tempDbPath, tempDir } from './helpers';

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

/** A raw connection for inspecting a file the way a test needs, closed after the test. */
function raw(file: string, options?: Database.Options): Database.Database {
  const db = new Database(file, options);
  onCleanup(() => db.open && db.close());
  return db;
}

function userTables(db: Database.Database): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as {
    name: string;
  }[]).map((r) => r.name);
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
    const db = raw(file);
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
    const db = raw(file);
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

describe('migration 005 (settings)', () => {
  it('adds the settings table to a version-4 file: its rows stay, settings start at the defaults and persist', () => {
    const file = tempDbPath();
    const v4 = raw(file);
    v4.exec(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/schema-v4.sql'), 'utf8'));
    expect(v4.pragma('user_version', { simple: true })).toBe(4);
    expect(userTables(v4)).not.toContain('settings');
    const { n: trips } = v4.prepare('SELECT count(*) AS n FROM trips').get() as { n: number };
    v4.close();

    const core = freshCore(file);
    expect(databaseOf(core).pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(userTables(databaseOf(core))).toContain('settings');
    expect((databaseOf(core).prepare('SELECT count(*) AS n FROM trips').get() as { n: number }).n).toBe(trips);
    expect(core.dispatch('settings:get', {})).toMatchObject({ ok: true, value: { language: null, paper: 'a4' } });
    expect(core.dispatch('settings:update', { paper: 'letter' })).toMatchObject({ ok: true });
    core.close();
    const again = freshCore(file);
    expect(again.dispatch('settings:get', {})).toMatchObject({ ok: true, value: { paper: 'letter' } });
  });
});

describe('files the app must refuse', () => {
  it('refuses a database from a newer app version, says so, and leaves the file untouched', () => {
    const file = tempDbPath();
    const db = raw(file);
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
    const db = raw(file);
    db.exec("CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO bookmarks (url) VALUES ('https://example.org');");
    db.close();
    const before = sha256(file);
    const error = expectStartupError(file, 'db_not_a_database');
    expect(error.message).toMatch(/another program/);
    expect(sha256(file)).toBe(before);
    expect(userTables(raw(file, { readonly: true }))).toEqual(['bookmarks']);
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

describe('migration 006: member sides', () => {
  /** A file at schema version 5 with an incoming and an outgoing trip, written with plain SQL. */
  function version5File(): string {
    const file = tempDbPath();
    const db = raw(file);
    migrate(db, file, migrations.slice(0, 5));
    const stamp = '2016-01-01T00:00:00.000Z';
    const trip = db.prepare(
      `INSERT INTO trips (id, title, direction, hosting_organisation, start_date, end_date, home_time_zone, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, '2016-05-23', '2016-05-26', 'Europe/Stockholm', 'draft', ?, ?)`,
    );
    trip.run('00000000-0000-4000-8000-000000000001', 'Wuxi → Södertälje', 'incoming', 'Södertälje kommun', stamp, stamp);
    trip.run('00000000-0000-4000-8000-000000000002', 'Södertälje → Wuxi', 'outgoing', 'Södertälje kommun', stamp, stamp);
    const member = db.prepare(
      `INSERT INTO members (id, trip_id, name, organisation, role, precedence, visa_status, created_at, updated_at, revision)
       VALUES (?, ?, ?, ?, 'member', ?, 'unknown', ?, ?, 3)`,
    );
    const incoming = '00000000-0000-4000-8000-000000000001';
    [
      ['10000000-0000-4000-8000-000000000001', incoming, 'Vice mayor', 'Wuxi Foreign Affairs Office'],
      // Case, accents and spacing differ; a department after a comma or a space is still the host.
      ['10000000-0000-4000-8000-000000000002', incoming, 'Strategist', 'SÖDERTÄLJE  KOMMUN, kommunledningskontoret'],
      ['10000000-0000-4000-8000-000000000003', incoming, 'Coordinator', 'Sodertalje kommun internationella'],
      // A longer name that merely starts with the host's is someone else.
      ['10000000-0000-4000-8000-000000000004', incoming, 'Company guest', 'Södertälje kommunalteknik AB'],
      ['10000000-0000-4000-8000-000000000005', '00000000-0000-4000-8000-000000000002', 'Traveller', 'Södertälje kommun'],
    ].forEach(([id, tripId, name, organisation], i) => member.run(id, tripId, name, organisation, i + 1, stamp, stamp));
    db.close();
    return file;
  }

  it('makes members of the hosting organisation of incoming trips hosts, once, and everyone else a visitor', () => {
    const core = freshCore(version5File());
    const sides = (tripId: string) =>
      (expectOk(core.dispatch('members:list', { tripId })) as Member[]).map((m) => [m.name, m.side, m.revision]);
    expect(sides('00000000-0000-4000-8000-000000000001')).toEqual([
      ['Vice mayor', 'visitor', 3],
      ['Strategist', 'host', 3],
      ['Coordinator', 'host', 3],
      ['Company guest', 'visitor', 3],
    ]);
    // On an outgoing trip we are the visitors, whatever the organisation says.
    expect(sides('00000000-0000-4000-8000-000000000002')).toEqual([['Traveller', 'visitor', 3]]);
    const trip = expectOk(core.dispatch('trips:get', { id: '00000000-0000-4000-8000-000000000001' })) as Trip;
    expect(trip.visitorsTimeZone).toBeNull();
  });

  it('is the user’s choice afterwards: changing the hosting organisation does not change sides', () => {
    const core = freshCore(version5File());
    const tripId = '00000000-0000-4000-8000-000000000001';
    expectOk(core.dispatch('trips:update', { id: tripId, patch: { hostingOrganisation: 'Wuxi Foreign Affairs Office' } }));
    const members = expectOk(core.dispatch('members:list', { tripId })) as Member[];
    expect(members.map((m) => m.side)).toEqual(['visitor', 'host', 'host', 'visitor']);
  });

  it('refuses a side that is neither visitor nor host in the file itself', () => {
    const core = freshCore(version5File());
    expect(() => databaseOf(core).prepare(`UPDATE members SET side = 'guest'`).run()).toThrow(/CHECK constraint/);
  });
});

describe('migration 007: who pays what', () => {
  /** A file at schema version 6 with an incoming trip, written with plain SQL. */
  function version6File(): string {
    const file = tempDbPath();
    const db = raw(file);
    migrate(db, file, migrations.slice(0, 6));
    const stamp = '2016-01-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO trips (id, title, direction, start_date, end_date, home_time_zone, status, created_at, updated_at, revision)
       VALUES ('00000000-0000-4000-8000-000000000001', 'Wuxi → Södertälje', 'incoming', '2016-05-23', '2016-05-26', 'Europe/Stockholm', 'draft', ?, ?, 4)`,
    ).run(stamp, stamp);
    db.close();
    return file;
  }

  it('gives existing trips an empty statement, unchanged otherwise, and the field can then be saved', () => {
    const core = freshCore(version6File());
    const id = '00000000-0000-4000-8000-000000000001';
    const before = expectOk(core.dispatch('trips:get', { id })) as Trip;
    expect(before.costCoverage).toBe('');
    expect(before.revision).toBe(4);
    const text = 'Travel: paid by the visitors\nMeals: paid by Södertälje kommun';
    const after = expectOk(core.dispatch('trips:update', { id, patch: { costCoverage: text } })) as Trip;
    expect(after.costCoverage).toBe(text);
    expect((expectOk(core.dispatch('trips:get', { id })) as Trip).costCoverage).toBe(text);
  });

  it('refuses a missing statement in the file itself (NOT NULL)', () => {
    const core = freshCore(version6File());
    expect(() => databaseOf(core).prepare(`UPDATE trips SET cost_coverage = NULL`).run()).toThrow(/NOT NULL/);
  });
});

describe('migration 009: text in a second language', () => {
  const tripId = '00000000-0000-4000-8000-000000000001';
  const itemId = '00000000-0000-4000-8000-000000000002';
  const memberId = '00000000-0000-4000-8000-000000000003';
  /** A file at schema version 8 with a trip, a member and a meeting item, written with plain SQL. */
  function version8File(): string {
    const file = tempDbPath();
    const db = raw(file);
    migrate(db, file, migrations.slice(0, 8));
    const stamp = '2016-01-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO trips (id, title, direction, start_date, end_date, home_time_zone, status, created_at, updated_at, revision)
       VALUES (?, 'Västerås → Jinan', 'outgoing', '2017-10-28', '2017-11-04', 'Europe/Stockholm', 'draft', ?, ?, 1)`,
    ).run(tripId, stamp, stamp);
    db.prepare(
      `INSERT INTO members (id, trip_id, name, role, precedence, visa_status, created_at, updated_at, revision)
       VALUES (?, ?, 'Anders Teljebäck', 'head', 1, 'unknown', ?, ?, 2)`,
    ).run(memberId, tripId, stamp, stamp);
    db.prepare(
      `INSERT INTO items (id, trip_id, kind, title, start_local, start_zone, end_zone, start_instant, details, created_at, updated_at, revision)
       VALUES (?, ?, 'meeting', 'Möte med borgmästaren', '2017-10-30T09:00', 'Asia/Shanghai', 'Asia/Shanghai', 0, '{}', ?, ?, 3)`,
    ).run(itemId, tripId, stamp, stamp);
    db.prepare(`INSERT INTO meetings (item_id, agenda, created_at, updated_at, revision) VALUES (?, 'Samarbete', ?, ?, 1)`).run(itemId, stamp, stamp);
    db.close();
    return file;
  }

  it('gives existing items, meetings and members an empty translation without an edit, and one can then be saved', () => {
    const core = freshCore(version8File());
    const item = expectOk(core.dispatch('items:get', { id: itemId })) as { translation: unknown; revision: number };
    expect(item.translation).toEqual({ title: '', venue: '', description: '' });
    expect(item.revision).toBe(3);
    const [member] = expectOk(core.dispatch('members:list', { tripId })) as Member[];
    expect(member!.translation).toEqual({ title: '', organisation: '' });
    const meeting = expectOk(core.dispatch('meetings:get', { itemId })) as { translation: unknown; agenda: string };
    expect(meeting).toMatchObject({ agenda: 'Samarbete', translation: { agenda: '' } });

    const translation = { title: '与市长会见', venue: '市政府', description: '' };
    expectOk(core.dispatch('items:update', { id: itemId, patch: { translation } }));
    expect((expectOk(core.dispatch('items:get', { id: itemId })) as { translation: unknown }).translation).toEqual(translation);
  });

  it('refuses a translation that is not JSON in the file itself', () => {
    const core = freshCore(version8File());
    expect(() => databaseOf(core).prepare(`UPDATE items SET translation = 'not json'`).run()).toThrow(/CHECK constraint/);
  });
});

describe('migration 012: gift register and attachments', () => {
  /** A file at schema version 11 with a trip and a meeting, written with plain SQL. */
  function version11File(): string {
    const file = tempDbPath();
    const db = raw(file);
    migrate(db, file, migrations.slice(0, 11));
    const stamp = '2017-01-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO trips (id, title, direction, start_date, end_date, home_time_zone, status, created_at, updated_at, revision)
       VALUES ('00000000-0000-4000-8000-000000000001', 'Västerås → Jinan', 'outgoing', '2017-10-27', '2017-11-03', 'Europe/Stockholm', 'draft', ?, ?, 2)`,
    ).run(stamp, stamp);
    db.close();
    return file;
  }

  it('adds empty gift and attachment tables that the app then fills, and keeps older data unchanged', () => {
    const core = freshCore(version11File());
    const tripId = '00000000-0000-4000-8000-000000000001';
    expect(userTables(databaseOf(core))).toEqual(expect.arrayContaining(['attachments', 'blobs', 'gifts']));
    const trip = expectOk(core.dispatch('trips:get', { id: tripId })) as Trip;
    expect(trip.revision).toBe(2);
    expectOk(core.dispatch('gifts:create', { tripId, direction: 'given', description: 'Dalahäst', valueOre: 45_000 }));
    expectOk(core.dispatch('attachments:add', { tripId, fileName: 'program.pdf', content: Buffer.from('%PDF').toString('base64') }));
    expect(databaseOf(core).prepare('SELECT count(*) AS n FROM gifts').get()).toEqual({ n: 1 });
  });

  it('refuses in the file itself: a negative value, an unknown direction, a malformed hash', () => {
    const core = freshCore(version11File());
    const stamp = '2017-01-01T00:00:00.000Z';
    const insertGift = (direction: string, value: number) =>
      databaseOf(core)
        .prepare(`INSERT INTO gifts (id, trip_id, direction, description, value_ore, created_at, updated_at) VALUES (?, '00000000-0000-4000-8000-000000000001', ?, 'x', ?, ?, ?)`)
        .run(crypto.randomUUID(), direction, value, stamp, stamp);
    expect(() => insertGift('given', -1)).toThrow(/CHECK/);
    expect(() => insertGift('stolen', 1)).toThrow(/CHECK/);
    expect(() => databaseOf(core).prepare(`INSERT INTO blobs (sha256, size, content, created_at) VALUES ('XYZ', 1, x'00', ?)`).run(stamp)).toThrow(/CHECK/);
  });
});

describe('migration 013: team sync documents and outbox', () => {
  it('adds empty sync tables to a file at version 12 and keeps its trips', () => {
    const file = tempDbPath();
    const db = raw(file);
    migrate(db, file, migrations.slice(0, 12));
    const stamp = '2016-01-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO trips (id, title, direction, start_date, end_date, home_time_zone, status, created_at, updated_at, revision)
       VALUES ('00000000-0000-4000-8000-000000000001', 'Wuxi → Södertälje', 'incoming', '2016-05-23', '2016-05-26', 'Europe/Stockholm', 'draft', ?, ?, 4)`,
    ).run(stamp, stamp);
    db.close();
    const core = freshCore(file);
    expect(userTables(databaseOf(core))).toEqual(expect.arrayContaining(['sync_docs', 'sync_outbox']));
    expect(databaseOf(core).prepare('SELECT count(*) AS n FROM sync_docs').get()).toEqual({ n: 0 });
    expect((expectOk(core.dispatch('trips:get', { id: '00000000-0000-4000-8000-000000000001' })) as Trip).revision).toBe(4);
  });

  it('drops a trip’s outbox with its document (the outbox never points at nothing)', () => {
    const core = freshCore();
    databaseOf(core).prepare(`INSERT INTO sync_docs (trip_id, server_url, state, created_at) VALUES ('t', 'ws://127.0.0.1:1', x'0000', 'now')`).run();
    databaseOf(core).prepare(`INSERT INTO sync_outbox (trip_id, update_data, created_at) VALUES ('t', x'0000', 'now')`).run();
    expect(() => databaseOf(core).prepare(`INSERT INTO sync_outbox (trip_id, update_data, created_at) VALUES ('other', x'00', 'now')`).run()).toThrow(/FOREIGN KEY/);
    databaseOf(core).prepare(`DELETE FROM sync_docs WHERE trip_id = 't'`).run();
    expect(databaseOf(core).prepare('SELECT count(*) AS n FROM sync_outbox').get()).toEqual({ n: 0 });
  });
});
