import { describe, expect, it } from 'vitest';
import { CN, SE, WorkspaceBuilder } from './builder';

function trip() {
  const b = new WorkspaceBuilder();
  b.membersNamed('anna', 'bo', 'cecilia');
  return b;
}

describe('overlap: instants across zones', () => {
  it('09:00–10:00 Shanghai and 03:30 Stockholm in summer time are the same half hour', () => {
    // 2017-06-15: Shanghai UTC+8, Stockholm UTC+2: 09:00 CN = 01:00Z, 03:30 SE = 01:30Z.
    const b = new WorkspaceBuilder({ startDate: '2017-06-14', endDate: '2017-06-20' });
    b.member('anna');
    b.item('call-cn', { start: '2017-06-15T09:00', end: '2017-06-15T10:00', zone: CN });
    b.item('call-se', { start: '2017-06-15T03:30', end: '2017-06-15T04:30', zone: SE, city: 'Stockholm' });
    const found = b.find('overlap');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: 'overlap:call-cn:call-se', severity: 'error', memberIds: ['anna'], itemIds: ['call-cn', 'call-se'] });
  });

  it('the same wall-clock times in winter time do not overlap (Stockholm is an hour further behind)', () => {
    // 2017-11-15: Stockholm UTC+1: 03:30 SE = 02:30Z, after 02:00Z.
    const b = new WorkspaceBuilder({ startDate: '2017-11-14', endDate: '2017-11-20' });
    b.member('anna');
    b.item('call-cn', { start: '2017-11-15T09:00', end: '2017-11-15T10:00', zone: CN });
    b.item('call-se', { start: '2017-11-15T03:30', end: '2017-11-15T04:30', zone: SE, city: 'Stockholm' });
    expect(b.find('overlap')).toEqual([]);
  });

  it('touching items do not overlap; one minute more does (summer: 10:00 CN = 04:00 SE)', () => {
    const make = (seStart: string) => {
      const b = new WorkspaceBuilder({ startDate: '2017-06-14', endDate: '2017-06-20' });
      b.member('anna');
      b.item('cn', { start: '2017-06-15T09:00', end: '2017-06-15T10:00', zone: CN });
      b.item('se', { start: seStart, end: '2017-06-15T05:00', zone: SE, city: 'Stockholm' });
      return b.find('overlap');
    };
    expect(make('2017-06-15T04:00')).toEqual([]);
    expect(make('2017-06-15T03:59')).toHaveLength(1);
  });

  it('an overnight flight across the DST change overlaps what lies inside it, not what starts as it lands', () => {
    // Leaves 28 Oct 13:30 Stockholm summer time, lands 29 Oct 04:10 Shanghai (Sweden changed clocks meanwhile).
    const make = (meetingStart: string) => {
      const b = trip();
      b.item('flight', { kind: 'flight', start: '2017-10-28T13:30', zone: SE, end: '2017-10-29T04:10', endZone: CN, details: { to: 'Jinan' } });
      b.item('meeting', { start: meetingStart, end: '2017-10-29T06:00', zone: CN });
      return b.find('overlap');
    };
    expect(make('2017-10-29T04:09')).toHaveLength(1);
    expect(make('2017-10-29T04:10')).toEqual([]);
  });
});

