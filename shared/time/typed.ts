import type { AppLanguage } from '../domain/language';
/**
 * Dates and times as people type and read them in fields: one pure parser and formatter for the
 * UI (renderer/src/ui/DateInput, TimeInput) and the documents, so a time reads the same on the
 * screen and in the PDF of one language.
 *
 * Formats shown (the same whatever the browser's or computer's locale is; native date inputs
 * followed the browser and showed 05/10/2026 and 2:30 PM in a Swedish app):
 * - Swedish: 2026-05-10 and 14:30. ISO dates are how Swedish authorities write dates
 *   (Språkrådet, SS-ISO 8601) and they sort; the colon is the clock separator of ISO 8601 and of
 *   every other screen and document of the app (Språkrådet accepts it beside 14.30).
 * - English: 10 May 2026 and 14:30. The month is spelled out because 05/10/2026 means 10 May to
 *   a British reader and 5 October to an American one; the 24-hour clock because a programme in
 *   Jinan and Stockholm is read by both, and the rest of the app uses it.
 *
 * Forms accepted (both languages, month names in Swedish or English):
 * - dates: 2026-05-10, 2026-5-10, 20260510, 10/5, 10.05, 10-5, 10/5/2026, 10.05.26, 1005
 *   (day and month), 10 maj, 10 maj 2026, 10 May 2026, May 10, May 10, 2026.
 *   Numbers are day first (10/5 is 10 May): the users are Swedish, and so is en-GB.
 *   A two-digit year is 20yy. Six digits (260510 or 100526?) are refused as ambiguous.
 * - times: 14:30, 14.30, 1430, 930, 14, 9, kl 14.30, 2:30 pm, 12 am. Four digits are a time in a
 *   time field and a day and month in a date field (the caller says which it wants).
 * - A date without a year gets the year that puts it nearest the reference date (the trip's
 *   first day where there is a trip, else today): on a trip in late December, 3/1 is next
 *   January; in January, 28/12 is last December.
 *
 * Hand-written rather than date-fns `parse` with a list of patterns: `parse` needs one pattern
 * per form and per locale (and ddMM vs HHmm per field), cannot choose the nearest year, and its
 * month names come from one locale at a time, while officials mix "10 maj" into an English UI.
 * The grammar below is small and every rule is unit-tested (tests/shared/typed.test.ts).
 */


export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: 'empty' | 'unreadable' | 'noSuchDate' | 'noSuchTime' };

/** Short month names as the English format writes them ("10 May 2026"). */
const EN_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Full month names, both languages: a typed word is a month when it starts one (3+ letters). */
const FULL_MONTHS: readonly (readonly string[])[] = [
  ['januari', 'january'],
  ['februari', 'february'],
  ['mars', 'march'],
  ['april'],
  ['maj', 'may'],
  ['juni', 'june'],
  ['juli', 'july'],
  ['augusti', 'august'],
  ['september'],
  ['oktober', 'october'],
  ['november'],
  ['december'],
];

/** The month (1–12) a word names ("maj", "Sept", "oktober"), or null. */
export function monthFromWord(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = FULL_MONTHS.findIndex((names) => names.some((name) => name.startsWith(w)));
  return index >= 0 ? index + 1 : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2026-05-10" (sv) / "10 May 2026" (en): what a date field shows. */
export function formatEntryDate(date: string, lang: AppLanguage): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (lang === 'sv') return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  return `${d} ${EN_SHORT[m - 1]} ${pad(y, 4)}`;
}

/**
 * "14:30" from "14:30" or "2026-05-10T14:30": the 24-hour clock with a colon in both
 * languages, in fields, lists and documents alike.
 */
export function formatTimeOfDay(timeOrLocal: string): string {
  return timeOrLocal.length > 5 ? timeOrLocal.slice(11, 16) : timeOrLocal.slice(0, 5);
}

/** Days in a month of the proleptic Gregorian calendar (no Date: years 0–99 would shift). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

interface DateParts {
  day: number;
  month: number;
  /** null: not typed; the reference date decides. */
  year: number | null;
}

function normalise(text: string): string {
  return text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}

const year = (digits: string | undefined): number | null =>
  digits === undefined ? null : digits.length === 2 ? 2000 + Number(digits) : Number(digits);

