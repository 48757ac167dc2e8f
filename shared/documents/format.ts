// Each function and locale from its own module: Node resolves every module of the package
// index through date-fns's 200 kB exports map, about 1.5 s at every CLI start (the bundles
// tree-shake either form).
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { sv } from 'date-fns/locale/sv';
import { zhCN } from 'date-fns/locale/zh-CN';
import { formatTimeOfDay } from '../time/typed';
import { formatUtcOffset, offsetMinutes, toInstant } from '../time/zoned';
import { languagesOf, type DocumentLanguage, type LabelLanguage } from './options';

/**
 * Dates and times as the document prints them. Dates are calendar dates (no zone): they are
 * built from their parts so the machine's own zone can never shift a day. Chinese follows
 * Chinese conventions (2026年5月12日 星期二, 5月12日 周二); a bilingual document prints the day
 * headings and the trip's dates in both languages and short dates in its first.
 */
const locales = { sv, en: enGB, zh: zhCN } as const;

function dateOf(date: string): Date {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
const primaryOf = (lang: DocumentLanguage) => languagesOf(lang).primary;

/** The text in the document's first language, then (bilingual documents) in its second. */
function inBoth(lang: DocumentLanguage, text: (one: LabelLanguage) => string): string {
  const { primary, second } = languagesOf(lang);
  return second === null ? text(primary) : `${text(primary)} · ${text(second)}`;
}

/** "Lördag 28 oktober 2017" / "Saturday 28 October 2017" / "2017年10月28日 星期六". */
export function formatDayHeading(date: string, lang: DocumentLanguage): string {
  return inBoth(lang, (one) =>
    one === 'zh'
      ? format(dateOf(date), 'yyyy年M月d日 EEEE', { locale: zhCN })
      : capitalise(format(dateOf(date), 'EEEE d MMMM yyyy', { locale: locales[one] })),
  );
}

/** "lör 28 okt" / "Sat 28 Oct" / "10月28日 周六": beside a time that falls on another date. */
export function formatShortDate(date: string, lang: DocumentLanguage): string {
  const one = primaryOf(lang);
  if (one === 'zh') return format(dateOf(date), 'M月d日 EEE', { locale: zhCN });
  return format(dateOf(date), 'EEE d MMM', { locale: locales[one] }).replace(/\./g, '');
}

/** "28 oktober 2017" / "2017年10月28日". */
export function formatLongDate(date: string, lang: DocumentLanguage): string {
  return longDate(date, primaryOf(lang));
}

function longDate(date: string, one: LabelLanguage): string {
  return format(dateOf(date), one === 'zh' ? 'yyyy年M月d日' : 'd MMMM yyyy', { locale: locales[one] });
}

/**
 * "28 oktober – 4 november 2017", "28–31 oktober 2017", "28 december 2017 – 3 januari 2018";
 * Chinese "2017年10月28日至11月4日", "2017年10月28日至31日".
 */
export function formatDateRange(start: string, end: string, lang: DocumentLanguage): string {
  return inBoth(lang, (one) => dateRange(start, end, one));
}

function dateRange(start: string, end: string, one: LabelLanguage): string {
  const locale = locales[one];
  const a = dateOf(start);
  const b = dateOf(end);
  if (start === end) return longDate(start, one);
  if (one === 'zh') {
    if (a.getFullYear() !== b.getFullYear()) return `${longDate(start, one)}至${longDate(end, one)}`;
    return `${longDate(start, one)}至${format(b, a.getMonth() !== b.getMonth() ? 'M月d日' : 'd日')}`;
  }
  if (a.getFullYear() !== b.getFullYear()) return `${longDate(start, one)} – ${longDate(end, one)}`;
  if (a.getMonth() !== b.getMonth()) return `${format(a, 'd MMMM', { locale })} – ${longDate(end, one)}`;
  return `${format(a, 'd', { locale })}–${longDate(end, one)}`;
}

/**
 * "09:30" in every language (24-hour, also in Chinese): exactly as the app's screens and fields show it (shared/time/typed),
 * so a time reads the same in the UI and in the PDF: date-fns' Swedish "HH.mm" would print
 * "09.30" beside screens that say "09:30".
 */
export function formatTime(local: string, _lang: DocumentLanguage): string {
  return formatTimeOfDay(local);
}

/** "UTC+8", "UTC+5:30", "UTC" for a local time in a zone (so summer time is right). */
export function utcOffsetAt(local: string, zone: string): string {
  return formatUtcOffset(offsetMinutes(toInstant(local, zone), zone));
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
  return sign + (primaryOf(lang) === 'sv' ? text.replace('.', ',') : text);
}
