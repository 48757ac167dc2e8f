import { describe, expect, it } from 'vitest';
import { call, expectError, freshCore, makeItem, makeMember, makeTrip, ok } from './helpers';

/** Hosting: the side of each member, the visitors' time zone, and the airport-pickup details. */
describe('member sides', () => {
  it('a new member is a visitor unless the form says host; the side can be changed and is kept', () => {
    const core = freshCore();
    const trip = makeTrip(core, { direction: 'incoming', hostingOrganisation: 'Södertälje kommun' });
    // Same organisation as the host's, yet a visitor: the side is what the user says, not a guess.
    const visitor = makeMember(core, trip.id, 'Vice Mayor', { organisation: 'Södertälje kommun' });
    const host = makeMember(core, trip.id, 'Strategist', { side: 'host', role: 'receiving_host' });
    expect([visitor.side, host.side, host.role]).toEqual(['visitor', 'host', 'receiving_host']);

    const changed = ok(core, 'members:update', { id: visitor.id, patch: { side: 'host' } });
    expect(changed).toMatchObject({ side: 'host', revision: 1 });
    expect(ok(core, 'members:list', { tripId: trip.id }).map((m) => m.side)).toEqual(['host', 'host']);
  });

  it('refuses an unknown side with a message naming the field, and changes nothing', () => {
    const core = freshCore();
    const trip = makeTrip(core);
    const member = makeMember(core, trip.id, 'Anna');
    const error = expectError(call(core, 'members:update', { id: member.id, patch: { side: 'guest' as 'host' } }), 'invalid_input');
    expect(error.issues?.map((i) => i.path.join('.'))).toEqual(['patch.side']);
    expect(ok(core, 'members:list', { tripId: trip.id })[0]).toMatchObject({ side: 'visitor', revision: 0 });
  });

  it('copying members from an earlier trip keeps their side and role', () => {
    const core = freshCore();
    const earlier = makeTrip(core, { direction: 'incoming' });
    makeMember(core, earlier.id, 'Driver', { side: 'host', role: 'driver' });
    const later = makeTrip(core, { direction: 'incoming', title: 'Next visit' });
    const copied = ok(core, 'members:copyFromTrip', { fromTripId: earlier.id, toTripId: later.id });
    expect(copied.map((m) => [m.name, m.side, m.role])).toEqual([['Driver', 'host', 'driver']]);
  });

  it('the trips list counts hosts apart from the members', () => {
    const core = freshCore();
    const trip = makeTrip(core, { direction: 'incoming' });
    makeMember(core, trip.id, 'Visitor 1');
    makeMember(core, trip.id, 'Visitor 2');
    makeMember(core, trip.id, 'Host', { side: 'host' });
    const summary = ok(core, 'trips:list', {}).find((t) => t.id === trip.id)!;
    expect([summary.memberCount, summary.hostCount]).toEqual([3, 1]);
  });
});

describe('the visitors’ time zone', () => {
  it('is stored on the trip, can be cleared, and an unknown zone is refused with its name', () => {
    const core = freshCore();
    const trip = makeTrip(core, { direction: 'incoming', visitorsTimeZone: 'Asia/Shanghai' });
    expect(ok(core, 'trips:get', { id: trip.id }).visitorsTimeZone).toBe('Asia/Shanghai');
    expect(ok(core, 'trips:update', { id: trip.id, patch: { visitorsTimeZone: null } }).visitorsTimeZone).toBeNull();
    const error = expectError(call(core, 'trips:update', { id: trip.id, patch: { visitorsTimeZone: 'Asia/Wuxi' } }), 'invalid_input');
    expect(error.message).toMatch(/Unknown time zone: Asia\/Wuxi/);
    expect(ok(core, 'trips:get', { id: trip.id }).visitorsTimeZone).toBeNull();
  });
});

describe('airport pickup details', () => {
  it('keeps flight number, vehicle, driver, meeting point and sign text of a transfer', () => {
    const core = freshCore();
    const trip = makeTrip(core, { direction: 'incoming' });
    const details = {
      number: 'AY 815',
      vehicle: 'Minibus, 16 seats',
      driver: 'Hired driver, +46 70 000 00 00',
      meetingPoint: 'Arlanda Terminal 2, arrivals hall',
      signText: 'Wuxi delegation · 无锡代表团',
    };
    const item = makeItem(core, trip.id, { kind: 'transfer', title: 'Pickup at Arlanda', startZone: 'Europe/Stockholm', details });
    expect(ok(core, 'items:get', { id: item.id }).details).toEqual(details);
  });
});
