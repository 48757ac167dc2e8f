import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../core/core';
import { dispatch } from '../../core/api/dispatch';
import { operationNames } from '../../shared/api/contract';
import { call, countRows, expectError, expectOk, freshCore, makeItem, makeMember, makeTrip, ok, onCleanup, tempDbPath, unknownId } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

describe('dispatch', () => {
  it('answers unknown_operation for names outside the contract, including prototype keys', () => {
    const core = freshCore();
    for (const name of ['trips:explode', 'toString', '__proto__', 'constructor', '']) {
      const error = expectError(core.dispatch(name, {}), 'unknown_operation');
      expect(error.message).toContain('Unknown operation');
    }
  });

  it('every contract operation has a handler (none answers internal for want of one)', async () => {
    const core = freshCore();
    for (const name of operationNames) {
      // Awaited: an async operation whose input is valid ('documents:warmUp' takes none) answers later.
      const result = await core.dispatch(name, {});
      if (!result.ok) expect([`${name}:invalid_input`, `${name}:not_found`]).toContain(`${name}:${result.error.code}`);
    }
  });

  it('answers invalid_input with the path of every bad field', () => {
    const core = freshCore();
    const error = expectError(
      core.dispatch('trips:create', {
        title: '',
        direction: 'sideways',
        startDate: '2017-02-30',
        endDate: '2017-11-03',
        destinations: [{ city: 'Jinan', timeZone: 'Mars/Olympus' }],
      }),
      'invalid_input',
    );
    const paths = error.issues!.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title', 'direction', 'startDate', 'destinations.0.timeZone']));
    // The summary names the first field and how many more there are.
    expect(error.message).toMatch(/^\w+: .+ \(and \d+ more\)$/);
    expect(countRows(core, 'trips')).toBe(0);
  });

  it('answers invalid_input for a missing or non-object input', () => {
    const core = freshCore();
    expectError(core.dispatch('trips:get', undefined), 'invalid_input');
    expectError(core.dispatch('trips:get', 'not an object'), 'invalid_input');
    expectError(core.dispatch('trips:get', { id: 'not-a-uuid' }), 'invalid_input');
    // An input without required fields is fine when everything has a default.
    expect(core.dispatch('trips:list', undefined).ok).toBe(true);
  });

  it('answers not_found for ids that match nothing', () => {
    const core = freshCore();
    const error = expectError(call(core, 'items:get', { id: unknownId }), 'not_found');
    expect(error.message).toContain(unknownId);
    expectError(call(core, 'contacts:update', { id: unknownId, patch: { name: 'x' } }), 'not_found');
    expectError(call(core, 'groups:delete', { id: unknownId }), 'not_found');
  });

  it('a handler that fails midway leaves the database unchanged', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const own = makeMember(core, trip.id, 'Anna');
    const stranger = makeMember(core, makeTrip(core, { title: 'Other' }).id, 'Stranger');
    const before = databaseOf(core).prepare('SELECT count(*) AS items, (SELECT count(*) FROM item_participants) AS participants, (SELECT count(*) FROM deletions) AS tombstones FROM items').get();

    // The item row is inserted before the participants are checked: all of it must roll back.
    expectError(
      call(core, 'items:create', {
        tripId: trip.id,
        kind: 'meeting',
        title: 'Half-made',
        startLocal: '2017-10-30T09:00',
        startZone: 'Asia/Shanghai',
        allMembers: false,
        participantIds: [own.id, stranger.id],
      }),
      'conflict',
    );
    expect(databaseOf(core).prepare('SELECT count(*) AS items, (SELECT count(*) FROM item_participants) AS participants, (SELECT count(*) FROM deletions) AS tombstones FROM items').get()).toEqual(before);

    // An update whose field change is written before the participant check fails: nothing kept.
    const item = makeItem(core, trip.id, { allMembers: false, participantIds: [own.id] });
    expectError(call(core, 'items:update', { id: item.id, patch: { title: 'Renamed', participantIds: [stranger.id] } }), 'conflict');
    expect(ok(core, 'items:get', { id: item.id })).toEqual(item);

    // Copying members where one id is wrong copies none.
    const target = makeTrip(core, { title: 'Target' });
    expectError(call(core, 'members:copyFromTrip', { fromTripId: trip.id, toTripId: target.id, memberIds: [own.id, unknownId] }), 'not_found');
    expect(countRows(core, 'members', 'trip_id = ?', target.id)).toBe(0);
  });

  it('stores hostile strings literally', () => {
    const core = freshCore();
    const html = '<img src=x onerror=alert(1)>';
    const sql = "Robert'); DROP TABLE trips;--";
    const trip = makeTrip(core, { title: html, purpose: sql, notes: '\u202Eevil\u0000nul' });
    const stored = ok(core, 'trips:get', { id: trip.id });
    expect(stored.title).toBe(html);
    expect(stored.purpose).toBe(sql);
    expect(stored.notes).toBe('\u202Eevil\u0000nul');
    const member = makeMember(core, trip.id, sql, { nativeName: html });
    expect(ok(core, 'members:list', { tripId: trip.id })[0]).toMatchObject({ id: member.id, name: sql, nativeName: html });
    expect(ok(core, 'search:global', { query: 'onerror' }).map((h) => h.id).sort()).toEqual([trip.id, member.id].sort());
    expect(countRows(core, 'trips')).toBe(1);
  });

  it('refuses over-long text with a message naming the limit, storing nothing', () => {
    const core = freshCore();
    const long = 'x'.repeat(10_000);
    const title = expectError(call(core, 'trips:create', { title: long, direction: 'outgoing', startDate: '2017-10-27', endDate: '2017-10-28' }), 'invalid_input');
    expect(title.issues).toEqual([{ path: ['title'], message: 'At most 200 characters' }]);
    const notes = expectError(
      call(core, 'trips:create', { title: 'ok', notes: 'y'.repeat(20_001), direction: 'outgoing', startDate: '2017-10-27', endDate: '2017-10-28' }),
      'invalid_input',
    );
    expect(notes.message).toContain('At most 20000 characters');
    expect(countRows(core, 'trips')).toBe(0);
    // Exactly at the limit is fine.
    expect(makeTrip(core, { title: 'z'.repeat(200), notes: 'y'.repeat(20_000) }).title).toHaveLength(200);
  });

  it('a database that cannot be written answers storage errors, not a crash', () => {
    const file = tempDbPath();
    const setup = openCore(file);
    const trip = makeTrip(setup);
    setup.close();

    // Tests run as root, for whom chmod 0444 does not stop writes; a read-only connection is
    // what a write-protected file or folder gives an ordinary user.
    const db = new Database(file, { readonly: true });
    onCleanup(() => db.close());
    const read = expectOk(dispatch(db, 'trips:get', { id: trip.id }));
    expect(read).toMatchObject({ id: trip.id });

    const created = expectError(dispatch(db, 'trips:create', { title: 'New', direction: 'outgoing', startDate: '2017-10-27', endDate: '2017-10-28' }), 'storage');
    expect(created.message).toMatch(/cannot be written.*nothing was saved/i);
    expectError(dispatch(db, 'trips:update', { id: trip.id, patch: { title: 'Changed' } }), 'storage');
    expectError(dispatch(db, 'trips:delete', { id: trip.id }), 'storage');
    expect(expectOk(dispatch(db, 'trips:get', { id: trip.id }))).toMatchObject({ title: trip.title });
  });

  // Root ignores file permissions, so this only means something for an ordinary user (the
  // read-only connection above covers the same answer under root). Checked by hand as uid 65534:
  // the file opens (it is already in WAL mode) and writes answer 'storage'.
  it.skipIf(process.getuid?.() === 0)('a write-protected file (chmod 0444) opens and answers storage errors on writes', () => {
    const file = tempDbPath();
    const setup = openCore(file);
    const trip = makeTrip(setup);
    setup.close();
    fs.chmodSync(file, 0o444);
    onCleanup(() => fs.chmodSync(file, 0o644));
    const core = openCore(file);
    onCleanup(() => core.close());
    expect(expectOk(call(core, 'trips:get', { id: trip.id })).title).toBe(trip.title);
    const error = expectError(call(core, 'trips:update', { id: trip.id, patch: { title: 'Changed' } }), 'storage');
    expect(error.message).toMatch(/nothing was saved/);
  });
});
