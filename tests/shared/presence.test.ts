import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../core';
import { seedDemo } from '../../core/demo';
import type { TripWorkspace } from '../../shared/domain/workspace';
import { presenceMatrix, tripDates, type PresenceMatrix, type PresencePlace } from '../../shared/presence';
import { addDaysToDate } from '../../shared/time/zoned';
import { CN, SE, WorkspaceBuilder } from '../checks/builder';
import { databaseOf } from '../../core/db/raw-handle';

/** A cell as short text: "jinan", "home>transit", "jinan>shenyang". */
function label(place: PresencePlace): string {
  return place.kind === 'city' ? place.city : place.kind;
}
function row(matrix: PresenceMatrix, memberId: string): string[] {
  const found = matrix.rows.find((r) => r.memberId === memberId);
  if (!found) throw new Error(`no row for ${memberId}`);
  return found.cells.map((c) => (c.from ? `${label(c.from)}>` : '') + label(c.to));
}

const noPlace = { venue: '', address: '', city: '' };
const TOKYO = 'Asia/Tokyo';

/**
 * The Jinan trip in small: three members fly out overnight and stay in Jinan; anna and bo go on
 * to Shenyang on the 2nd and fly home on the 4th; cecilia flies home from Jinan on the 2nd.
 */
function jinanAndShenyang(): WorkspaceBuilder {
  const b = new WorkspaceBuilder({ startDate: '2017-10-28', endDate: '2017-11-04' });
  b.membersNamed('anna', 'bo', 'cecilia');
  b.item('bus-out', { kind: 'transfer', start: '2017-10-28T08:45', zone: SE, end: '2017-10-28T10:30', city: 'Västerås', details: { to: 'Stockholm Arlanda' } });
  b.item('flight-out', {
    kind: 'flight',
    start: '2017-10-28T13:30',
    zone: SE,
    end: '2017-10-29T04:10',
    endZone: CN,
    location: noPlace,
    details: { from: 'Stockholm Arlanda (ARN)', to: 'Beijing Capital (PEK)' },
  });
  b.item('flight-tna', { kind: 'flight', start: '2017-10-29T07:30', end: '2017-10-29T08:40', location: noPlace, details: { from: 'Beijing Capital (PEK)', to: 'Jinan Yaoqiang (TNA)' } });
  b.item('hotel-jinan', { kind: 'accommodation', start: '2017-10-29T10:00', end: '2017-11-02T12:00' });
  b.item('meeting', { start: '2017-10-30T09:00', end: '2017-10-30T11:00' });
  b.item('home-from-jinan', {
    kind: 'flight',
    start: '2017-11-02T07:40',
    end: '2017-11-02T16:20',
    endZone: SE,
    location: noPlace,
    details: { from: 'Jinan Yaoqiang (TNA)', to: 'Stockholm Arlanda (ARN)' },
    who: ['cecilia'],
  });
  b.item('flight-she', { kind: 'flight', start: '2017-11-02T10:40', end: '2017-11-02T12:30', location: noPlace, details: { from: 'Jinan (TNA)', to: 'Shenyang Taoxian (SHE)' }, who: ['anna', 'bo'] });
  b.item('hotel-shenyang', { kind: 'accommodation', start: '2017-11-02T14:00', end: '2017-11-04T06:00', city: 'Shenyang', who: ['anna', 'bo'] });
  b.item('signing', { start: '2017-11-03T10:00', end: '2017-11-03T11:30', city: 'Shenyang', who: ['anna', 'bo'] });
  b.item('home-from-shenyang', {
    kind: 'flight',
    start: '2017-11-04T08:10',
    end: '2017-11-04T16:20',
    endZone: SE,
    location: noPlace,
    details: { from: 'Shenyang Taoxian (SHE)', to: 'Stockholm Arlanda (ARN)' },
    who: ['anna', 'bo'],
  });
  return b;
}

