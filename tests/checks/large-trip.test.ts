import { describe, expect, it } from 'vitest';
import { runChecks } from '../../shared/checks';
import { addDaysToDate } from '../../shared/time/zoned';
import { CN, SE, WorkspaceBuilder } from './builder';

/**
 * The checks rerun after every edit, so they must stay fast on a large trip: 60 members, 14 days,
 * 30 items a day in two parallel tracks, with meetings, interpreters, hotels and flights.
 */
export function largeTrip() {
  const b = new WorkspaceBuilder({ startDate: '2017-10-01', endDate: '2017-10-16' });
  const ids = Array.from({ length: 60 }, (_, i) => b.member(`m${String(i).padStart(2, '0')}`));
  const tracks = [ids.slice(0, 30), ids.slice(30)];
  b.contact('interpreter', { role: 'interpreter', languages: 'zh, sv' });
  b.item('out', { kind: 'flight', start: '2017-10-01T13:30', zone: SE, end: '2017-10-02T05:00', endZone: CN, details: { from: 'Stockholm', to: 'Jinan' } });
  b.item('hotel', { kind: 'accommodation', start: '2017-10-02T08:00', end: '2017-10-16T06:00' });
  const kinds = ['meeting', 'visit', 'meal', 'event', 'transfer'] as const;
  for (let day = 1; day <= 14; day++) {
    const date = addDaysToDate('2017-10-01', day);
    for (let slot = 0; slot < 15; slot++) {
      const minutes = 8 * 60 + slot * 40;
      const time = (m: number) => `${date}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      tracks.forEach((who, track) => {
        const id = `d${day}s${slot}t${track}`;
        const kind = kinds[(slot + track) % kinds.length]!;
        b.item(id, { kind, start: time(minutes), end: time(minutes + 35), who, details: kind === 'transfer' ? { from: 'Hotel', to: 'Venue' } : {} });
        if (kind === 'meeting' || kind === 'visit') b.meeting(id, { counterpartLanguage: 'zh', interpreterContactId: 'interpreter' });
      });
    }
  }
  b.item('home', { kind: 'flight', start: '2017-10-16T10:00', end: '2017-10-16T15:00', endZone: SE, details: { from: 'Jinan', to: 'Stockholm' } });
  return b.build();
}

describe('a large trip', () => {
  // How fast this runs is measured by `npm run bench`, never asserted here (timed tests flake).
  it('checks 60 members × 14 days × 30 items without false alarms', () => {
    const ws = largeTrip();
    expect(ws.items.length).toBeGreaterThanOrEqual(420);
    expect(runChecks(ws).filter((r) => r.severity !== 'info')).toEqual([]);
  });
});
