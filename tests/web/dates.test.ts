import { describe, expect, it } from 'vitest';
import {
  dayCount,
  formatDate,
  formatDateRange,
  formatDayCount,
  formatLongDate,
  formatWeekdayDate,
} from '../../renderer/src/lib/dates';
import { searchTimeZones, timeZoneLabel } from '../../renderer/src/lib/timezones';
import { formatUtcOffset } from '../../shared/time/zoned';

// Run in a zone with daylight saving so a date-shifting bug would show.
process.env.TZ = 'Europe/Stockholm';

describe('formatDateRange', () => {
  it.each([
    ['2017-10-28', '2017-10-28', '28 Oct 2017'],
    ['2017-10-28', '2017-10-31', '28–31 Oct 2017'],
    ['2017-10-28', '2017-11-04', '28 Oct – 4 Nov 2017'],
    ['2017-12-28', '2018-01-03', '28 Dec 2017 – 3 Jan 2018'],
  ])('%s to %s reads %s', (start, end, expected) => {
    expect(formatDateRange(start, end)).toBe(expected);
  });

  it.each([
    ['2017-10-28', '2017-10-28', '28 okt 2017'],
    ['2017-10-28', '2017-10-31', '28–31 okt 2017'],
    ['2017-10-28', '2017-11-04', '28 okt – 4 nov 2017'],
    ['2018-05-14', '2018-05-17', '14–17 maj 2018'],
    ['2017-12-28', '2018-01-03', '28 dec 2017 – 3 jan 2018'],
  ])('in Swedish, %s to %s reads %s', (start, end, expected) => {
    expect(formatDateRange(start, end, 'sv')).toBe(expected);
  });

  it('does not shift dates across a daylight-saving change (dates have no zone)', () => {
    // Sweden leaves summer time on 29 Oct 2017.
    expect(formatDateRange('2017-10-29', '2017-10-30')).toBe('29–30 Oct 2017');
    expect(dayCount('2017-10-28', '2017-10-30')).toBe(3);
  });
});

describe('single dates', () => {
  it('read naturally in both languages', () => {
    expect(formatDate('2017-10-28')).toBe('28 Oct 2017');
    expect(formatDate('2017-10-28', 'sv')).toBe('28 okt 2017');
    expect(formatLongDate('2017-10-28')).toBe('Saturday 28 October 2017');
    expect(formatLongDate('2017-10-28', 'sv')).toBe('lördag 28 oktober 2017');
    expect(formatWeekdayDate('2017-10-28')).toBe('Sat 28 Oct');
    expect(formatWeekdayDate('2017-10-28', 'sv')).toBe('lör 28 okt');
  });
});

describe('dayCount', () => {
  it('counts the first and last day', () => {
    expect(dayCount('2017-10-28', '2017-11-04')).toBe(8);
    expect(dayCount('2018-05-14', '2018-05-14')).toBe(1);
    expect(formatDayCount(1)).toBe('1 day');
    expect(formatDayCount(8)).toBe('8 days');
  });
});

describe('time zones', () => {
  it('labels zones with their offset on the given date', () => {
    expect(formatUtcOffset(480)).toBe('UTC+8');
    expect(formatUtcOffset(330)).toBe('UTC+5:30');
    expect(formatUtcOffset(-180)).toBe('UTC−3');
    expect(formatUtcOffset(0)).toBe('UTC');
    expect(timeZoneLabel('Asia/Shanghai', '2017-10-28')).toBe('Asia/Shanghai (UTC+8)');
    expect(timeZoneLabel('Europe/Stockholm', '2017-07-01')).toBe('Europe/Stockholm (UTC+2)');
    expect(timeZoneLabel('Europe/Stockholm', '2017-12-01')).toBe('Europe/Stockholm (UTC+1)');
  });

  it('finds zones by city, region part or offset', () => {
    expect(searchTimeZones('shang')[0]).toBe('Asia/Shanghai');
    expect(searchTimeZones('stockholm')).toContain('Europe/Stockholm');
    expect(searchTimeZones('ho chi')).toContain('Asia/Ho_Chi_Minh');
    expect(searchTimeZones('+8', '2017-10-28')).toContain('Asia/Shanghai');
    expect(searchTimeZones('utc+5:30', '2017-10-28')).toContain('Asia/Kolkata');
  });
});
