import { TZDate, tzOffset } from '@date-fns/tz';

/**
 * Wall-clock times in IANA zones. Items keep what the user typed (local date-time + zone) and
 * instants are derived here, so a later tz-database update never moves a meeting's local time.
 */

/**
 * Epoch milliseconds of a local date-time ("2017-10-28T09:30") in `zone`.
 *
 * Around a DST change: a time that happens twice (Stockholm 2017-10-29 02:30) is the earlier
 * instant; a time that never happens (Stockholm 2017-03-26 02:30) moves forward by the gap
 * (03:30 summer time). This is what Temporal calls 'compatible'.
 *
 * Only the zone's offsets at fixed instants are used, which do not depend on the machine; not
 * `new TZDate(y, m, d, h, min, zone)`, whose result near DST changes depends on the computer's
 * own time zone (the same item would get a different instant on a laptop set to UTC than on one
 * set to Stockholm, and some zones come out an hour off).
 */
export function toInstant(local: string, zone: string): number {
  // Memoised: the checks rerun over the same items after every edit, and an import validates and
  // writes each item's times more than once; each computation asks Intl for up to four offsets.
  const key = `${zone} ${local}`;
  let instant = instants.get(key);
  if (instant === undefined) {
    if (instants.size >= MAX_MEMOISED) instants.clear();
    instant = computeInstant(local, zone);
    instants.set(key, instant);
  }
  return instant;
}
const instants = new Map<string, number>();
const MAX_MEMOISED = 100_000;

function computeInstant(local: string, zone: string): number {
  const [date, time = '00:00'] = local.split('T') as [string, string?];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  // The wall-clock time read as if it were UTC; the real instant is this minus the offset.
  const wall = Date.UTC(y, m - 1, d, h, min);
  const DAY = 86_400_000;
  // Offsets a day either side cover any single transition near this time (zones change at
  // most once a day); an offset fits when the zone really has it at the resulting instant.
  const before = tzOffset(zone, new Date(wall - DAY));
  const after = tzOffset(zone, new Date(wall + DAY));
  const fits = [before, after]
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => tzOffset(zone, new Date(instant)) * 60_000 === wall - instant);
  if (fits.length) return Math.min(...fits);
  // In a gap: read the time with the offset in force before it, which lands after the gap.
  return wall - before * 60_000;
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

/** "UTC+8", "UTC+5:30", "UTC−3" (a minus sign, not a hyphen), "UTC" for an offset in minutes. */
export function formatUtcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
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
