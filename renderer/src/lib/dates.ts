import { differenceInCalendarDays, format } from 'date-fns';

/**
 * Calendar dates ('YYYY-MM-DD') as people read them. They have no time zone: a trip's first
 * day is the same date everywhere, so they are built as local dates and never converted.
 */
export function parseLocalDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

/**
 * '28 Oct 2017', '28–31 Oct 2017', '28 Oct – 4 Nov 2017' or '28 Dec 2017 – 3 Jan 2018':
 * the shared month and year are written once.
 */
export function formatDateRange(startDate: string, endDate: string): string {
  const start = parseLocalDate(startDate);
  const end = parseLocalDate(endDate);
  if (startDate === endDate) return format(start, 'd MMM yyyy');
  if (start.getFullYear() !== end.getFullYear()) {
    return `${format(start, 'd MMM yyyy')} – ${format(end, 'd MMM yyyy')}`;
  }
  if (start.getMonth() !== end.getMonth()) {
    return `${format(start, 'd MMM')} – ${format(end, 'd MMM yyyy')}`;
  }
  return `${format(start, 'd')}–${format(end, 'd MMM yyyy')}`;
}

/** Days the trip spans, first and last day included: 28–31 Oct is 4 days. */
export function dayCount(startDate: string, endDate: string): number {
  return differenceInCalendarDays(parseLocalDate(endDate), parseLocalDate(startDate)) + 1;
}

export function formatDayCount(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}
