import { formatTimeOfDay } from '../time/typed';
import type { AppLanguage } from '../domain/language';

/**
 * Dates and times for check messages, spelled out without Intl so every runtime (Electron, the
 * CLI's Node, a browser) writes exactly the same text, and tests can compare it.
 */

const MONTHS: Record<AppLanguage, string[]> = {
  sv: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
const WEEKDAYS: Record<AppLanguage, string[]> = {
  sv: ['sön', 'mån', 'tis', 'ons', 'tors', 'fre', 'lör'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

/** "tis 31 okt" / "Tue 31 Oct"; with `year`: "31 okt 2017" (no weekday). Unreadable input as is. */
export function formatDate(date: string, lang: AppLanguage, { year = false } = {}): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const month = MONTHS[lang][mo - 1];
  if (!month) return date;
  if (year) return `${d} ${month} ${y}`;
  const weekday = WEEKDAYS[lang][new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
  return `${weekday} ${d} ${month}`;
}

/** "09:30" from "2017-10-30T09:30", as the screens and documents write it. */
export function formatTime(local: string): string {
  return formatTimeOfDay(local);
}

/** "tis 31 okt 09:30". */
export function formatDateTime(local: string, lang: AppLanguage): string {
  return `${formatDate(local, lang)} ${formatTime(local)}`;
}

/** "30 okt – 2 nov". */
export function formatDateRange(from: string, to: string, lang: AppLanguage): string {
  return `${formatDate(from, lang)} – ${formatDate(to, lang)}`;
}

/** "Anna, Bo och Cia" / "Anna, Bo and 5 more"; "hela delegationen" when everyone is meant. */
export function formatNames(names: readonly string[], lang: AppLanguage, { everyone = false } = {}): string {
  if (everyone && names.length > 1) return lang === 'sv' ? 'hela delegationen' : 'the whole delegation';
  const and = lang === 'sv' ? 'och' : 'and';
  if (names.length <= 3) {
    if (names.length <= 1) return names[0] ?? '';
    return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
  }
  const more = names.length - 2;
  return `${names.slice(0, 2).join(', ')} ${and} ${more} ${lang === 'sv' ? 'till' : 'more'}`;
}

/** Swedish genitive: "Annas", but "Anders" stays "Anders" (names ending in s, x or z). */
export function genitive(name: string, lang: AppLanguage): string {
  if (lang === 'en') return `${name}’s`;
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/** "Jinan-tid" / "Jinan time" for a zone, named after the trip's destination in it. */
export function formatZone(label: string, lang: AppLanguage): string {
  return lang === 'sv' ? `${label}-tid` : `${label} time`;
}
