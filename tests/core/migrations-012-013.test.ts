import { describe, expect, it } from 'vitest';
import { migrate } from '../../core/db/migrate';
import { migrations } from '../../core/db/migrations';
import type { Trip } from '../../shared/domain/trip';
import { databaseOf, expectOk, freshCore, openRaw, tempDbPath, userTables } from './helpers';

/** Migrations 012 and 013 (gifts and attachments, team sync) on files written at the version before. */

describe('migration 012: gift register and attachments', () => {
  /** A file at schema version 11 with a trip and a meeting, written with plain SQL. */
  function version11File(): string {
    const file = tempDbPath();
    const db = openRaw(file);
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
    const db = openRaw(file);
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
