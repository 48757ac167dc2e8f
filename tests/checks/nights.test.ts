import { describe, expect, it } from 'vitest';
import { CN, SE, WorkspaceBuilder, cleanTrip } from './builder';

const nights = 'night-without-accommodation' as const;

describe('nights without accommodation', () => {
  it('an overnight flight out covers the first night; the night of the day home is not needed', () => {
    expect(cleanTrip().find(nights)).toEqual([]);
  });

  it('a flight that does not cross midnight leaves the first night uncovered', () => {
    const b = cleanTrip();
    const flight = b.items.find((i) => i.id === 'flight-out')!;
    flight.endLocal = '2017-10-28T23:50';
    const [r] = b.find(nights);
    expect(r).toMatchObject({
      id: 'night-without-accommodation:2017-10-28:2017-10-29',
      severity: 'warning',
      memberIds: ['anna', 'bo', 'cecilia'],
      target: { screen: 'programme', date: '2017-10-28' },
      date: '2017-10-28',
    });
    expect(r!.message.sv).toBe('Hela delegationen saknar boende natten lör 28 okt – sön 29 okt.');
    expect(r!.message.en).toBe('The whole delegation has no accommodation for the night of Sat 28 Oct – Sun 29 Oct.');
  });

  it('check-out day is not a night of the stay; consecutive gaps are one finding', () => {
    const b = cleanTrip();
    b.items.find((i) => i.id === 'hotel')!.endLocal = '2017-10-30T08:00';
    const found = b.find(nights);
    expect(found.map((r) => r.id)).toEqual(['night-without-accommodation:2017-10-30:2017-11-02']);
    expect(found[0]!.message.en).toBe('The whole delegation has no accommodation for 3 nights, Mon 30 Oct – Thu 2 Nov.');
  });

  it('a hotel without an end, or ending the day it starts, covers its first night', () => {
    const b = cleanTrip();
    b.items.find((i) => i.id === 'hotel')!.endLocal = null;
    expect(b.find(nights).map((r) => r.id)).toEqual(['night-without-accommodation:2017-10-30:2017-11-02']);
  });

  it('a red-eye leaving before 03:00 covers the night before; one leaving at 03:00 does not', () => {
    const make = (departure: string) => {
      const b = cleanTrip();
      b.items.find((i) => i.id === 'hotel')!.endLocal = '2017-11-01T22:00';
      const home = b.items.find((i) => i.id === 'flight-home')!;
      home.startLocal = departure;
      home.endLocal = '2017-11-02T07:00';
      return b.find(nights);
    };
    expect(make('2017-11-02T02:59')).toEqual([]);
    expect(make('2017-11-02T03:00').map((r) => r.id)).toEqual(['night-without-accommodation:2017-11-01:2017-11-02']);
  });

  it('an overnight train covers its night', () => {
    const b = cleanTrip();
    b.items.find((i) => i.id === 'hotel')!.endLocal = '2017-10-31T08:00';
    expect(b.find(nights).map((r) => r.id)).toEqual(['night-without-accommodation:2017-10-31:2017-11-02']);
    b.item('night-train', { kind: 'train', start: '2017-10-31T21:00', end: '2017-11-01T07:00', details: { from: 'Jinan', to: 'Shenyang' } });
    b.item('hotel-2', { kind: 'accommodation', start: '2017-11-01T09:00', end: '2017-11-02T08:00', city: 'Shenyang' });
    expect(b.find(nights)).toEqual([]);
  });

  it('only the accommodation a member attends counts, and members with the same gap share a finding', () => {
    const b = cleanTrip();
    const hotel = b.items.find((i) => i.id === 'hotel')!;
    hotel.allMembers = false;
    hotel.participantIds = ['anna'];
    const [r] = b.find(nights);
    expect(r!.memberIds).toEqual(['bo', 'cecilia']);
    expect(r!.message.en).toBe('Bo and Cecilia have no accommodation for 4 nights, Sun 29 Oct – Thu 2 Nov.');
  });

  it('the six who fly home early are not flagged for the Shenyang nights; the three who stay are', () => {
    const b = new WorkspaceBuilder({ startDate: '2017-10-28', endDate: '2017-11-04' });
    const home = b.membersNamed('m1', 'm2', 'm3', 'm4', 'm5', 'm6');
    const shenyang = b.membersNamed('s1', 's2', 's3');
    b.item('out', { kind: 'flight', start: '2017-10-28T13:30', zone: SE, end: '2017-10-29T08:40', endZone: CN, details: { to: 'Jinan Yaoqiang' } });
    b.item('hotel-jinan', { kind: 'accommodation', start: '2017-10-29T10:15', end: '2017-11-02T12:00' });
    b.item('home', { kind: 'flight', start: '2017-11-02T07:40', end: '2017-11-02T16:20', endZone: SE, who: home, details: { to: 'Stockholm' } });
    b.item('to-shenyang', { kind: 'flight', start: '2017-11-02T10:40', end: '2017-11-02T12:30', who: shenyang, details: { to: 'Shenyang' } });
    b.item('signing', { start: '2017-11-03T10:00', end: '2017-11-03T11:30', who: shenyang, city: 'Shenyang' });
    b.item('home-late', { kind: 'flight', start: '2017-11-04T08:10', end: '2017-11-04T16:20', endZone: SE, who: shenyang, details: { to: 'Stockholm' } });
    // No Shenyang hotel yet: only the three are missing the nights of 2 and 3 November.
    const [r] = b.find(nights);
    expect(r).toMatchObject({ id: 'night-without-accommodation:2017-11-02:2017-11-04', memberIds: shenyang });
    b.item('hotel-shenyang', { kind: 'accommodation', start: '2017-11-02T14:00', end: '2017-11-04T06:00', who: shenyang, city: 'Shenyang' });
    expect(b.find(nights)).toEqual([]);
  });

  it('a member whose last item is not travel is taken to stay to the end of the trip', () => {
    const b = cleanTrip();
    const home = b.items.find((i) => i.id === 'flight-home')!;
    home.allMembers = false;
    home.participantIds = ['anna', 'bo'];
    b.trip.endDate = '2017-11-03';
    // Cecilia has no flight home: she is still there the night of 2 November.
    expect(b.find(nights).map((r) => [r.id, r.memberIds])).toEqual([['night-without-accommodation:2017-11-02:2017-11-03', ['cecilia']]]);
  });

  it('an incoming trip checks the visitors and not the hosts, who sleep at home', () => {
    const b = new WorkspaceBuilder({
      direction: 'incoming',
      hostingOrganisation: 'Södertälje kommun',
      startDate: '2016-05-23',
      endDate: '2016-05-26',
      destinations: [{ city: 'Södertälje', nativeName: '', country: 'SE', timeZone: SE }],
    });
    b.member('visitor', { organisation: 'Wuxi FAO' });
    b.member('host', { organisation: 'Södertälje kommun', side: 'host' });
    b.item('arrival', { kind: 'flight', start: '2016-05-23T11:50', zone: CN, end: '2016-05-23T18:05', endZone: SE, who: ['visitor'], details: { to: 'Stockholm Arlanda' } });
    b.item('meeting', { start: '2016-05-24T09:00', end: '2016-05-24T11:00', zone: SE, city: 'Södertälje' });
    b.item('departure', { kind: 'transfer', start: '2016-05-26T14:00', end: '2016-05-26T15:00', zone: SE, details: { from: 'Södertälje', to: 'Arlanda' } });
    expect(b.find(nights).map((r) => [r.id, r.memberIds])).toEqual([['night-without-accommodation:2016-05-23:2016-05-26', ['visitor']]]);
  });
});
