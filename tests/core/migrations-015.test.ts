import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migrate } from '../../core/db/migrate';
import { migrations } from '../../core/db/migrations';
import { storedState } from '../../core/sync/store';
import type { Trip } from '../../shared/domain/trip';
import { databaseOf, expectOk, freshCore, onCleanup, tempDbPath } from './helpers';

/** Migration 015: shared trips' documents stored as a base state plus appended updates. */

const TRIP = '00000000-0000-4000-8000-000000000015';
const STAMP = '2016-01-01T00:00:00.000Z';

function raw(file: string): Database.Database {
  const db = new Database(file);
  onCleanup(() => db.open && db.close());
  return db;
}

describe('migration 015: sync documents as base state plus updates', () => {
  it('keeps a document stored whole at version 13 and its outbox; the first edit after it appends', () => {
    const file = tempDbPath();
    const db = raw(file);
    migrate(db, file, migrations.slice(0, 13));
    db.prepare(
      `INSERT INTO trips (id, title, direction, start_date, end_date, home_time_zone, status, created_at, updated_at, revision)
       VALUES (?, 'Västerås → Jinan 济南', 'outgoing', '2017-11-01', '2017-11-08', 'Europe/Stockholm', 'draft', ?, ?, 3)`,
    ).run(TRIP, STAMP, STAMP);
    const doc = new Y.Doc();
    doc.getMap('meta').set('tripId', TRIP);
    doc.getMap('notes').set('kept', 'Stored before the upgrade 升级前');
    const state = Buffer.from(Y.encodeStateAsUpdate(doc));
    db.prepare(`INSERT INTO sync_docs (trip_id, server_url, state, shared_by_me, version, created_at) VALUES (?, 'ws://127.0.0.1:1', ?, 1, 7, ?)`).run(
      TRIP,
      state,
      STAMP,
    );
    db.prepare(`INSERT INTO sync_outbox (trip_id, update_data, created_at) VALUES (?, ?, ?)`).run(TRIP, state, STAMP);
    db.close();

    const core = freshCore(file);
    const upgraded = databaseOf(core);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(15);
    expect(upgraded.prepare('SELECT count(*) AS n FROM sync_doc_updates').get()).toEqual({ n: 0 });
    expect(upgraded.prepare('SELECT count(*) AS n FROM sync_outbox').get()).toEqual({ n: 1 });
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, storedState(upgraded, TRIP)!);
    expect(loaded.getMap('notes').get('kept')).toBe('Stored before the upgrade 升级前');

    expectOk(core.dispatch('trips:update', { id: TRIP, patch: { title: 'Västerås → Jinan och Shenyang' } }));
    expect(upgraded.prepare('SELECT version, state FROM sync_docs').get()).toEqual({ version: 7, state });
    expect(upgraded.prepare('SELECT count(*) AS n FROM sync_doc_updates').get()).toEqual({ n: 1 });
    expect((expectOk(core.dispatch('trips:get', { id: TRIP })) as Trip).revision).toBe(4);
  });

  it('drops a trip’s stored updates with its document, and refuses updates of no document', () => {
    const core = freshCore();
    const db = databaseOf(core);
    db.prepare(`INSERT INTO sync_docs (trip_id, server_url, state, created_at) VALUES ('t', 'ws://127.0.0.1:1', x'0000', 'now')`).run();
    db.prepare(`INSERT INTO sync_doc_updates (trip_id, seq, update_data) VALUES ('t', 1, x'0000')`).run();
    expect(() => db.prepare(`INSERT INTO sync_doc_updates (trip_id, seq, update_data) VALUES ('t', 1, x'00')`).run()).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => db.prepare(`INSERT INTO sync_doc_updates (trip_id, seq, update_data) VALUES ('other', 1, x'00')`).run()).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM sync_docs WHERE trip_id = 't'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM sync_doc_updates').get()).toEqual({ n: 0 });
  });

  it('keeps at most one shared address book, whose presence is the switch', () => {
    const db = databaseOf(freshCore());
    expect(db.prepare('SELECT count(*) AS n FROM sync_address_book').get()).toEqual({ n: 0 });
    db.prepare(`INSERT INTO sync_address_book (id, server_url, state, created_at) VALUES (1, 'ws://127.0.0.1:1', x'0000', 'now')`).run();
    expect(() => db.prepare(`INSERT INTO sync_address_book (id, server_url, state, created_at) VALUES (2, 'ws://127.0.0.1:2', x'0000', 'now')`).run()).toThrow(
      /CHECK/,
    );
  });
});
