import { useMemo } from 'react';
import { useSettings } from '../state/settings';
import {
  formatDate,
  formatDateRange,
  formatDateTime,
  formatLongDate,
  formatTime,
  formatTimestamp,
  formatWeekdayDate,
} from './dates';

/**
 * Date formatters bound to the current UI language (re-renders when it changes):
 * `const dates = useDates(); dates.range(trip.startDate, trip.endDate)`.
 */
export function useDates() {
  const language = useSettings((s) => s.language);
  return useMemo(
    () => ({
      language,
      date: (date: string) => formatDate(date, language),
      longDate: (date: string) => formatLongDate(date, language),
      weekdayDate: (date: string) => formatWeekdayDate(date, language),
      range: (start: string, end: string) => formatDateRange(start, end, language),
      time: formatTime,
      dateTime: (local: string) => formatDateTime(local, language),
      timestamp: (iso: string) => formatTimestamp(iso, language),
    }),
    [language],
  );
}
