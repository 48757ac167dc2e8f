import { describe, expect, it } from 'vitest';
import { call, countRows, expectError, freshCore, makeItem, makeMember, makeTrip, ok, unknownId } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';
import { itemFromRow, itemTable, listItems, listPerDiemItems } from '../../core/services/items';
import { writeSampleTrip } from '../fixtures/sample-trip';

const flight = {
  kind: 'flight',
  title: 'SK 1415 / CA 912 Stockholm – Jinan',
  startLocal: '2017-10-27T13:05',
  startZone: 'Europe/Stockholm',
  endZone: 'Asia/Shanghai',
} as const;

describe('itinerary items', () => {
  it('creates, reads, updates and deletes an item', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const item = makeItem(core, trip.id, {
      location: { venue: 'Jinan City Hall', addressLocal: '山东省济南市龙奥北路1号' },
      details: { phone: '+86 531 0000' },
      internalNotes: 'Ask about the port project',
    });
    expect(item).toMatchObject({
      tripId: trip.id,
      kind: 'meeting',
      endZone: 'Asia/Shanghai',
      allMembers: true,
      participantIds: [],
      contactIds: [],
      location: { venue: 'Jinan City Hall', address: '', addressLocal: '山东省济南市龙奥北路1号', city: '' },
      details: { phone: '+86 531 0000' },
      revision: 0,
    });
    expect(ok(core, 'items:get', { id: item.id })).toEqual(item);

    const updated = ok(core, 'items:update', {
      id: item.id,
      patch: { title: 'Meeting with the vice mayor', location: { city: 'Jinan' }, details: { vehicle: 'Minibus' } },
    });
    expect(updated).toMatchObject({
      title: 'Meeting with the vice mayor',
      // A partial location patch keeps the other location fields.
      location: { venue: 'Jinan City Hall', addressLocal: '山东省济南市龙奥北路1号', city: 'Jinan' },
      // Details are replaced as a whole (the form always sends all of them).
      details: { vehicle: 'Minibus' },
      internalNotes: 'Ask about the port project',
      revision: 1,
    });

    ok(core, 'items:delete', { id: item.id });
    expectError(call(core, 'items:get', { id: item.id }), 'not_found');
    expect(ok(core, 'items:list', { tripId: trip.id })).toEqual([]);
  });

  it('accepts a flight that lands the next morning in another zone', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    // 13:05 Stockholm (11:05 UTC) → 04:30 next day Shanghai (20:30 UTC).
    const item = ok(core, 'items:create', { ...flight, tripId: trip.id, endLocal: '2017-10-28T04:30' });
    expect(item).toMatchObject({ startLocal: '2017-10-27T13:05', startZone: 'Europe/Stockholm', endLocal: '2017-10-28T04:30', endZone: 'Asia/Shanghai' });
  });

  it('refuses an arrival that is before the departure once the zones are taken into account', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    // 15:30 Shanghai the same day is 07:30 UTC: before the 11:05 UTC departure, though "later" as text.
    const error = expectError(call(core, 'items:create', { ...flight, tripId: trip.id, endLocal: '2017-10-27T15:30' }), 'invalid_input');
    expect(error.issues?.[0]?.path).toEqual(['endLocal']);
    expect(countRows(core, 'items')).toBe(0);
  });

  it('refuses an update that changes only one end so that the end comes before the start', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const item = ok(core, 'items:create', { ...flight, tripId: trip.id, endLocal: '2017-10-28T04:30' });
    // Only the end local time: 15:30 Shanghai the same day is before the start.
    expectError(call(core, 'items:update', { id: item.id, patch: { endLocal: '2017-10-27T15:30' } }), 'invalid_input');
    // Only the start: departing the next day at 13:05 is after the stored arrival.
    expectError(call(core, 'items:update', { id: item.id, patch: { startLocal: '2017-10-28T13:05' } }), 'invalid_input');
    // Only the start zone: 13:05 in Honolulu is 23:05 UTC, after the 20:30 UTC arrival.
    expectError(call(core, 'items:update', { id: item.id, patch: { startZone: 'Pacific/Honolulu' } }), 'invalid_input');
    expect(ok(core, 'items:get', { id: item.id })).toEqual(item);
    // Clearing the end is always fine.
    expect(ok(core, 'items:update', { id: item.id, patch: { endLocal: null } }).endLocal).toBeNull();
  });

  it('lists items in time order across zones, not in text order of local times', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    // Local text order would put "2017-10-27T13:05" (Stockholm) after "2017-10-27T12:00" in Shanghai,
    // but 12:00 in Shanghai is 04:00 UTC, 06:00 in Stockholm.
    const depart = ok(core, 'items:create', { ...flight, tripId: trip.id, endLocal: '2017-10-28T04:30' });
    const shanghaiNoon = makeItem(core, trip.id, { title: 'Lunch in Shanghai', startLocal: '2017-10-27T12:00', startZone: 'Asia/Shanghai', endLocal: null });
    const stockholmEvening = makeItem(core, trip.id, { title: 'Evening', startLocal: '2017-10-27T19:00', startZone: 'Europe/Stockholm', endLocal: null });
    const arrivalDinner = makeItem(core, trip.id, { title: 'Welcome dinner', startLocal: '2017-10-28T02:30', startZone: 'Asia/Shanghai', endLocal: null });
    expect(ok(core, 'items:list', { tripId: trip.id }).map((i) => i.title)).toEqual([
      shanghaiNoon.title, // 04:00 UTC
      depart.title, // 11:05 UTC
      stockholmEvening.title, // 17:00 UTC
      arrivalDinner.title, // 18:30 UTC
    ]);
  });

  it('keeps manual order among items that start at the same time, and reorders them', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const at = { startLocal: '2017-10-30T09:00', endLocal: null } as const;
    const first = makeItem(core, trip.id, { ...at, title: 'B first' });
    const second = makeItem(core, trip.id, { ...at, title: 'A second' });
    expect(ok(core, 'items:list', { tripId: trip.id }).map((i) => i.id)).toEqual([first.id, second.id]);
    const reordered = ok(core, 'items:reorder', { tripId: trip.id, ids: [second.id, first.id] });
    expect(reordered.map((i) => i.id)).toEqual([second.id, first.id]);
    expect(ok(core, 'items:list', { tripId: trip.id }).map((i) => i.id)).toEqual([second.id, first.id]);
    // Items of another trip cannot be reordered here.
    const other = makeItem(core, makeTrip(core, { title: 'Other' }).id);
    expectError(call(core, 'items:reorder', { tripId: trip.id, ids: [other.id, first.id] }), 'conflict');
  });

  it('participants: all members by default, including members added later', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    makeMember(core, trip.id, 'Anna');
    const item = makeItem(core, trip.id);
    expect(item).toMatchObject({ allMembers: true, participantIds: [] });
    makeMember(core, trip.id, 'Bo');
    expect(ok(core, 'items:get', { id: item.id })).toMatchObject({ allMembers: true, participantIds: [] });
  });

  it('participants: a subset, changed later, and back to all members', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const [a, b, c] = ['Anna', 'Bo', 'Cecilia'].map((n) => makeMember(core, trip.id, n).id) as [string, string, string];
    const item = makeItem(core, trip.id, { allMembers: false, participantIds: [a, c] });
    expect(item.allMembers).toBe(false);
    expect([...item.participantIds].sort()).toEqual([a, c].sort());

    const changed = ok(core, 'items:update', { id: item.id, patch: { participantIds: [b] } });
    expect(changed.participantIds).toEqual([b]);

    const all = ok(core, 'items:update', { id: item.id, patch: { allMembers: true } });
    expect(all).toMatchObject({ allMembers: true, participantIds: [] });
    expect(countRows(core, 'item_participants', 'item_id = ?', item.id)).toBe(0);
  });

  it('refuses a participant who is a member of another trip, with conflict, storing nothing', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const own = makeMember(core, trip.id, 'Anna');
    const stranger = makeMember(core, makeTrip(core, { title: 'Other' }).id, 'Stranger');
    const error = expectError(
      call(core, 'items:create', { ...flight, tripId: trip.id, allMembers: false, participantIds: [own.id, stranger.id] }),
      'conflict',
    );
    expect(error.message).toContain(stranger.id);
    expect(countRows(core, 'items')).toBe(0);
    expect(countRows(core, 'item_participants')).toBe(0);

    const item = makeItem(core, trip.id, { allMembers: false, participantIds: [own.id] });
    expectError(call(core, 'items:update', { id: item.id, patch: { participantIds: [stranger.id], title: 'Changed' } }), 'conflict');
    expect(ok(core, 'items:get', { id: item.id })).toEqual(item);
  });

  it('links address-book contacts in the given order and refuses unknown ones', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const guide = ok(core, 'contacts:create', { name: 'Li Na', role: 'guide' });
    const driver = ok(core, 'contacts:create', { name: 'Zhang Wei', role: 'driver' });
    const item = makeItem(core, trip.id, { contactIds: [driver.id, guide.id] });
    expect(item.contactIds).toEqual([driver.id, guide.id]);
    expectError(call(core, 'items:create', { ...flight, tripId: trip.id, contactIds: [unknownId] }), 'not_found');
    expect(countRows(core, 'items')).toBe(1);
  });

  it('refuses an item for a trip that does not exist', () => {
    const core = freshCore();
    expectError(call(core, 'items:create', { ...flight, tripId: unknownId }), 'not_found');
    expectError(call(core, 'items:list', { tripId: unknownId }), 'not_found');
    expectError(call(core, 'items:update', { id: unknownId, patch: { title: 'x' } }), 'not_found');
    expectError(call(core, 'items:delete', { id: unknownId }), 'not_found');
  });

  it('an item moved to another start or zone takes its new place in time order', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const a = makeItem(core, trip.id, { title: 'A', startLocal: '2017-10-30T09:00', endLocal: null });
    const b = makeItem(core, trip.id, { title: 'B', startLocal: '2017-10-30T10:00', endLocal: null });
    expect(ok(core, 'items:list', { tripId: trip.id }).map((i) => i.id)).toEqual([a.id, b.id]);
    ok(core, 'items:update', { id: a.id, patch: { startLocal: '2017-10-30T11:00' } });
    expect(ok(core, 'items:list', { tripId: trip.id }).map((i) => i.id)).toEqual([b.id, a.id]);
    ok(core, 'items:update', { id: a.id, patch: { startLocal: '2017-10-30T09:00' } });
    expect(ok(core, 'items:list', { tripId: trip.id }).map((i) => i.id)).toEqual([a.id, b.id]);
    // Only the zone changes: 09:00 in Stockholm (08:00 UTC) is after 10:00 in Shanghai (02:00 UTC).
    ok(core, 'items:update', { id: a.id, patch: { startZone: 'Europe/Stockholm' } });
    expect(ok(core, 'items:list', { tripId: trip.id }).map((i) => i.id)).toEqual([b.id, a.id]);
  });
});

