import { describe, expect, it } from 'vitest';
import { call, expectError, freshCore, makeItem, makeMember, makeTrip, ok, unknownId } from './helpers';
import { databaseOf } from '../../core/db/raw-handle';

describe('trips', () => {
  it('creates a trip with defaults and reads it back', () => {
    const core = freshCore();
    const trip = makeTrip(core, { purpose: 'Sign the friendship agreement' });
    expect(trip).toMatchObject({
      title: 'Jinan friendship visit',
      direction: 'outgoing',
      status: 'draft',
      homeTimeZone: 'Europe/Stockholm',
      archivedAt: null,
      revision: 0,
      destinations: [{ city: 'Jinan', nativeName: '济南', country: 'CN', timeZone: 'Asia/Shanghai' }],
    });
    expect(ok(core, 'trips:get', { id: trip.id })).toEqual(trip);
  });

  it('updates only the fields in the patch', () => {
    const core = freshCore();
    const trip = makeTrip(core, { notes: 'Bring gifts' });
    const updated = ok(core, 'trips:update', { id: trip.id, patch: { status: 'confirmed', title: 'Jinan 2017' } });
    expect(updated).toMatchObject({ status: 'confirmed', title: 'Jinan 2017', notes: 'Bring gifts', startDate: trip.startDate });
    expect(updated.revision).toBe(trip.revision + 1);
    expect(ok(core, 'trips:get', { id: trip.id })).toEqual(updated);
  });

  it('deletes a trip with its members and items', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const member = makeMember(core, trip.id, 'Anna');
    const item = makeItem(core, trip.id);
    expect(ok(core, 'trips:delete', { id: trip.id })).toMatchObject({ id: trip.id });
    expectError(call(core, 'trips:get', { id: trip.id }), 'not_found');
    expectError(call(core, 'items:get', { id: item.id }), 'not_found');
    expect(databaseOf(core).prepare('SELECT count(*) AS n FROM members WHERE id = ?').get(member.id)).toEqual({ n: 0 });
    expectError(call(core, 'trips:delete', { id: trip.id }), 'not_found');
  });

  it('lists trips with member and item counts, newest first', () => {
    const core = freshCore();
    const older = makeTrip(core, { title: 'Shenyang', startDate: '2016-05-01', endDate: '2016-05-07' });
    const newer = makeTrip(core, { title: 'Jinan' });
    makeMember(core, newer.id, 'Anna');
    makeMember(core, newer.id, 'Bo');
    makeItem(core, newer.id);
    makeMember(core, older.id, 'Cecilia');

    const list = ok(core, 'trips:list', {});
    expect(list.map((t) => [t.title, t.memberCount, t.itemCount])).toEqual([
      ['Jinan', 2, 1],
      ['Shenyang', 1, 0],
    ]);
  });

  it('hides archived trips unless asked, and un-archives', () => {
    const core = freshCore();
    const kept = makeTrip(core, { title: 'Kept' });
    const archived = makeTrip(core, { title: 'Old' });
    const result = ok(core, 'trips:archive', { id: archived.id, archived: true });
    expect(result.archivedAt).not.toBeNull();

    expect(ok(core, 'trips:list', {}).map((t) => t.id)).toEqual([kept.id]);
    expect(ok(core, 'trips:list', { includeArchived: true }).map((t) => t.id).sort()).toEqual([kept.id, archived.id].sort());

    ok(core, 'trips:archive', { id: archived.id, archived: false });
    expect(ok(core, 'trips:list', {})).toHaveLength(2);
  });

  it('refuses an end before the start on create', () => {
    const core = freshCore();
    const error = expectError(
      call(core, 'trips:create', { title: 'Backwards', direction: 'outgoing', startDate: '2017-11-03', endDate: '2017-10-27' }),
      'invalid_input',
    );
    expect(error.issues?.[0]?.path).toEqual(['endDate']);
    expect(ok(core, 'trips:list', { includeArchived: true })).toEqual([]);
  });

  it('refuses a patch that changes only one end so that the trip ends before it starts', () => {
    const core = freshCore();
    const trip = makeTrip(core); // 2017-10-27 .. 2017-11-03
    const onlyEnd = expectError(call(core, 'trips:update', { id: trip.id, patch: { endDate: '2017-10-20' } }), 'invalid_input');
    expect(onlyEnd.issues?.[0]?.path).toEqual(['endDate']);
    expectError(call(core, 'trips:update', { id: trip.id, patch: { startDate: '2017-11-10' } }), 'invalid_input');
    // Unchanged, and a patch that keeps the order is fine.
    expect(ok(core, 'trips:get', { id: trip.id })).toEqual(trip);
    expect(ok(core, 'trips:update', { id: trip.id, patch: { endDate: '2017-10-27' } }).endDate).toBe('2017-10-27');
  });

  it('answers not_found for unknown ids', () => {
    const core = freshCore();
    expectError(call(core, 'trips:get', { id: unknownId }), 'not_found');
    expectError(call(core, 'trips:update', { id: unknownId, patch: { title: 'x' } }), 'not_found');
    expectError(call(core, 'trips:archive', { id: unknownId, archived: true }), 'not_found');
    expectError(call(core, 'trips:workspace', { id: unknownId }), 'not_found');
  });

  it('workspace returns the trip with members, items and groups in order', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const a = makeMember(core, trip.id, 'Anna');
    const b = makeMember(core, trip.id, 'Bo');
    const late = makeItem(core, trip.id, { title: 'Dinner', startLocal: '2017-10-30T19:00', endLocal: null });
    const early = makeItem(core, trip.id, { title: 'Breakfast', startLocal: '2017-10-30T07:00', endLocal: null });
    const group = ok(core, 'groups:create', { tripId: trip.id, name: 'All', memberIds: [a.id, b.id] });

    const ws = ok(core, 'trips:workspace', { id: trip.id });
    expect(ws.trip.id).toBe(trip.id);
    expect(ws.members.map((m) => m.id)).toEqual([a.id, b.id]);
    expect(ws.items.map((i) => i.id)).toEqual([early.id, late.id]);
    expect(ws.groups.map((g) => g.id)).toEqual([group.id]);
  });
});
