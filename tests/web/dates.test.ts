import { describe, expect, it } from 'vitest';
import { dayCount, formatDateRange, formatDayCount } from '../../renderer/src/lib/dates';

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

  it('does not shift dates across a daylight-saving change (dates have no zone)', () => {
    // Sweden leaves summer time on 29 Oct 2017.
    expect(formatDateRange('2017-10-29', '2017-10-30')).toBe('29–30 Oct 2017');
    expect(dayCount('2017-10-28', '2017-10-30')).toBe(3);
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
