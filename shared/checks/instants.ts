import { tzOffset } from '@date-fns/tz';
import { offsetMinutes, toInstant } from '../time/zoned';

/**
 * `toInstant`, fast enough to rerun every check after each edit. The exact conversion costs tens
 * of microseconds (a TZDate per call); a trip of hundreds of items would spend most of the budget
 * there. Most days have one UTC offset all day, so the offset is found once per zone and local
 * date (two exact conversions) and reused for every minute of it. A day whose offset changes (a
 * DST switch) falls back to the exact conversion for each time, so the answer is always exactly
 * `toInstant`'s — tests compare them minute by minute across DST days, including 30-minute shifts.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
/** Offset (wall-clock as UTC minus instant) per "zone|date"; null on a day the offset changes. */
const dayOffsets = new Map<string, number | null>();
const exact = new Map<string, number>();
// Bounded so a long-running app that checks many trips cannot grow them without limit.
const MAX_ENTRIES = 50_000;

/**
 * Answers already given, by zone and then local date-time: every check run asks again for the
 * instants of the same items, and one lookup is cheaper than reading the date-time anew. Two
 * maps rather than one keyed "zone local": building that key for each question cost as much as
 * the lookup (the per diem asks for every item's start and end on each call).
 */
const answered = new Map<string, Map<string, number>>();
let answeredCount = 0;

/** Epoch milliseconds of a local date-time in `zone`, or NaN when either cannot be read. */
export function instantOf(local: string, zone: string): number {
  let ofZone = answered.get(zone);
  let instant = ofZone?.get(local);
  if (instant === undefined) {
    instant = readInstant(local, zone);
    if (answeredCount >= MAX_ENTRIES) {
      answered.clear();
      answeredCount = 0;
      ofZone = undefined;
    }
    if (!ofZone) answered.set(zone, (ofZone = new Map()));
    ofZone.set(local, instant);
    answeredCount++;
  }
  return instant;
}

function readInstant(local: string, zone: string): number {
  const m = LOCAL.exec(local);
  if (!m) return NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4]);
  const min = Number(m[5]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || min > 59) return NaN;
  const wall = Date.UTC(y, mo - 1, d, h, min);
  const key = `${zone}|${local.slice(0, 10)}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    offset = dayOffset(Date.UTC(y, mo - 1, d, 0, 0), zone);
    if (dayOffsets.size >= MAX_ENTRIES) dayOffsets.clear();
    dayOffsets.set(key, offset);
  }
  if (offset !== null) return wall - offset;
  const exactKey = `${zone}|${local}`;
  let instant = exact.get(exactKey);
  if (instant === undefined) {
    instant = toInstant(local, zone);
    if (exact.size >= MAX_ENTRIES) exact.clear();
    exact.set(exactKey, instant);
  }
  return instant;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The offset (ms) of the local day starting at `wall` (its 00:00 read as UTC) when one offset
 * holds from 00:00 to 23:59; null when it changes that day; NaN for a zone that cannot be read.
 * Four offset lookups, against eight for converting 00:00 and 23:59 each: a day either side
 * gives the candidate, which must then hold at the day's first and last minute. A zone changes
 * its offset at most once a day (as toInstant also assumes), so agreeing ends mean no change.
 */
function dayOffset(wall: number, zone: string): number | null {
  const last = wall + DAY - MINUTE;
  const candidate = tzOffset(zone, new Date(wall - DAY));
  if (Number.isNaN(candidate)) return NaN;
  if (tzOffset(zone, new Date(last + DAY)) !== candidate) return null;
  const offset = candidate * MINUTE;
  const holds = (at: number) => tzOffset(zone, new Date(at - offset)) === candidate;
  return holds(wall) && holds(last) ? offset : null;
}

/**
 * Offset from UTC in minutes in force at a local date-time in `zone` (what `offsetMinutes` of its
 * instant answers), NaN when it cannot be read. On a day with one offset all day that offset is
 * known without a conversion of its own; on a DST switch day each time is converted exactly.
 */
export function offsetMinutesAt(local: string, zone: string): number {
  const instant = instantOf(local, zone);
  if (Number.isNaN(instant)) return NaN;
  const offset = dayOffsets.get(`${zone}|${local.slice(0, 10)}`);
  if (offset !== undefined && offset !== null) return offset / 60_000;
  return offsetMinutes(instant, zone);
}

export function isLocalDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The date `months` calendar months after `date`, clamped to the month's last day
 * (2017-08-31 + 6 months = 2018-02-28), the way passport-validity rules count.
 */
export function addMonthsToDate(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