describe('reading items (the mappers of a large programme)', () => {
  it('maps a row exactly as the table mapper does: the same values, keys in the same order', () => {
    const core = freshCore();
    const { tripId } = writeSampleTrip(core);
    const db = databaseOf(core);
    const rows = db
      .prepare(`SELECT ${itemTable.columns()}, '["a","b"]' AS participant_ids, '["c"]' AS contact_ids FROM items WHERE trip_id = ?`)
      .all(tripId) as Parameters<typeof itemFromRow>[0][];
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      const generic = { ...itemTable.fromRow(row as unknown as Record<string, unknown>), participantIds: ['a', 'b'], contactIds: ['c'] };
      expect(JSON.stringify(itemFromRow(row))).toBe(JSON.stringify(generic));
    }
  });

  it('gives every item a participant list of its own, also where items share one, and the per diem the same items in brief', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const ids = ['Anna', 'Bo', 'Cecilia'].map((name) => makeMember(core, trip.id, name).id);
    for (const title of ['One', 'Two', 'Three']) makeItem(core, trip.id, { title, allMembers: false, participantIds: ids.slice(0, 2) });
    makeItem(core, trip.id, { title: 'Four', allMembers: false, participantIds: ids.slice(1) });
    const db = databaseOf(core);
    const items = listItems(db, trip.id);
    const sorted = (list: readonly string[]) => [...list].sort();
    const [ab, bc] = [sorted(ids.slice(0, 2)), sorted(ids.slice(1))];
    expect(items.map((i) => sorted(i.participantIds))).toEqual([ab, ab, ab, bc]);
    items[0]!.participantIds.push('changed');
    expect(sorted(items[1]!.participantIds)).toEqual(ab);
    expect(sorted(listItems(db, trip.id)[0]!.participantIds)).toEqual(ab);

    const brief = listPerDiemItems(db, trip.id);
    expect(brief).toEqual(
      listItems(db, trip.id).map((i) => ({
        kind: i.kind,
        title: i.title,
        startLocal: i.startLocal,
        startZone: i.startZone,
        endLocal: i.endLocal,
        endZone: i.endZone,
        allDay: i.allDay,
        location: { city: i.location.city },
        details: i.details,
        allMembers: i.allMembers,
        participantIds: i.participantIds,
        sortOrder: i.sortOrder,
      })),
    );
  });
});
