import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LocalDate } from '../../shared/domain/primitives';
import {
  daysInMonth,
  formatEntryDate,
  formatTimeOfDay,
  monthFromWord,
  nearestYear,
  parseTypedDate,
  parseTypedDateTime,
  parseTypedTime,
} from '../../shared/time/typed';
import { formatTime as documentTime } from '../../shared/documents/format';
import { formatTime as checkTime } from '../../shared/checks/format';

const TRIP = { referenceDate: '2026-05-01' };
const date = (text: string, options = TRIP) => parseTypedDate(text, options);
const ok = (value: string) => ({ ok: true, value });
const fail = (error: string) => ({ ok: false, error });

describe('typed dates', () => {
  it.each([
    // The forms the issue lists, and their variants.
    ['2026-05-10', '2026-05-10'],
    ['2026-5-10', '2026-05-10'],
    ['2026/05/10', '2026-05-10'],
    ['2026.05.10', '2026-05-10'],
    ['20260510', '2026-05-10'],
    ['10/5', '2026-05-10'],
    ['10.05', '2026-05-10'],
    ['10.5.', '2026-05-10'],
    ['10-5', '2026-05-10'],
    ['1005', '2026-05-10'],
    ['10/5/2026', '2026-05-10'],
    ['10.05.2026', '2026-05-10'],
    ['10/5/27', '2027-05-10'],
    ['10 maj', '2026-05-10'],
    ['10 Maj 2026', '2026-05-10'],
    ['10 maj. 2026', '2026-05-10'],
    ['10:e maj', '2026-05-10'],
    ['10 May 2026', '2026-05-10'],
    ['10 may', '2026-05-10'],
    ['May 10', '2026-05-10'],
    ['May 10, 2026', '2026-05-10'],
    ['May 10th', '2026-05-10'],
    ['3 okt', '2026-10-03'],
    ['3 oktober', '2026-10-03'],
    ['3 Oct.', '2026-10-03'],
    ['3 sept 2026', '2026-09-03'],
    ['  10   maj  ', '2026-05-10'],
    ['1 mars', '2026-03-01'],
    ['1 March', '2026-03-01'],
  ])('%s → %s', (text, expected) => {
    expect(date(text)).toEqual(ok(expected));
  });

  it('reads numbers day first, as Swedes (and the British) write them', () => {
    expect(date('3/4')).toEqual(ok('2026-04-03'));
    expect(date('0304')).toEqual(ok('2026-04-03'));
    expect(date('12/1', { referenceDate: '2026-12-01' })).toEqual(ok('2027-01-12'));
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['10:05', 'unreadable'],
    ['hello', 'unreadable'],
    ['10 foo', 'unreadable'],
    ['10 ma', 'unreadable'],
    ['260510', 'unreadable'],
    ['100526', 'unreadable'],
    ['105', 'unreadable'],
    ['10/5/202', 'unreadable'],
    ['10/5.2026', 'unreadable'],
    ['2026-05-10T14:30', 'unreadable'],
    ['31/2', 'noSuchDate'],
    ['30 feb 2026', 'noSuchDate'],
    ['29/2/2026', 'noSuchDate'],
    ['0/5', 'noSuchDate'],
    ['10/13', 'noSuchDate'],
    ['1300', 'noSuchDate'],
    ['2026-00-10', 'noSuchDate'],
    ['2026-04-31', 'noSuchDate'],
    ['0000-01-01', 'noSuchDate'],
  ])('%j is refused (%s)', (text, error) => {
    expect(date(text)).toEqual(fail(error));
  });

  it('every day of the year in every numeric and named form, exhaustively', () => {
    const names = [
      ['januari', 'jan', 'January', 'Jan'],
      ['februari', 'feb', 'February', 'Feb'],
      ['mars', 'mar', 'March', 'Mar'],
      ['april', 'apr', 'April', 'Apr'],
      ['maj', 'maj', 'May', 'May'],
      ['juni', 'jun', 'June', 'Jun'],
      ['juli', 'jul', 'July', 'Jul'],
      ['augusti', 'aug', 'August', 'Aug'],
      ['september', 'sep', 'September', 'Sept'],
      ['oktober', 'okt', 'October', 'Oct'],
      ['november', 'nov', 'November', 'Nov'],
      ['december', 'dec', 'December', 'Dec'],
    ];
    // A reference in the middle of the year so every day/month lands in the same (leap) year.
    const reference = { referenceDate: '2028-07-01' };
    for (let m = 1; m <= 12; m++) {
      for (let d = 1; d <= daysInMonth(2028, m); d++) {
        const expected = ok(`2028-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
        const dd = String(d).padStart(2, '0');
        const mm = String(m).padStart(2, '0');
        const forms = [`${d}/${m}`, `${d}.${m}`, `${dd}.${mm}`, `${d}-${m}`, `${dd}${mm}`, `${d}.${m}.`, `${d}/${m}/2028`, `${dd}.${mm}.28`];
        for (const name of names[m - 1]!) forms.push(`${d} ${name}`, `${d} ${name.toUpperCase()}`, `${name} ${d}`, `${d} ${name} 2028`);
        for (const form of forms) expect([form, parseTypedDate(form, reference)]).toEqual([form, expected]);
      }
    }
  });

  it('"1005" is 10 May in a date field and 10:05 in a time field; "10:05" is only a time', () => {
    expect(date('1005')).toEqual(ok('2026-05-10'));
    expect(parseTypedTime('1005')).toEqual(ok('10:05'));
    expect(date('10.05')).toEqual(ok('2026-05-10'));
    expect(parseTypedTime('10.05')).toEqual(ok('10:05'));
    expect(date('10:05')).toEqual(fail('unreadable'));
    expect(parseTypedTime('10:05')).toEqual(ok('10:05'));
  });

  it('29 February exists in leap years only', () => {
    expect(date('29/2/2028')).toEqual(ok('2028-02-29'));
    expect(date('29/2/2000')).toEqual(ok('2000-02-29'));
    expect(date('29/2/1900')).toEqual(fail('noSuchDate'));
    // Without a year: the nearest leap year within one either side of the reference, if any.
    expect(date('29/2', { referenceDate: '2027-11-01' })).toEqual(ok('2028-02-29'));
    expect(date('29/2', { referenceDate: '2026-02-01' })).toEqual(fail('noSuchDate'));
    // The leap year is taken however far its 29 February lies (551 days here).
    expect(date('29/2', { referenceDate: '1013-09-02' })).toEqual(ok('1012-02-29'));
  });

  it('a year-less date lands nearest the reference date (the trip), across new year too', () => {
    const lateDecember = { referenceDate: '2026-12-28' };
    expect(date('3/1', lateDecember)).toEqual(ok('2027-01-03'));
    expect(date('30/12', lateDecember)).toEqual(ok('2026-12-30'));
    const earlyJanuary = { referenceDate: '2027-01-02' };
    expect(date('28/12', earlyJanuary)).toEqual(ok('2026-12-28'));
    expect(date('5 jan', earlyJanuary)).toEqual(ok('2027-01-05'));
    // Half a year either way: the later date wins (plans are made ahead).
    expect(nearestYear(1, 7, '2026-01-01')).toBe(2026);
    // Real calendar distances: 182 days back, 183 ahead; a tie needs a 366-day year (2028).
    expect(nearestYear(1, 1, '2026-07-02')).toBe(2026);
    expect(nearestYear(1, 1, '2026-07-03')).toBe(2027);
    expect(nearestYear(1, 1, '2028-07-02')).toBe(2029);
  });

  it('property: a year-less date is the given day and month within half a year of the reference', () => {
    fc.assert(
      fc.property(isoDate(1001, 9998), isoDate(1001, 9998), (reference, target) => {
        const [, m, d] = target.split('-').map(Number) as [number, number, number];
        const parsed = parseTypedDate(`${d}/${m}`, { referenceDate: reference });
        if (!parsed.ok) {
          expect(parsed.error).toBe('noSuchDate');
          expect([m, d]).toEqual([2, 29]);
          return;
        }
        expect(parsed.value.slice(5)).toBe(target.slice(5));
        if (m === 2 && d === 29) {
          // Only one year in any three is a leap year: that one, however far its 29 February is.
          expect(Math.abs(Number(parsed.value.slice(0, 4)) - Number(reference.slice(0, 4)))).toBeLessThanOrEqual(1);
          return;
        }
        const days = Math.abs(Date.parse(parsed.value) - Date.parse(reference)) / 86_400_000;
        expect(days).toBeLessThanOrEqual(183); // half of a 366-day year
      }),
    );
  });

  it('formats Swedish as ISO and English with the month spelled out, whatever the locale', () => {
    expect(formatEntryDate('2026-05-10', 'sv')).toBe('2026-05-10');
    expect(formatEntryDate('2026-05-10', 'en')).toBe('10 May 2026');
    expect(formatEntryDate('2017-10-28T09:30', 'en')).toBe('28 Oct 2017');
    expect(formatEntryDate('2017-09-03', 'en')).toBe('3 Sep 2017');
  });

  it('property: formatting a date then reading it back is the identity, in both languages', () => {
    fc.assert(
      fc.property(isoDate(1000, 9999), fc.constantFrom('sv' as const, 'en' as const), isoDate(1000, 9999), (d, lang, reference) => {
        expect(parseTypedDate(formatEntryDate(d, lang), { referenceDate: reference })).toEqual(ok(d));
      }),
      { numRuns: 2000 },
    );
  });

  it('property: whatever it accepts is a date the domain schema accepts', () => {
    const typed = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.stringMatching(/^\d{1,8}([./ -]\d{1,4}){0,2}$/),
      fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('maj', 'May', 'okt', 'feb', 'x')).map(([d, m]) => `${d} ${m}`),
    );
    fc.assert(
      fc.property(typed, (text) => {
        const parsed = date(text);
        if (parsed.ok) expect(LocalDate.safeParse(parsed.value).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('knows the months in Swedish and English, 3 letters or more', () => {
    expect(monthFromWord('maj')).toBe(5);
    expect(monthFromWord('May')).toBe(5);
    expect(monthFromWord('okt.')).toBe(10);
    expect(monthFromWord('Oct')).toBe(10);
    expect(monthFromWord('augusti')).toBe(8);
    expect(monthFromWord('mar')).toBe(3);
    expect(monthFromWord('ma')).toBeNull();
    expect(monthFromWord('juno')).toBeNull();
    for (let m = 1; m <= 12; m++) expect(daysInMonth(2026, m)).toBe(new Date(Date.UTC(2026, m, 0)).getUTCDate());
  });
});

describe('typed times', () => {
  it.each([
    ['10:05', '10:05'],
    ['10.05', '10:05'],
    ['1005', '10:05'],
    ['14:30', '14:30'],
    ['1430', '14:30'],
    ['930', '09:30'],
    ['9', '09:00'],
    ['14', '14:00'],
    ['0', '00:00'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
    ['kl 14', '14:00'],
    ['kl. 14.30', '14:30'],
    ['Kl 9.05', '09:05'],
    ['2:30 pm', '14:30'],
    ['2pm', '14:00'],
    ['12 am', '00:00'],
    ['12:15 p.m.', '12:15'],
    [' 7.45 ', '07:45'],
  ])('%s → %s', (text, expected) => {
    expect(parseTypedTime(text)).toEqual(ok(expected));
  });

  it.each([
    ['', 'empty'],
    ['kl', 'empty'],
    ['10:5', 'unreadable'],
    ['12345', 'unreadable'],
    ['10 maj', 'unreadable'],
    ['14:30:00', 'unreadable'],
    ['noon', 'unreadable'],
    ['24:00', 'noSuchTime'],
    ['2400', 'noSuchTime'],
    ['10:60', 'noSuchTime'],
    ['13 pm', 'noSuchTime'],
    ['0 am', 'noSuchTime'],
  ])('%j is refused (%s)', (text, error) => {
    expect(parseTypedTime(text)).toEqual(fail(error));
  });

  it('every minute of the day in every typed form, exhaustively', () => {
    for (let h = 0; h < 24; h++) {
      for (let m = 0; m < 60; m++) {
        const hh = String(h).padStart(2, '0');
        const mm = String(m).padStart(2, '0');
        const expected = ok(`${hh}:${mm}`);
        for (const form of [`${hh}:${mm}`, `${h}:${mm}`, `${h}.${mm}`, `${hh}${mm}`, `${h}${mm}`, `kl ${h}.${mm}`, `kl. ${hh}:${mm}`]) {
          expect([form, parseTypedTime(form)]).toEqual([form, expected]);
        }
        const twelve = h % 12 === 0 ? 12 : h % 12;
        expect(parseTypedTime(`${twelve}:${mm} ${h < 12 ? 'am' : 'pm'}`)).toEqual(expected);
      }
    }
  });

  it('property: formatting a time then reading it back is the identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        expect(parseTypedTime(formatTimeOfDay(time))).toEqual(ok(time));
        expect(parseTypedTime(formatTimeOfDay(`2026-05-10T${time}`))).toEqual(ok(time));
      }),
    );
  });

  it('the screens, the documents and the check messages write a time the same way, in both languages', () => {
    for (const local of ['2017-10-28T09:05', '2017-10-28T14:30', '2017-10-28T00:00']) {
      const time = formatTimeOfDay(local);
      expect(time).toMatch(/^\d\d:\d\d$/);
      expect(documentTime(local, 'sv')).toBe(time);
      expect(documentTime(local, 'en')).toBe(time);
      expect(checkTime(local)).toBe(time);
    }
  });
});

describe('typed date and time in one field', () => {
  it.each([
    ['2026-05-10T14:30', { date: '2026-05-10', time: '14:30' }],
    ['2026-05-10 14:30', { date: '2026-05-10', time: '14:30' }],
    ['10 maj 14.30', { date: '2026-05-10', time: '14:30' }],
    ['10/5 1430', { date: '2026-05-10', time: '14:30' }],
    ['10 May 2026 9', { date: '2026-05-10', time: '09:00' }],
  ])('%s', (text, expected) => {
    expect(parseTypedDateTime(text, TRIP)).toEqual(expected);
  });

  it.each(['2026-05-10', '10 maj', '10/5 25:00', '31/2 10:00', 'x 10:00'])('%j is not a date and a time', (text) => {
    expect(parseTypedDateTime(text, TRIP)).toBeNull();
  });
});

/** 'YYYY-MM-DD' for every real day of the years from..to. */
function isoDate(from: number, to: number) {
  return fc
    .tuple(fc.integer({ min: from, max: to }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .filter(([y, m, d]) => d <= daysInMonth(y, m))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}
