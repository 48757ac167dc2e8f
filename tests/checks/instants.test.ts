import { describe, expect, it } from 'vitest';
import { addMonthsToDate, instantOf, offsetMinutesAt } from '../../shared/checks/instants';
import { offsetMinutes, toInstant } from '../../shared/time/zoned';

describe('instantOf (the cached conversion the checks use)', () => {
  const zones = ['Europe/Stockholm', 'Asia/Shanghai', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kolkata', 'UTC'];
  // DST switches in these zones (2017), the days around them, and ordinary days.
  const dates = ['2017-03-25', '2017-03-26', '2017-03-27', '2017-10-28', '2017-10-29', '2017-03-12', '2017-11-05', '2017-10-01', '2017-04-02', '2017-05-14', '2017-08-13', '2017-06-15'];

  it('equals toInstant for every minute of DST and ordinary days in many zones', () => {
    let compared = 0;
    for (const zone of zones) {
      for (const date of dates) {
        for (let minute = 0; minute < 24 * 60; minute += 1) {
          const local = `${date}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
          const expected = toInstant(local, zone);
          const actual = instantOf(local, zone);
          if (actual !== expected) expect({ local, zone, actual }).toEqual({ local, zone, actual: expected });
          compared++;
        }
      }
    }
    expect(compared).toBe(zones.length * dates.length * 1440);
  });

  it('gives the offset in force at every minute of DST and ordinary days in many zones, as offsetMinutes of its instant does', () => {
    for (const zone of zones) {
      for (const date of dates) {
        for (let minute = 0; minute < 24 * 60; minute += 1) {
          const local = `${date}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
          const expected = offsetMinutes(toInstant(local, zone), zone);
          const actual = offsetMinutesAt(local, zone);
          if (actual !== expected) expect({ local, zone, actual }).toEqual({ local, zone, actual: expected });
        }
      }
    }
    expect(offsetMinutesAt('2017-10-28T09:00', 'Nowhere/Atlantis')).toBeNaN();
  });

  it('answers NaN for what cannot be read instead of guessing', () => {
    expect(instantOf('2017-10-28T09:00', 'Nowhere/Atlantis')).toBeNaN();
    expect(instantOf('2017-02-30T09:00', 'Europe/Stockholm')).toBeNaN();
    expect(instantOf('2017-10-28 09:00', 'Europe/Stockholm')).toBeNaN();
    expect(instantOf('2017-10-28T24:00', 'Europe/Stockholm')).toBeNaN();
  });
});

describe('addMonthsToDate', () => {
  it('adds calendar months and clamps to the end of a shorter month', () => {
    expect(addMonthsToDate('2017-11-05', 6)).toBe('2018-05-05');
    expect(addMonthsToDate('2017-08-31', 6)).toBe('2018-02-28');
    expect(addMonthsToDate('2019-08-31', 6)).toBe('2020-02-29');
    expect(addMonthsToDate('2017-12-15', 1)).toBe('2018-01-15');
    expect(addMonthsToDate('2017-01-31', 0)).toBe('2017-01-31');
  });
});
