import { describe, expect, it } from 'vitest';
import { presenceMatrix, TripArea } from '../../shared/presence';
import { CN, SE, WorkspaceBuilder } from './builder';

const noPlace = { venue: '', address: '', city: '' };
const HEL = 'Europe/Helsinki';

/**
 * Issue 11: a plan being entered. The trip runs 10–16 May; the flights out (Stockholm → Beijing
 * overnight, Beijing → Jinan on the 11th) are in, the flight home is not yet. Anna and Bo have a
 * meeting and a hotel to the 14th; Cecilia so far only has the flights.
 */
function halfPlanned(): WorkspaceBuilder {
  const b = new WorkspaceBuilder({ startDate: '2018-05-10', endDate: '2018-05-16' });
  b.member('anna', { passportExpiry: '2018-11-01' });
  b.member('bo');
  b.member('cecilia', { passportExpiry: '2018-11-13' });
  b.item('flight-out', {
    kind: 'flight',
    start: '2018-05-10T13:30',
    zone: SE,
    end: '2018-05-11T04:10',
    endZone: CN,
    location: noPlace,
    details: { from: 'Stockholm Arlanda (ARN)', to: 'Beijing Capital (PEK)' },
  });
  b.item('flight-tna', { kind: 'flight', start: '2018-05-11T07:30', end: '2018-05-11T08:40', location: noPlace, details: { from: 'Beijing Capital (PEK)', to: 'Jinan Yaoqiang (TNA)' } });
  b.item('hotel', { kind: 'accommodation', start: '2018-05-11T10:00', end: '2018-05-14T12:00', who: ['anna', 'bo'] });
  b.item('meeting', { start: '2018-05-12T09:00', end: '2018-05-12T11:00', who: ['anna', 'bo'] });
  return b;
}

