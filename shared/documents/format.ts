import { format } from 'date-fns';
import { enGB, sv } from 'date-fns/locale';
import { formatTimeOfDay } from '../time/typed';
import { offsetMinutes, toInstant } from '../time/zoned';
import type { DocumentLanguage } from './options';

/**
 * Dates and times as the document prints them. Dates are calendar dates (no zone): they are
 * built from their parts so the machine's own zone can never shift a day.
 */
const locales = { sv, en: enGB } as const;

function dateOf(date: string): Date {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** "Lördag 28 oktober 2017" / "Saturday 28 October 2017". */
export function formatDayHeading(date: string, lang: DocumentLanguage): string {
  return capitalise(format(dateOf(date), 'EEEE d MMMM yyyy', { locale: locales[lang] }));
}

/** "lör 28 okt" / "Sat 28 Oct": beside a time that falls on another date. */
export function formatShortDate(date: string, lang: DocumentLanguage): string {
  return format(dateOf(date), 'EEE d MMM', { locale: locales[lang] }).replace(/\./g, '');
}

/** "lör" / "Sat". */
export function formatWeekdayShort(date: string, lang: DocumentLanguage): string {
  return format(dateOf(date), 'EEE', { locale: locales[lang] }).replace(/\./g, '');
}

/** "28 oktober 2017". */
export function formatLongDate(date: string, lang: DocumentLanguage): string {
  return format(dateOf(date), 'd MMMM yyyy', { locale: locales[lang] });
}

/** "28 oktober – 4 november 2017", "28–31 oktober 2017", "28 december 2017 – 3 januari 2018". */
export function formatDateRange(start: string, end: string, lang: DocumentLanguage): string {
  const locale = locales[lang];
  const a = dateOf(start);
  const b = dateOf(end);
  if (start === end) return formatLongDate(start, lang);
  if (a.getFullYear() !== b.getFullYear()) return `${formatLongDate(start, lang)} – ${formatLongDate(end, lang)}`;
  if (a.getMonth() !== b.getMonth()) return `${format(a, 'd MMMM', { locale })} – ${formatLongDate(end, lang)}`;
  return `${format(a, 'd', { locale })}–${formatLongDate(end, lang)}`;
}

/**
 * "09:30" in both languages: exactly as the app's screens and fields show it (shared/time/typed),
 * so a time reads the same in the UI and in the PDF. Swedish once printed "09.30" here while
 * every screen said "09:30".
 */
export function formatTime(local: string, _lang: DocumentLanguage): string {
  return formatTimeOfDay(local);
}

/** "UTC+8", "UTC+5:30", "UTC" for a local time in a zone (so summer time is right). */
export function formatUtcOffset(local: string, zone: string): string {
  const minutes = offsetMinutes(toInstant(local, zone), zone);
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** "Stockholm" from "Europe/Stockholm", "Ho Chi Minh" from "Asia/Ho_Chi_Minh". */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/** "+7", "−1", "+5,5" (sv) / "+5.5" (en): hours between two zones at a moment. */
export function formatHourDifference(minutes: number, lang: DocumentLanguage): string {
  const sign = minutes > 0 ? '+' : minutes < 0 ? '−' : '±';
  const hours = Math.abs(minutes) / 60;
  const text = Number.isInteger(hours) ? String(hours) : hours.toFixed(1);
  return sign + (lang === 'sv' ? text.replace('.', ',') : text);
}
