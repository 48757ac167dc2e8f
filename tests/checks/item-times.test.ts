import { describe, expect, it } from 'vitest';
import { CN, SE, WorkspaceBuilder } from './builder';

function trip() {
  const b = new WorkspaceBuilder({ startDate: '2017-10-28', endDate: '2017-11-04' });
  b.member('anna');
  return b;
}

describe('items outside the trip', () => {
  it('the first and last day are inside; the day before and after are outside', () => {
    const b = trip();
    b.item('first', { start: '2017-10-28T00:00', end: '2017-10-28T01:00' });
    b.item('last', { start: '2017-11-04T22:00', end: '2017-11-04T23:59' });
    expect(b.find('item-outside-trip')).toEqual([]);

    b.item('before', { start: '2017-10-27T23:59', end: '2017-10-28T00:30' });
    b.item('after', { start: '2017-11-04T23:00', end: '2017-11-05T00:00' });
    const found = b.find('item-outside-trip');
    expect(found.map((r) => [r.id, r.severity])).toEqual([
      ['item-outside-trip:before', 'warning'],
      ['item-outside-trip:after', 'warning'],
    ]);
    expect(found[0]!.target).toEqual({ screen: 'programme', itemId: 'before', field: 'time' });
    expect(found[0]!.message.en).toBe('“before” (Fri 27 Oct 23:59 – Sat 28 Oct 00:30) is outside the trip’s dates, Sat 28 Oct – Sat 4 Nov.');
  });

  it('each end is read in its own zone: a flight landing the next local day is outside', () => {
    const b = trip();
    // Leaves Shanghai 4 Nov 21:00, lands Stockholm 5 Nov 01:30 local.
    b.item('home', { kind: 'flight', start: '2017-11-04T21:00', zone: CN, end: '2017-11-05T01:30', endZone: SE, details: { to: 'Stockholm' } });
    expect(b.find('item-outside-trip')).toHaveLength(1);
    b.items[0]!.endLocal = '2017-11-04T23:59';
    expect(b.find('item-outside-trip')).toEqual([]);
  });

  it('all-day items: the last day is inclusive', () => {
    const b = trip();
    b.item('days', { kind: 'event', allDay: true, start: '2017-11-03T00:00', end: '2017-11-04T00:00' });
    expect(b.find('item-outside-trip')).toEqual([]);
    b.items[0]!.endLocal = '2017-11-05T00:00';
    expect(b.find('item-outside-trip')).toHaveLength(1);
  });
});

describe('items that end before they start', () => {
  it('compares instants: 09:00 Shanghai → 03:00 Stockholm (winter) is fine, → 01:30 is not', () => {
    // 09:00 CN = 01:00Z; 03:00 CET = 02:00Z (after); 01:30 CET = 00:30Z (before).
    const b = trip();
    b.item('flight', { kind: 'flight', start: '2017-11-01T09:00', zone: CN, end: '2017-11-01T03:00', endZone: SE, details: { to: 'Stockholm' } });
    expect(b.find('item-ends-before-start')).toEqual([]);
    b.items[0]!.endLocal = '2017-11-01T01:30';
    const found = b.find('item-ends-before-start');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: 'item-ends-before-start:flight', severity: 'error' });
    expect(found[0]!.message.en).toBe('“flight” ends (Wed 1 Nov 01:30 Stockholm time) before it starts (Wed 1 Nov 09:00 Jinan time) once time zones are applied.');
  });

  it('the same wall-clock end in summer time is before the start (Stockholm is only six hours behind)', () => {
    const b = new WorkspaceBuilder({ startDate: '2017-06-01', endDate: '2017-06-10' });
    b.member('anna');
    // 09:00 CN = 01:00Z; 02:30 CEST = 00:30Z.
    b.item('flight', { kind: 'flight', start: '2017-06-05T09:00', zone: CN, end: '2017-06-05T02:30', endZone: SE, details: { to: 'Stockholm' } });
    expect(b.find('item-ends-before-start')).toHaveLength(1);
  });

  it('broken items are reported once, not again as overlaps or outside the trip', () => {
    const b = trip();
    b.item('broken', { start: '2017-10-30T12:00', end: '2017-10-30T09:00' });
    b.item('meeting', { start: '2017-10-30T10:00', end: '2017-10-30T11:00' });
    b.item('unreadable', { start: '2017-10-30T10:00', zone: 'Mars/Olympus_Mons' });
    const kinds = b.run().filter((r) => r.itemIds.length > 0).map((r) => r.kind).sort();
    expect(kinds).toEqual(['item-ends-before-start', 'item-time-invalid']);
    const invalid = b.find('item-time-invalid')[0]!;
    expect(invalid.severity).toBe('error');
    expect(invalid.message.sv).toContain('Mars/Olympus_Mons');
  });

  it('an all-day item whose last day is before its first', () => {
    const b = trip();
    b.item('days', { kind: 'event', allDay: true, start: '2017-11-03T00:00', end: '2017-11-02T00:00' });
    expect(b.find('item-ends-before-start')).toHaveLength(1);
  });
});
