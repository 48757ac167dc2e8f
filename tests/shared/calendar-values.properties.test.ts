import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealDate, LocalDateTime } from '../../shared/domain/primitives';

/**
 * The date and time checks read digits directly (a trip file checks tens of thousands of them);
 * they must answer exactly as the plain Date-based reading does, for every string. fast-check
 * draws date-shaped strings (impossible months and days, leap years, years before 100) and
 * arbitrary text.
 */
function dateByDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
function timeBySplit(s: string): boolean {
  const [h, min] = s.split(':').map(Number) as [number, number];
  return h >= 0 && h <= 23 && min >= 0 && min <= 59;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const dateShaped = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const timeShaped = fc.tuple(fc.integer({ min: 0, max: 39 }), fc.integer({ min: 0, max: 99 })).map(([h, m]) => `${pad(h, 2)}:${pad(m, 2)}`);
const nearlyDates = fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', ':', 'T', ' ', 'x'), maxLength: 16 });

describe('calendar values', () => {
  it('a date is real exactly when the Date-based reading says so', () => {
    fc.assert(
      fc.property(fc.oneof(dateShaped, nearlyDates, fc.string()), (s) => {
        expect(isRealDate(s)).toBe(dateByDate(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('leap days: 29 February only in leap years, and 2000 is one while 1900 is not', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2023-02-29')).toBe(false);
    expect(isRealDate('2000-02-29')).toBe(true);
    expect(isRealDate('1900-02-29')).toBe(false);
    expect(isRealDate('0050-01-01')).toBe(false);
  });

  it('a local date-time is accepted exactly when its pattern, its date and its time all hold', () => {
    const dateTime = fc.oneof(
      fc.tuple(dateShaped, timeShaped).map(([d, t]) => `${d}T${t}`),
      fc.tuple(dateShaped, nearlyDates).map(([d, t]) => `${d}T${t}`),
      nearlyDates,
    );
    fc.assert(
      fc.property(dateTime, (s) => {
        const expected = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s) && dateByDate(s.slice(0, 10)) && timeBySplit(s.slice(11));
        expect(LocalDateTime.safeParse(s).success).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
