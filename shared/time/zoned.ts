import { TZDate } from '@date-fns/tz';

/**
 * Wall-clock times in IANA zones. Items keep what the user typed (local date-time + zone) and
 * instants are derived here, so a later tz-database update never moves a meeting's local time.
 */

/** Epoch milliseconds of a local date-time ("2017-10-28T09:30") in `zone`. */
export function toInstant(local: string, zone: string): number {
  const [date, time = '00:00'] = local.split('T') as [string, string?];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new TZDate(y, m - 1, d, h, min, zone).getTime();
}

/** Negative when a is earlier than b, zero when they are the same instant. */
export function compareLocal(aLocal: string, aZone: string, bLocal: string, bZone: string): number {
  return toInstant(aLocal, aZone) - toInstant(bLocal, bZone);
}

/** The local date-time ("YYYY-MM-DDTHH:mm") of an instant as seen in `zone`. */
export function toLocal(instant: number, zone: string): string {
  const t = new TZDate(instant, zone);
  return (
    `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}` +
    `T${pad(t.getHours())}:${pad(t.getMinutes())}`
  );
}

/** Same instant, other zone: the home-time column ("09:30 Jinan = 03:30 Stockholm"). */
export function convertLocal(local: string, fromZone: string, toZone: string): string {
  return toLocal(toInstant(local, fromZone), toZone);
}

/** Offset from UTC in minutes of `zone` at `instant` (Stockholm in summer: 120). */
export function offsetMinutes(instant: number, zone: string): number {
  return -new TZDate(instant, zone).getTimezoneOffset();
}

/** Shift a calendar date ("2017-10-28") by whole days. */
export function addDaysToDate(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  return shifted.toISOString().slice(0, 10);
}

/** Whole days from date a to date b (b - a). */
export function daysBetween(a: string, b: string): number {
  const toUtc = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000);
}

/** Shift a local date-time by whole days, keeping the wall-clock time. */
export function addDaysToLocal(local: string, days: number): string {
  return addDaysToDate(local.slice(0, 10), days) + local.slice(10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
