import { describe, expect, it } from 'vitest';
import { SE, WorkspaceBuilder } from './builder';

const noPlace = { venue: '', address: '', addressLocal: '', city: '' };

function trip(direction: 'outgoing' | 'incoming' = 'outgoing') {
  const b = new WorkspaceBuilder({ direction, hostingOrganisation: direction === 'incoming' ? 'Södertälje kommun' : 'Jinan' });
  b.member('anna');
  return b;
}

describe('missing essentials', () => {
  it('an item with no venue, address or city; any one of them is enough', () => {
    const b = trip();
    b.item('meeting', { title: 'Möte', start: '2017-10-30T09:00', end: '2017-10-30T10:00', location: noPlace });
    const [r] = b.find('item-without-location');
    expect(r).toMatchObject({ id: 'item-without-location:meeting', severity: 'warning', target: { screen: 'programme', itemId: 'meeting', field: 'location' } });
    expect(r!.message.sv).toBe('”Möte” (mån 30 okt 09:00–10:00) saknar plats.');
    for (const field of ['venue', 'address', 'addressLocal', 'city'] as const) {
      b.items[0]!.location = { ...noPlace, [field]: 'x' };
      expect(b.find('item-without-location')).toEqual([]);
    }
  });

  it('free time and online meetings need no place; travel may give from/to instead', () => {
    const b = trip();
    b.item('free', { kind: 'free_time', start: '2017-10-30T12:00', location: noPlace });
    b.item('online', { start: '2017-10-30T14:00', location: noPlace });
    b.meeting('online', { onlineUrl: 'https://meet.example/abc' });
    b.item('flight', { kind: 'flight', start: '2017-10-31T10:00', location: noPlace, details: { to: 'Shenyang' } });
    expect(b.find('item-without-location')).toEqual([]);
    b.item('car', { kind: 'transfer', start: '2017-10-31T08:00', location: noPlace });
    expect(b.find('item-without-location').map((r) => r.id)).toEqual(['item-without-location:car']);
    expect(b.find('item-without-location')[0]!.message.en).toContain('has no from, to or location');
  });

  it('a hotel needs an address, in Latin or local script; it is not reported twice', () => {
    const b = trip();
    b.item('hotel', { kind: 'accommodation', title: 'Hotell', start: '2017-10-29T14:00', end: '2017-11-02T12:00', location: { venue: 'Hotel', address: '' } });
    expect(b.run().filter((r) => r.itemIds.includes('hotel')).map((r) => [r.id, r.severity])).toEqual([['hotel-without-address:hotel', 'warning']]);
    b.items[0]!.location.addressLocal = '山东省济南市';
    expect(b.find('hotel-without-address')).toEqual([]);
  });

  it('a member without a phone: warning; info for an incoming trip’s visitors, warning for its hosts', () => {
    const b = trip();
    b.members[0]!.phone = ' ';
    expect(b.find('member-without-phone').map((r) => [r.id, r.severity])).toEqual([['member-without-phone:anna', 'warning']]);

    const incoming = trip('incoming');
    incoming.trip.destinations = [{ city: 'Södertälje', nativeName: '', country: 'SE', timeZone: SE }];
    incoming.members[0]!.phone = '';
    incoming.member('host', { phone: '', organisation: 'Södertälje kommun', side: 'host' });
    // Most serious first.
    expect(incoming.find('member-without-phone').map((r) => [r.memberIds[0], r.severity])).toEqual([
      ['host', 'warning'],
      ['anna', 'info'],
    ]);
  });
});
