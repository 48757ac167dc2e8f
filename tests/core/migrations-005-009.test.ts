import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../core/db/migrate';
import { LATEST_SCHEMA_VERSION, migrations } from '../../core/db/migrations';
import type { Member } from '../../shared/domain/member';
import type { Trip } from '../../shared/domain/trip';
import { databaseOf, expectOk, freshCore, openRaw, tempDbPath, userTables } from './helpers';

/**
 * Migrations 005–009 on files written as those versions were (settings, member sides, who pays
 * what, text in a second language): existing rows survive, the new columns get their defaults
 * and the file itself refuses what the new constraints forbid. 008 and 010 have files of their own.
 */

describe('migration 005 (settings)', () => {
  it('adds the settings table to a version-4 file: its rows stay, settings start at the defaults and persist', () => {
    const file = tempDbPath();
    const v4 = openRaw(file);
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

describe('migration 006: member sides', () => {
  /** A file at schema version 5 with an incoming and an outgoing trip, written with plain SQL. */
  function version5File(): string {
    const file = tempDbPath();
    const db = openRaw(file);
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
    const db = openRaw(file);
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
    const db = openRaw(file);
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
