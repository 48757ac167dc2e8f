import { afterEach, describe, expect, it } from 'vitest';
import {
  addDaysToDate,
  addDaysToLocal,
  compareLocal,
  convertLocal,
  daysBetween,
  offsetMinutes,
  toInstant,
  toLocal,
} from '../../shared/time/zoned';

const utc = (iso: string) => Date.parse(`${iso}:00Z`);

/**
 * The computer's own zone must never change the answer: an item typed on a laptop set to
 * Stockholm and read on one set to UTC is the same meeting. Node re-reads TZ when it is assigned.
 */
const SYSTEM_ZONES = ['UTC', 'Europe/Stockholm', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'Pacific/Auckland'];
const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});
function onEverySystemZone(check: () => void) {
  for (const zone of SYSTEM_ZONES) {
    process.env.TZ = zone;
    try {
      check();
    } catch (error) {
      (error as Error).message = `[computer's zone ${zone}] ${(error as Error).message}`;
      throw error;
    }
  }
}

describe('toInstant / toLocal', () => {
  it('places ordinary local times in their zone', () => {
    onEverySystemZone(() => {
      expect(toInstant('2017-10-28T09:30', 'Asia/Shanghai')).toBe(utc('2017-10-28T01:30'));
      expect(toInstant('2017-07-01T12:00', 'Europe/Stockholm')).toBe(utc('2017-07-01T10:00'));
      expect(toInstant('2017-12-01T12:00', 'Europe/Stockholm')).toBe(utc('2017-12-01T11:00'));
      expect(toInstant('2017-12-01', 'Europe/Stockholm')).toBe(utc('2017-11-30T23:00'));
      expect(toLocal(utc('2017-10-28T01:30'), 'Asia/Shanghai')).toBe('2017-10-28T09:30');
    });
  });

  it('Stockholm autumn change 2017-10-29: 02:00–02:59 happens twice; the earlier (summer time) one is meant', () => {
    onEverySystemZone(() => {
      expect(toInstant('2017-10-29T01:30', 'Europe/Stockholm')).toBe(utc('2017-10-28T23:30'));
      expect(toInstant('2017-10-29T02:30', 'Europe/Stockholm')).toBe(utc('2017-10-29T00:30'));
      expect(toInstant('2017-10-29T03:30', 'Europe/Stockholm')).toBe(utc('2017-10-29T02:30'));
      // Both occurrences read back as 02:30 local.
      expect(toLocal(utc('2017-10-29T00:30'), 'Europe/Stockholm')).toBe('2017-10-29T02:30');
      expect(toLocal(utc('2017-10-29T01:30'), 'Europe/Stockholm')).toBe('2017-10-29T02:30');
    });
  });

  it('Stockholm spring change 2017-03-26: 02:00–02:59 does not exist and moves forward by the hour', () => {
    onEverySystemZone(() => {
      expect(toInstant('2017-03-26T01:30', 'Europe/Stockholm')).toBe(utc('2017-03-26T00:30'));
      expect(toInstant('2017-03-26T02:30', 'Europe/Stockholm')).toBe(utc('2017-03-26T01:30'));
      expect(toLocal(toInstant('2017-03-26T02:30', 'Europe/Stockholm'), 'Europe/Stockholm')).toBe('2017-03-26T03:30');
      expect(toInstant('2017-03-26T03:30', 'Europe/Stockholm')).toBe(utc('2017-03-26T01:30'));
    });
  });

  it('a zone with a half-hour change (Lord Howe) is right too', () => {
    onEverySystemZone(() => {
      // 2017-04-02: 02:00 daylight time (+11) becomes 01:30 standard time (+10:30).
      expect(toInstant('2017-04-02T01:45', 'Australia/Lord_Howe')).toBe(utc('2017-04-01T14:45'));
      expect(toInstant('2017-04-02T02:00', 'Australia/Lord_Howe')).toBe(utc('2017-04-01T15:30'));
      // 2017-10-01: 02:00 standard time becomes 02:30 daylight time.
      expect(toInstant('2017-10-01T02:30', 'Australia/Lord_Howe')).toBe(utc('2017-09-30T15:30'));
    });
  });

  it('round-trips local times of 2017 in several zones, whatever the computer’s zone', () => {
    const zones = ['Europe/Stockholm', 'Asia/Shanghai', 'America/New_York', 'Australia/Lord_Howe'];
    const DAY = 86_400_000;
    const QUARTER = 15 * 60_000;
    onEverySystemZone(() => {
      const problems: string[] = [];
      const check = (t: number, zone: string) => {
        const local = toLocal(t, zone);
        const back = toInstant(local, zone);
        // Equal, or the earlier occurrence of a repeated local time (then at most an hour before).
        const fine = back === t || (back < t && t - back <= 3_600_000 && toLocal(back, zone) === local);
        if (!fine && problems.length < 5) problems.push(`${zone} ${new Date(t).toISOString()} → ${local} → ${new Date(back).toISOString()}`);
      };
      for (const zone of zones) {
        for (let day = Date.UTC(2017, 0, 1); day < Date.UTC(2018, 0, 1); day += DAY) {
          // Every quarter hour around each change of offset; a coarse sample elsewhere.
          const changes = offsetMinutes(day, zone) !== offsetMinutes(day + DAY, zone);
          if (changes) for (let t = day - DAY; t < day + 2 * DAY; t += QUARTER) check(t, zone);
          else check(day + ((day / DAY) % 96) * QUARTER, zone);
        }
      }
      expect(problems).toEqual([]);
    });
  });
});