describe('checks on an incomplete plan', () => {
  it('without a flight home, passports are measured against the trip’s last day, not the last flight so far', () => {
    const passports = halfPlanned().find('passport-expires-soon');
    expect(passports.map((r) => r.memberIds[0])).toEqual(['anna', 'cecilia']);
    for (const r of passports) {
      expect(r.message.en).toContain('16 May 2018');
      expect(r.message.en).not.toContain('11 May');
    }
    expect(passports[0]!.message.en).toBe(
      'Anna’s passport expires on 1 Nov 2018, less than 6 months after the trip’s last day, 16 May 2018 (no journey home is planned yet).',
    );
    expect(passports[0]!.message.sv).toBe(
      'Annas pass går ut 1 nov 2018, mindre än 6 månader efter resans sista dag 16 maj 2018 (ingen hemresa är planerad än).',
    );
  });

  it('a missing journey home is its own finding, naming everyone without one', () => {
    const [r] = halfPlanned().find('return-journey-missing');
    expect(r).toMatchObject({
      id: 'return-journey-missing:trip',
      severity: 'warning',
      memberIds: ['anna', 'bo', 'cecilia'],
      target: { screen: 'programme', date: '2018-05-16' },
      date: '2018-05-16',
    });
    expect(r!.message.en).toBe('The whole delegation has no journey home in the programme yet; the checks count the trip’s last day, Wed 16 May.');
    expect(r!.message.sv).toBe('Hela delegationen har ingen hemresa i programmet än; kontrollerna räknar med resans sista dag, ons 16 maj.');
  });

  it('names every member who is away on a night without a stay, as the presence matrix has them', () => {
    const b = halfPlanned();
    const nights = b.find('night-without-accommodation');
    expect(nights.map((r) => [r.id, r.memberIds])).toEqual([
      ['night-without-accommodation:2018-05-11:2018-05-16', ['cecilia']],
      ['night-without-accommodation:2018-05-14:2018-05-16', ['anna', 'bo']],
    ]);
    const matrix = presenceMatrix(b.build());
    const unhoused = matrix.rows.flatMap((row) => row.cells.filter((c) => c.withoutStay).map((c) => `${row.memberId} ${c.date}`));
    const named = nights.flatMap((r) => r.memberIds.flatMap((id) => nightsOf(r.id).map((night) => `${id} ${night}`)));
    expect(named.sort()).toEqual(unhoused.sort());
  });

  it('adding items as the plan grows never makes the night warning come and go', () => {
    const b = halfPlanned();
    const before = b.find('night-without-accommodation').map((r) => r.id);
    // A dinner after the hotel's last night, and a transfer in Jinan: nothing about the nights.
    b.item('dinner', { kind: 'meal', start: '2018-05-15T19:00', end: '2018-05-15T21:00', who: ['anna'] });
    b.item('bus', { kind: 'transfer', start: '2018-05-13T09:00', end: '2018-05-13T10:00', location: noPlace, details: { from: 'Hotel', to: 'Jinan' }, who: ['cecilia'] });
    expect(b.find('night-without-accommodation').map((r) => r.id)).toEqual(before);
    // The flight home on the 15th: the night of the 15th is no longer theirs to house.
    b.item('flight-home', { kind: 'flight', start: '2018-05-15T10:00', end: '2018-05-15T15:00', endZone: SE, location: noPlace, details: { from: 'Jinan Yaoqiang (TNA)', to: 'Stockholm Arlanda (ARN)' } });
    expect(b.find('night-without-accommodation').map((r) => [r.id, r.memberIds])).toEqual([
      ['night-without-accommodation:2018-05-11:2018-05-15', ['cecilia']],
      ['night-without-accommodation:2018-05-14:2018-05-15', ['anna', 'bo']],
    ]);
    expect(b.find('return-journey-missing')).toEqual([]);
    expect(b.find('passport-expires-soon')[0]!.message.en).toBe('Anna’s passport expires on 1 Nov 2018, less than 6 months after the return home on 15 May 2018.');
  });

  it('tells journeys from the travel itself: connections, the bus to the airport and onward flights are not the way home', () => {
    const area = new TripArea(halfPlanned().build().trip);
    const base = halfPlanned().build().items[0]!;
    const flight = (start: string, zone: string, end: string, endZone: string, from: string, to: string) =>
      ({ ...base, startLocal: start, startZone: zone, endLocal: end, endZone, details: { from, to } });
    expect(area.direction(flight('2018-05-10T13:30', SE, '2018-05-11T04:10', CN, 'Stockholm Arlanda (ARN)', 'Beijing Capital (PEK)'))).toBe('out');
    expect(area.direction(flight('2018-05-11T07:30', CN, '2018-05-11T08:40', CN, 'Beijing Capital (PEK)', 'Jinan Yaoqiang (TNA)'))).toBeNull();
    expect(area.direction(flight('2018-05-13T10:40', CN, '2018-05-13T12:30', CN, 'Jinan (TNA)', 'Shenyang Taoxian (SHE)'))).toBeNull();
    expect(area.direction(flight('2018-05-15T13:00', CN, '2018-05-15T17:00', HEL, 'Shanghai Pudong', 'Helsinki (HEL)'))).toBe('home');
    expect(area.direction(flight('2018-05-15T18:00', HEL, '2018-05-15T18:30', SE, 'Helsinki (HEL)', 'Stockholm Arlanda (ARN)'))).toBeNull();
    expect(area.direction(flight('2018-05-10T08:45', SE, '2018-05-10T10:30', SE, 'Stadshuset, Västerås', 'Stockholm Arlanda'))).toBeNull();
  });

  it('a flight home that lands after the trip still ends the member’s part on its last day', () => {
    const b = halfPlanned();
    b.item('flight-home', { kind: 'flight', start: '2018-05-16T22:00', end: '2018-05-17T06:00', endZone: SE, location: noPlace, details: { from: 'Jinan Yaoqiang (TNA)', to: 'Stockholm Arlanda (ARN)' } });
    expect(b.find(['return-journey-missing', 'item-outside-trip']).map((r) => r.kind)).toEqual(['item-outside-trip']);
    expect(b.find('passport-expires-soon')[0]!.message.en).toBe('Anna’s passport expires on 1 Nov 2018, less than 6 months after the trip’s last day, 16 May 2018.');
    const cells = presenceMatrix(b.build()).rows[0]!.cells;
    expect(cells[cells.length - 1]).toMatchObject({ date: '2018-05-16', to: { kind: 'transit' }, away: null, withoutStay: false });
  });
});

/** The nights a night finding's id names: `night-without-accommodation:FROM:UNTIL`. */
function nightsOf(id: string): string[] {
  const [, from, until] = id.split(':') as [string, string, string];
  const nights: string[] = [];
  for (let d = new Date(`${from}T00:00Z`); d.toISOString().slice(0, 10) < until; d.setUTCDate(d.getUTCDate() + 1)) nights.push(d.toISOString().slice(0, 10));
  return nights;
}
