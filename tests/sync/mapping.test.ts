import { describe, expect, it } from 'vitest';
import { JINAN } from '../../core/demo/ids';
import { startReceiving, startSharing, setTripSyncSensitive, pendingChanges } from '../../core/sync/store';
import type { Member } from '../../shared/domain/member';
import { countRows, makeItem, makeMember, makeTrip, ok } from '../core/helpers';
import { exchange, exportOf, laptops, withDemo } from './laptops';
import { databaseOf } from '../../core/db/raw-handle';

const SERVER = 'ws://127.0.0.1:1';

describe('a shared trip travels as a Yjs document', () => {
  it('arrives whole on a colleague’s empty laptop: the same trip file on both', () => {
    const [a, b] = laptops(2);
    withDemo(a!);
    startSharing(databaseOf(a!), JINAN.trip, SERVER);
    setTripSyncSensitive(databaseOf(a!), JINAN.trip, true);
    startReceiving(databaseOf(b!), JINAN.trip, SERVER);
    exchange([a!, b!], JINAN.trip);
    expect(exportOf(b!, JINAN.trip)).toBe(exportOf(a!, JINAN.trip));
    expect(countRows(b!, 'members', 'trip_id = ?', JINAN.trip)).toBeGreaterThan(5);
  });

  it('records every local edit of a shared trip in the outbox, in the edit’s transaction', () => {
    const [a] = laptops(1);
    const trip = makeTrip(a!);
    startSharing(databaseOf(a!), trip.id, SERVER);
    const waiting = pendingChanges(databaseOf(a!), trip.id);
    makeMember(a!, trip.id, 'Anna Lind');
    expect(pendingChanges(databaseOf(a!), trip.id)).toBe(waiting + 1);
    // A failed edit records nothing.
    expect(a!.dispatch('members:create', { tripId: trip.id, name: '' }).ok).toBe(false);
    expect(pendingChanges(databaseOf(a!), trip.id)).toBe(waiting + 1);
  });

  it('keeps members’ sensitive fields on the laptop unless the owner turns their sync on', () => {
    const [a, b] = laptops(2);
    const trip = makeTrip(a!);
    makeMember(a!, trip.id, 'Anna Lind', { passportNumber: 'AB1234567', dietaryNeeds: 'Vegetarian' });
    startSharing(databaseOf(a!), trip.id, SERVER);
    startReceiving(databaseOf(b!), trip.id, SERVER);
    exchange([a!, b!], trip.id);
    const [received] = ok(b!, 'members:list', { tripId: trip.id }) as Member[];
    expect(received!.name).toBe('Anna Lind');
    expect(received!.passportNumber).toBe('');
    expect(received!.dietaryNeeds).toBe('');

    setTripSyncSensitive(databaseOf(a!), trip.id, true);
    exchange([a!, b!], trip.id);
    const [now] = ok(b!, 'members:list', { tripId: trip.id }) as Member[];
    expect(now!.passportNumber).toBe('AB1234567');
    expect(now!.dietaryNeeds).toBe('Vegetarian');
  });

  it('merges edits of different fields of one item and converges on one value for the same field', () => {
    const [a, b] = laptops(2);
    const trip = makeTrip(a!);
    const item = makeItem(a!, trip.id);
    startSharing(databaseOf(a!), trip.id, SERVER);
    startReceiving(databaseOf(b!), trip.id, SERVER);
    exchange([a!, b!], trip.id);

    ok(a!, 'items:update', { id: item.id, patch: { title: 'Meeting with the mayor of Jinan' } });
    ok(b!, 'items:update', { id: item.id, patch: { location: { venue: 'City hall' } } });
    ok(a!, 'trips:update', { id: trip.id, patch: { fundingReference: 'A-1' } });
    ok(b!, 'trips:update', { id: trip.id, patch: { fundingReference: 'B-2' } });
    exchange([a!, b!], trip.id);

    const onA = ok(a!, 'items:get', { id: item.id });
    expect(onA.title).toBe('Meeting with the mayor of Jinan');
    expect(onA.location.venue).toBe('City hall');
    expect(['A-1', 'B-2']).toContain(ok(a!, 'trips:get', { id: trip.id }).fundingReference);
    expect(exportOf(b!, trip.id)).toBe(exportOf(a!, trip.id));
  });
});