describe('convertLocal (the home-time column)', () => {
  it('converts across the Stockholm autumn change', () => {
    onEverySystemZone(() => {
      // Jinan has no DST; Stockholm drops from +2 to +1 in the night of 28–29 October 2017.
      expect(convertLocal('2017-10-28T09:30', 'Asia/Shanghai', 'Europe/Stockholm')).toBe('2017-10-28T03:30');
      expect(convertLocal('2017-10-29T09:30', 'Asia/Shanghai', 'Europe/Stockholm')).toBe('2017-10-29T02:30');
      expect(convertLocal('2017-10-30T09:30', 'Asia/Shanghai', 'Europe/Stockholm')).toBe('2017-10-30T02:30');
      expect(convertLocal('2017-10-29T03:30', 'Europe/Stockholm', 'Asia/Shanghai')).toBe('2017-10-29T10:30');
    });
  });

  it('converts across the Stockholm spring change', () => {
    onEverySystemZone(() => {
      expect(convertLocal('2017-03-25T12:00', 'Europe/Stockholm', 'Asia/Shanghai')).toBe('2017-03-25T19:00');
      expect(convertLocal('2017-03-26T12:00', 'Europe/Stockholm', 'Asia/Shanghai')).toBe('2017-03-26T18:00');
    });
  });

  it('is the identity within one zone and crosses the date line correctly', () => {
    expect(convertLocal('2017-10-28T09:30', 'Asia/Shanghai', 'Asia/Shanghai')).toBe('2017-10-28T09:30');
    expect(convertLocal('2017-10-28T01:00', 'Asia/Shanghai', 'America/New_York')).toBe('2017-10-27T13:00');
  });

  it('offsetMinutes: Shanghai +8 all year, Stockholm +1/+2', () => {
    onEverySystemZone(() => {
      expect(offsetMinutes(utc('2017-01-15T12:00'), 'Asia/Shanghai')).toBe(480);
      expect(offsetMinutes(utc('2017-07-15T12:00'), 'Asia/Shanghai')).toBe(480);
      expect(offsetMinutes(utc('2017-01-15T12:00'), 'Europe/Stockholm')).toBe(60);
      expect(offsetMinutes(utc('2017-07-15T12:00'), 'Europe/Stockholm')).toBe(120);
    });
  });
});

describe('compareLocal', () => {
  it('compares times in their own zones, not as text', () => {
    // 13:05 in Stockholm is 19:05 in Shanghai: 15:30 Shanghai the same day is earlier.
    expect(compareLocal('2017-10-27T13:05', 'Europe/Stockholm', '2017-10-27T15:30', 'Asia/Shanghai')).toBeGreaterThan(0);
    expect(compareLocal('2017-10-27T13:05', 'Europe/Stockholm', '2017-10-28T04:30', 'Asia/Shanghai')).toBeLessThan(0);
    expect(compareLocal('2017-10-27T13:05', 'Europe/Stockholm', '2017-10-27T19:05', 'Asia/Shanghai')).toBe(0);
  });
});

describe('date arithmetic', () => {
  it('addDaysToDate crosses month, year and leap-day boundaries', () => {
    expect(addDaysToDate('2017-10-28', 4)).toBe('2017-11-01');
    expect(addDaysToDate('2017-12-30', 3)).toBe('2018-01-02');
    expect(addDaysToDate('2018-01-02', -3)).toBe('2017-12-30');
    expect(addDaysToDate('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDaysToDate('2017-02-28', 1)).toBe('2017-03-01');
    expect(addDaysToDate('2017-10-28', 0)).toBe('2017-10-28');
    expect(addDaysToDate('2017-10-28', 365)).toBe('2018-10-28');
  });

  it('daysBetween counts whole days, also across DST changes and year ends', () => {
    onEverySystemZone(() => {
      expect(daysBetween('2017-10-28', '2017-11-01')).toBe(4);
      expect(daysBetween('2017-03-25', '2017-03-27')).toBe(2);
      expect(daysBetween('2017-10-28', '2017-10-30')).toBe(2);
      expect(daysBetween('2017-12-30', '2018-01-02')).toBe(3);
      expect(daysBetween('2018-01-02', '2017-12-30')).toBe(-3);
      expect(daysBetween('2017-10-28', '2017-10-28')).toBe(0);
    });
  });

  it('addDaysToLocal keeps the wall-clock time', () => {
    expect(addDaysToLocal('2017-10-28T23:45', 1)).toBe('2017-10-29T23:45');
    expect(addDaysToLocal('2017-12-31T09:00', 1)).toBe('2018-01-01T09:00');
    expect(addDaysToLocal('2018-01-01T09:00', -1)).toBe('2017-12-31T09:00');
  });
});