describe('presence matrix', () => {
  it('shows who went on to Shenyang, travel days as from → to, and home after the flight home', () => {
    const matrix = presenceMatrix(jinanAndShenyang().build());
    expect(matrix.dates).toEqual(tripDates('2017-10-28', '2017-11-04'));
    expect(matrix.rows.map((r) => r.memberId)).toEqual(['anna', 'bo', 'cecilia']);
    const onward = ['home>transit', 'transit>jinan', 'jinan', 'jinan', 'jinan', 'jinan>shenyang', 'shenyang', 'shenyang>home'];
    expect(row(matrix, 'anna')).toEqual(onward);
    expect(row(matrix, 'bo')).toEqual(onward);
    expect(row(matrix, 'cecilia')).toEqual(['home>transit', 'transit>jinan', 'jinan', 'jinan', 'jinan', 'jinan>home', 'home', 'home']);
    const cecilia = matrix.rows[2]!.cells;
    expect(cecilia.map((c) => c.away)).toEqual([null, null, null, null, null, null, 'after', 'after']);
  });

  it('lists the destinations first in the legend, with their native names, then other cities', () => {
    const b = jinanAndShenyang();
    // A night in Qufu for cecilia: a city that is not a destination.
    b.item('hotel-qufu', { kind: 'accommodation', start: '2017-10-31T18:00', end: '2017-11-01T08:00', city: 'Qufu', who: ['cecilia'] });
    const matrix = presenceMatrix(b.build());
    expect(matrix.cities.map((c) => [c.key, c.name, c.nativeName, c.destination])).toEqual([
      ['jinan', 'Jinan', '济南', true],
      ['shenyang', 'Shenyang', '沈阳', true],
      ['qufu', 'Qufu', '', false],
    ]);
    // Accommodation decides the night even with no travel item: Jinan → Qufu → Jinan.
    expect(row(matrix, 'cecilia').slice(3, 5)).toEqual(['jinan>qufu', 'qufu>jinan']);
  });

  it('a member who joins later is home before, and arrives on the day their travel starts', () => {
    const b = new WorkspaceBuilder({ startDate: '2017-10-28', endDate: '2017-11-04' });
    b.member('dag');
    // From Tokyo rather than Beijing: a flight from Beijing could be the second leg of a journey
    // out, so only travel from outside the trip's area (another zone) starts Dag's part (issue 11).
    b.item('dag-out', { kind: 'flight', start: '2017-10-30T07:00', zone: TOKYO, end: '2017-10-30T09:00', endZone: CN, location: noPlace, details: { from: 'Tokyo Haneda', to: 'Jinan (TNA)' }, who: ['dag'] });
    b.item('dag-hotel', { kind: 'accommodation', start: '2017-10-30T10:00', end: '2017-11-01T10:00', who: ['dag'] });
    b.item('dag-home', { kind: 'flight', start: '2017-11-01T12:00', end: '2017-11-01T16:00', endZone: TOKYO, location: noPlace, details: { from: 'Jinan', to: 'Tokyo Haneda' }, who: ['dag'] });
    const matrix = presenceMatrix(b.build());
    expect(row(matrix, 'dag')).toEqual(['home', 'home', 'home>jinan', 'jinan', 'jinan>home', 'home', 'home', 'home']);
    const cells = matrix.rows.find((r) => r.memberId === 'dag')!.cells;
    expect(cells.map((c) => c.away)).toEqual(['before', 'before', null, null, null, 'after', 'after', 'after']);
  });

  it('without accommodation: the last city the day reaches, carried over quiet days; unknown when nothing says', () => {
    const b = new WorkspaceBuilder({ startDate: '2017-10-28', endDate: '2017-11-01' });
    b.membersNamed('anna', 'bo');
    b.item('meeting-jinan', { start: '2017-10-29T09:00', end: '2017-10-29T10:00', who: ['anna'] });
    b.item('train', { kind: 'train', start: '2017-10-30T09:00', end: '2017-10-30T12:00', location: noPlace, details: { from: 'Jinan', to: 'Shenyang North' }, who: ['anna'] });
    const matrix = presenceMatrix(b.build());
    expect(row(matrix, 'anna')).toEqual(['unknown', 'jinan', 'jinan>shenyang', 'shenyang', 'shenyang']);
    expect(row(matrix, 'bo')).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
  });

  it('a red-eye leaving before 03:00 covers the night before', () => {
    const b = new WorkspaceBuilder({ startDate: '2017-10-28', endDate: '2017-10-31' });
    b.member('anna');
    b.item('hotel', { kind: 'accommodation', start: '2017-10-28T15:00', end: '2017-10-29T12:00' });
    b.item('dinner', { kind: 'meal', start: '2017-10-29T19:00', end: '2017-10-29T21:00' });
    b.item('red-eye', { kind: 'flight', start: '2017-10-30T01:30', end: '2017-10-30T04:00', location: noPlace, details: { from: 'Jinan', to: 'Shenyang' } });
    b.item('hotel-2', { kind: 'accommodation', start: '2017-10-30T05:00', end: '2017-10-31T12:00', city: 'Shenyang' });
    b.item('meeting', { start: '2017-10-31T09:00', end: '2017-10-31T10:00', city: 'Shenyang' });
    expect(row(presenceMatrix(b.build()), 'anna')).toEqual(['jinan', 'jinan>transit', 'transit>shenyang', 'shenyang']);
  });

  it('in an incoming trip, hosts are at home in the host city and visitors arrive and leave', () => {
    const b = new WorkspaceBuilder({
      direction: 'incoming',
      startDate: '2016-05-23',
      endDate: '2016-05-26',
      hostingOrganisation: 'Södertälje kommun',
      destinations: [{ city: 'Södertälje', nativeName: '', country: 'SE', timeZone: SE }],
    });
    b.member('visitor', { organisation: 'Wuxi Municipal People’s Government' });
    b.member('host', { organisation: 'Södertälje kommun, kommunledningskontoret', side: 'host' });
    b.item('arrival', { kind: 'flight', start: '2016-05-23T11:50', zone: CN, end: '2016-05-23T18:05', endZone: SE, location: noPlace, details: { from: 'Shanghai Pudong', to: 'Stockholm Arlanda' }, who: ['visitor'] });
    b.item('transfer-in', { kind: 'transfer', start: '2016-05-23T18:45', zone: SE, end: '2016-05-23T19:45', location: noPlace, details: { from: 'Arlanda', to: 'Canal Hotel Södertälje' } });
    b.item('hotel', { kind: 'accommodation', start: '2016-05-23T19:45', zone: SE, end: '2016-05-26T12:00', city: 'Södertälje', who: ['visitor'] });
    b.item('visit', { kind: 'visit', start: '2016-05-24T09:00', zone: SE, end: '2016-05-24T11:00', city: 'Södertälje' });
    b.item('transfer-out', { kind: 'transfer', start: '2016-05-26T14:00', zone: SE, end: '2016-05-26T15:15', location: noPlace, details: { from: 'Canal Hotel', to: 'Stockholm Arlanda (ARN)' } });
    // The visitors' flight home (its first leg): the transfer to Arlanda stays within the area (issue 11).
    b.item('flight-home', { kind: 'flight', start: '2016-05-26T17:35', zone: SE, end: '2016-05-26T19:30', endZone: 'Europe/Helsinki', location: noPlace, details: { from: 'Stockholm Arlanda (ARN)', to: 'Helsinki (HEL)' }, who: ['visitor'] });
    const matrix = presenceMatrix(b.build());
    // The visitors come from their home abroad and go back there: never "home", which is here.
    expect(row(matrix, 'visitor')).toEqual(['abroad>sodertalje', 'sodertalje', 'sodertalje', 'sodertalje>abroad']);
    expect(row(matrix, 'host')).toEqual(['sodertalje', 'sodertalje', 'sodertalje', 'sodertalje']);
  });

  it('leaves out items whose times cannot be read, and copes with an empty trip', () => {
    const b = new WorkspaceBuilder({ startDate: '2017-10-28', endDate: '2017-10-29' });
    b.member('anna');
    b.item('broken', { start: '2017-13-45T99:00', end: null });
    b.item('meeting', { start: '2017-10-28T09:00', end: '2017-10-28T10:00' });
    expect(row(presenceMatrix(b.build()), 'anna')).toEqual(['jinan', 'jinan']);
    const empty = new WorkspaceBuilder({ startDate: '2017-10-28', endDate: '2017-10-28', destinations: [] }).build();
    expect(presenceMatrix(empty)).toEqual({ dates: ['2017-10-28'], rows: [], cities: [] });
  });

  it('the demo Jinan trip: three members in Shenyang on 3 November, the other six home', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dp-presence-'));
    const core = openCore(path.join(dir, 'demo.sqlite'));
    try {
      const [jinanId] = seedDemo(databaseOf(core)).tripIds;
      const result = core.dispatch('trips:workspace', { id: jinanId! });
      if (!result.ok) throw new Error(result.error.message);
      const workspace = result.value as TripWorkspace;
      const matrix = presenceMatrix(workspace);
      const day = matrix.dates.indexOf('2017-11-03');
      const where = matrix.rows.map((r) => label(r.cells[day]!.to));
      expect(where.filter((w) => w === 'shenyang')).toHaveLength(3);
      expect(where.filter((w) => w === 'home')).toHaveLength(6);
      const head = workspace.members.find((m) => m.role === 'head')!;
      expect(row(matrix, head.id)).toEqual(['home>transit', 'transit>jinan', 'jinan', 'jinan', 'jinan', 'jinan>shenyang', 'shenyang', 'shenyang>home']);
    } finally {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is fast on a large trip (60 members × 14 days × 420 items)', () => {
    const b = new WorkspaceBuilder({ startDate: '2017-10-01', endDate: '2017-10-14' });
    const ids = Array.from({ length: 60 }, (_, i) => b.member(`m${i}`));
    b.item('hotel', { kind: 'accommodation', start: '2017-10-01T12:00', end: '2017-10-14T10:00' });
    for (let day = 0; day < 14; day++) {
      const date = addDaysToDate('2017-10-01', day);
      for (let slot = 0; slot < 30; slot++) {
        const hour = String(7 + Math.floor(slot / 2)).padStart(2, '0');
        const minute = slot % 2 ? '30' : '00';
        b.item(`i${day}-${slot}`, { start: `${date}T${hour}:${minute}`, end: null, who: slot % 2 ? ids.slice(0, 30) : ids.slice(30) });
      }
    }
    const workspace = b.build();
    const matrix = presenceMatrix(workspace);
    expect(matrix.rows).toHaveLength(60);
    expect(matrix.rows.every((r) => r.cells.length === 14)).toBe(true);
    // Best of a few runs: about 2 ms once warm; the bound leaves room for a busy CI machine.
    const times = Array.from({ length: 8 }, () => {
      const started = performance.now();
      presenceMatrix(workspace);
      return performance.now() - started;
    });
    expect(Math.min(...times)).toBeLessThan(25);
  });
});