/** The parts of a typed date, not yet checked against the calendar; null when no form fits. */
function readDate(text: string): DateParts | null {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = /^(\d{2})(\d{2})$/.exec(text);
  if (m) return { day: Number(m[1]), month: Number(m[2]), year: null };
  // A trailing full stop is how Swedes end "10.5." and abbreviations ("10 okt.").
  const t = text.replace(/\.$/, '');
  m = /^(\d{1,2})([./-])(\d{1,2})(?:\2(\d{4}|\d{2}))?$/.exec(t);
  if (m) return { day: Number(m[1]), month: Number(m[3]), year: year(m[4]) };
  m = /^(\d{1,2})(?:\.|:e|e)? ?(\p{L}+)\.?,? ?(\d{4})?$/u.exec(t);
  if (m) {
    const month = monthFromWord(m[2]!);
    return month ? { day: Number(m[1]), month, year: year(m[3]) } : null;
  }
  m = /^(\p{L}+)\.? ?(\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/u.exec(t);
  if (m) {
    const month = monthFromWord(m[1]!);
    return month ? { day: Number(m[2]), month, year: year(m[3]) } : null;
  }
  return null;
}

/** The year (reference's, or one either side) that puts day/month nearest the reference date. */
export function nearestYear(day: number, month: number, referenceDate: string): number | null {
  const [ry, rm, rd] = referenceDate.split('-').map(Number) as [number, number, number];
  // Shifted by 2,000 years (five 400-year Gregorian cycles, so every leap day stays a leap day)
  // to keep Date.UTC away from its two-digit years 0–99.
  const utc = (y: number, m: number, d: number) => Date.UTC(y + 2000, m - 1, d);
  const reference = utc(ry, rm, rd);
  let best: { year: number; distance: number } | null = null;
  for (const candidate of [ry - 1, ry, ry + 1]) {
    if (day > daysInMonth(candidate, month)) continue; // 29 February
    const distance = Math.abs(utc(candidate, month, day) - reference);
    // Ties (exactly half a year) go to the later date: plans are made ahead.
    if (!best || distance <= best.distance) best = { year: candidate, distance };
  }
  return best?.year ?? null;
}

export interface DateParseOptions {
  /** 'YYYY-MM-DD': where a year-less date should land near (the trip's first day, or today). */
  referenceDate: string;
}

/** A typed date as 'YYYY-MM-DD'. */
export function parseTypedDate(text: string, { referenceDate }: DateParseOptions): ParseResult<string> {
  const t = normalise(text);
  if (!t) return { ok: false, error: 'empty' };
  const parts = readDate(t);
  if (!parts) return { ok: false, error: 'unreadable' };
  const { day, month } = parts;
  if (month < 1 || month > 12 || day < 1) return { ok: false, error: 'noSuchDate' };
  const y = parts.year ?? nearestYear(day, month, referenceDate);
  if (y === null || y < 1000 || y > 9999 || day > daysInMonth(y, month)) return { ok: false, error: 'noSuchDate' };
  return { ok: true, value: `${pad(y, 4)}-${pad(month)}-${pad(day)}` };
}

/** A typed time of day as 'HH:mm' (24-hour clock). */
export function parseTypedTime(text: string): ParseResult<string> {
  // "kl 14", "kl. 14.30": how Swedish programmes write times.
  const t = normalise(text).replace(/^kl\.? ?/, '');
  if (!t) return { ok: false, error: 'empty' };
  const m = /^(?:(\d{1,2})(?:[:.](\d{2}))?|(\d{1,2})(\d{2}))(?: ?([ap])\.?m\.?)?$/.exec(t);
  if (!m) return { ok: false, error: 'unreadable' };
  let hours = Number(m[1] ?? m[3]);
  const minutes = Number(m[2] ?? m[4] ?? 0);
  const meridiem = m[5];
  if (minutes > 59) return { ok: false, error: 'noSuchTime' };
  if (meridiem) {
    if (hours < 1 || hours > 12) return { ok: false, error: 'noSuchTime' };
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hours > 23) return { ok: false, error: 'noSuchTime' };
  return { ok: true, value: `${pad(hours)}:${pad(minutes)}` };
}

/**
 * A date and a time typed into one field ("2026-05-10T14:30", "10 maj 14.30", "10/5 1430"); try
 * parseTypedDate first, since "10 maj 2026" is a date, not 10 May at 20:26. The time is what
 * follows the last space (or the ISO "T"). Null when the text is not both.
 */
export function parseTypedDateTime(text: string, options: DateParseOptions): { date: string; time: string } | null {
  const t = normalise(text);
  const split = /^(\d{4}-\d{1,2}-\d{1,2})t(.+)$/.exec(t) ?? /^(.+) (\S+)$/.exec(t);
  if (!split) return null;
  const date = parseTypedDate(split[1]!, options);
  const time = parseTypedTime(split[2]!);
  return date.ok && time.ok ? { date: date.value, time: time.value } : null;
}