describe('overlap: what counts', () => {
  it('items without an end: a meeting lasts the default 60 min (warning), a point only clashes strictly inside', () => {
    const b = trip();
    b.item('talk', { start: '2017-10-30T09:00' });
    b.item('next', { start: '2017-10-30T09:59', end: '2017-10-30T11:00' });
    const found = b.find('overlap');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message.en).toMatch(/has no end time and is taken to last 60 min/);
    expect(found[0]!.message.sv).toMatch(/saknar sluttid och räknas som 60 min/);

    const later = trip();
    later.item('talk', { start: '2017-10-30T09:00' });
    later.item('next', { start: '2017-10-30T10:00', end: '2017-10-30T11:00' });
    expect(later.find('overlap')).toEqual([]);

    expect(trip().find('overlap', { defaultDurationMinutes: 30 })).toEqual([]);
    const shorter = trip();
    shorter.item('talk', { start: '2017-10-30T09:00' });
    shorter.item('next', { start: '2017-10-30T09:45', end: '2017-10-30T11:00' });
    expect(shorter.find('overlap', { defaultDurationMinutes: 30 })).toEqual([]);
    expect(shorter.find('overlap', { defaultDurationMinutes: 46 })).toHaveLength(1);
  });

  it('a transfer without an end inside a meeting is an error; at the meeting start it is not', () => {
    const inside = trip();
    inside.item('meeting', { start: '2017-10-30T09:00', end: '2017-10-30T11:00' });
    inside.item('bus', { kind: 'transfer', start: '2017-10-30T10:00' });
    expect(inside.find('overlap').map((r) => r.severity)).toEqual(['error']);

    const atStart = trip();
    atStart.item('meeting', { start: '2017-10-30T09:00', end: '2017-10-30T11:00' });
    atStart.item('bus', { kind: 'transfer', start: '2017-10-30T09:00' });
    expect(atStart.find('overlap')).toEqual([]);
  });

  it('two items with the same start overlap', () => {
    const b = trip();
    b.item('a', { start: '2017-10-30T09:00', end: '2017-10-30T10:00' });
    b.item('b', { start: '2017-10-30T09:00', end: '2017-10-30T09:30' });
    expect(b.find('overlap')).toHaveLength(1);
  });

  it('accommodation, all-day items and free time never conflict with timed items', () => {
    const b = trip();
    b.item('hotel', { kind: 'accommodation', start: '2017-10-29T14:00', end: '2017-11-02T12:00' });
    b.item('day', { kind: 'event', allDay: true, start: '2017-10-30T00:00', end: '2017-10-30T00:00' });
    b.item('free', { kind: 'free_time', start: '2017-10-30T08:00', end: '2017-10-30T18:00' });
    b.item('meeting', { start: '2017-10-30T09:00', end: '2017-10-30T11:00' });
    expect(b.find('overlap')).toEqual([]);
  });

  it('only members attending both items are concerned; one finding per pair lists them all', () => {
    const b = trip();
    b.item('jinan', { start: '2017-10-30T09:00', end: '2017-10-30T11:00', who: ['anna', 'bo'] });
    b.item('shenyang', { start: '2017-10-30T10:00', end: '2017-10-30T12:00', who: ['cecilia'], city: 'Shenyang' });
    expect(b.find('overlap')).toEqual([]);

    b.item('press', { start: '2017-10-30T10:30', end: '2017-10-30T11:30', who: ['bo', 'cecilia'] });
    const found = b.find('overlap');
    expect(found.map((r) => [r.id, r.memberIds])).toEqual([
      ['overlap:jinan:press', ['bo']],
      ['overlap:press:shenyang', ['cecilia']],
    ]);
  });

  it('keeps the id when the two items swap order', () => {
    const b = trip();
    b.item('zeta', { start: '2017-10-30T09:00', end: '2017-10-30T11:00' });
    b.item('alpha', { start: '2017-10-30T10:00', end: '2017-10-30T12:00' });
    const before = b.find('overlap');
    b.items[1]!.startLocal = '2017-10-30T08:00';
    const after = b.find('overlap');
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(before[0]!.itemIds).toEqual(['zeta', 'alpha']);
    expect(after[0]!.itemIds).toEqual(['alpha', 'zeta']);
  });

  it('names the whole delegation when everyone is concerned', () => {
    const b = trip();
    b.item('a', { title: 'Styrgruppsmöte', start: '2017-10-30T09:00', end: '2017-10-30T11:00' });
    b.item('b', { title: 'Studiebesök', start: '2017-10-30T10:30', end: '2017-10-30T12:00' });
    const [r] = b.find('overlap');
    expect(r!.memberIds).toEqual(['anna', 'bo', 'cecilia']);
    expect(r!.message.sv).toBe(
      'Hela delegationen deltar i både ”Styrgruppsmöte” (mån 30 okt 09:00–11:00) och ”Studiebesök” (mån 30 okt 10:30–12:00), som överlappar.',
    );
    expect(r!.message.en).toBe(
      'The whole delegation attends both “Styrgruppsmöte” (Mon 30 Oct 09:00–11:00) and “Studiebesök” (Mon 30 Oct 10:30–12:00), which overlap.',
    );
    expect(r!.target).toEqual({ screen: 'programme', itemId: 'b', field: 'time' });
  });
});
