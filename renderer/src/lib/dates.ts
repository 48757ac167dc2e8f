import { differenceInCalendarDays, format, type Locale } from 'date-fns';
import { enGB, sv } from 'date-fns/locale';
import { formatTimeOfDay } from '../../../shared/time/typed';
import { toInstant } from '../../../shared/time/zoned';
import type { AppLanguage } from '../../../shared/domain/language';

/**
 * The one place dates become text. Every screen formats through these functions (or the
 * `useDates()` hook in lib/useDates.ts, which binds them to the current UI language), so a
 * date reads the same everywhere and follows the language chosen in Settings.
 *
 * Calendar dates ('YYYY-MM-DD') have no time zone: a trip's first day is the same date
 * everywhere, so they are built as local dates and never converted. Local date-times
 * ('YYYY-MM-DDTHH:mm') are wall-clock times in their own zone and are formatted as written.
 */


const LOCALES: Record<AppLanguage, Locale> = { sv, en: enGB };

export function dateLocale(language: AppLanguage): Locale {
  return LOCALES[language];
}

export function parseLocalDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

/** Swedish abbreviations carry a full stop ("okt."); date ranges read better without it. */
function monthDay(date: Date, pattern: string, language: AppLanguage): string {
  return format(date, pattern, { locale: LOCALES[language] }).replace(/\.(?= |$)/g, '');
}

/** '28 Oct 2017' / '28 okt 2017'. */
export function formatDate(date: string, language: AppLanguage = 'en'): string {
  return monthDay(parseLocalDate(date), 'd MMM yyyy', language);
}

/** 'Saturday 28 October 2017' / 'lördag 28 oktober 2017'. */
export function formatLongDate(date: string, language: AppLanguage = 'en'): string {
  return format(parseLocalDate(date), 'EEEE d MMMM yyyy', { locale: LOCALES[language] });
}

/** 'Sat 28 Oct' / 'lör 28 okt': day headings in a programme. */
export function formatWeekdayDate(date: string, language: AppLanguage = 'en'): string {
  return monthDay(parseLocalDate(date), 'EEE d MMM', language);
}

/**
 * '28 Oct 2017', '28–31 Oct 2017', '28 Oct – 4 Nov 2017' or '28 Dec 2017 – 3 Jan 2018':
 * the shared month and year are written once.
 */
export function formatDateRange(startDate: string, endDate: string, language: AppLanguage = 'en'): string {
  const start = parseLocalDate(startDate);
  const end = parseLocalDate(endDate);
  const f = (d: Date, pattern: string) => monthDay(d, pattern, language);
  if (startDate === endDate) return f(start, 'd MMM yyyy');
  if (start.getFullYear() !== end.getFullYear()) {
    return `${f(start, 'd MMM yyyy')} – ${f(end, 'd MMM yyyy')}`;
  }
  if (start.getMonth() !== end.getMonth()) {
    return `${f(start, 'd MMM')} – ${f(end, 'd MMM yyyy')}`;
  }
  return `${f(start, 'd')}–${f(end, 'd MMM yyyy')}`;
}

/** '09:30' (24-hour clock in both languages), the same as in fields and documents. */
export function formatTime(local: string): string {
  return formatTimeOfDay(local);
}

/** '28 Oct 2017 09:30' for a wall-clock date-time. */
export function formatDateTime(local: string, language: AppLanguage = 'en'): string {
  return `${formatDate(local.slice(0, 10), language)} ${formatTime(local)}`;
}

/** An instant (ISO timestamp such as updatedAt) in the computer's own zone: '28 Oct 2017 09:30'. */
export function formatTimestamp(iso: string, language: AppLanguage = 'en'): string {
  return monthDay(new Date(iso), 'd MMM yyyy HH:mm', language);
}

/** Days the trip spans, first and last day included: 28–31 Oct is 4 days. */
export function dayCount(startDate: string, endDate: string): number {
  return differenceInCalendarDays(parseLocalDate(endDate), parseLocalDate(startDate)) + 1;
}

/** English only; screens use the `common:days` plural through i18n instead. */
export function formatDayCount(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** Epoch milliseconds of a wall-clock time in its zone (re-exported for screens). */
export { toInstant };
