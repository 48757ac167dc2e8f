import { z } from 'zod';

/** Every entity has a stable UUID so trip files from different laptops can be merged. */
export const Id = z.uuid({ message: 'Must be an id (UUID)' });
export type Id = z.infer<typeof Id>;

/** Calendar date without time or zone, e.g. a trip's first day: 2017-10-28. */
export const LocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the date format YYYY-MM-DD')
  .refine(isRealDate, 'No such date');
export type LocalDate = z.infer<typeof LocalDate>;

/** Wall-clock date-time in some zone, minute precision: 2017-10-28T09:30. */
export const LocalDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use the format YYYY-MM-DDTHH:mm')
  .refine((s) => isRealDate(s.slice(0, 10)) && isRealTime(s.slice(11)), 'No such date or time');
export type LocalDateTime = z.infer<typeof LocalDateTime>;

/** IANA zone name as understood by Intl (Europe/Stockholm, Asia/Shanghai). */
export const TimeZone = z
  .string()
  .min(1, 'Choose a time zone')
  // The input is echoed shortened and on one line: a hostile file's 1 MB "zone" (or one with line
  // breaks) must not become a 1 MB, multi-line error message (found by tests/safety/fuzz-*).
  .refine(isKnownTimeZone, { error: (issue) => `Unknown time zone: ${quoteShort(String(issue.input))}` });
export type TimeZone = z.infer<typeof TimeZone>;

/** `text` shortened and on one line (control characters and line separators replaced), for messages. */
function quoteShort(text: string, max = 60): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  const oneLine = text.slice(0, max).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '\ufffd');
  return text.length > max ? `${oneLine}…` : oneLine;
}

/** Short free text shown on one line (names, titles). Trimmed; limits keep hostile input bounded. */
export const Line = (max = 300) => z.string().trim().max(max, `At most ${max} characters`);
export const RequiredLine = (max = 300) => Line(max).min(1, 'Required');
/** Longer free text (notes, agendas, minutes). */
export const Text = (max = 20_000) => z.string().max(max, `At most ${max} characters`);

export const Email = z
  .string()
  .trim()
  .max(254)
  .refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), 'Not a valid e-mail address');

export const Timestamps = {
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Incremented on every change; calendars use it as SEQUENCE, merges use it to spot edits. */
  revision: z.number().int().nonnegative(),
};

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether YYYY-MM-DD names a day of the calendar (years before 100 are not: JavaScript's Date
 * reads them as 19xx). A date in that shape is read digit by digit: a trip file of 5,000 items
 * checks some 20,000 dates, and splitting each into numbers and building a Date was an eighth of
 * validating the file. Anything else takes the Date route, so the answer is the same for every
 * string (the format's own message covers what is malformed).
 */
export function isRealDate(s: string): boolean {
  const year = digits(s, 0, 4);
  const month = digits(s, 5, 2);
  const day = digits(s, 8, 2);
  if (s.length !== 10 || s[4] !== '-' || s[7] !== '-' || Number.isNaN(year + month + day)) return isRealDateViaDate(s);
  if (year < 100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1]! + (month === 2 && leap ? 1 : 0);
}

function isRealDateViaDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** HH:mm on a 24-hour clock; like isRealDate, quick in that shape and the same answer for any string. */
function isRealTime(s: string): boolean {
  const hours = digits(s, 0, 2);
  const minutes = digits(s, 3, 2);
  if (s.length === 5 && s[2] === ':' && !Number.isNaN(hours + minutes)) return hours <= 23 && minutes <= 59;
  const [h, min] = s.split(':').map(Number) as [number, number];
  return h >= 0 && h <= 23 && min >= 0 && min <= 59;
}

/** The number written by `count` decimal digits from `start`; NaN when any is not a digit. */
function digits(s: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

const zoneCache = new Map<string, boolean>();
export function isKnownTimeZone(zone: string): boolean {
  let known = zoneCache.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = zone.includes('/') || zone === 'UTC';
    } catch {
      known = false;
    }
    zoneCache.set(zone, known);
  }
  return known;
}
