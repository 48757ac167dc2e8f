import { memo } from 'react';
import { BedDouble, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../../lib/useDates';
import type { NightStay } from './model';

/** "Monday 30 October 2017" (capitalised, as a heading). */
export function useDayTitle() {
  const dates = useDates();
  return (date: string) => {
    const text = dates.longDate(date);
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
}

/**
 * A day's heading: weekday and date, "Day 3" of the trip, the hotel night it is, and an
 * "Add item" for that day. Sticky while its items scroll under it.
 */
export const DayHeader = memo(function DayHeader({
  date,
  dayNumber,
  nights,
  headingId,
  showHome,
  homeLabel,
  onAdd,
  highlighted = false,
  decorative = false,
}: {
  date: string;
  dayNumber: number | null;
  nights: readonly NightStay[];
  headingId?: string;
  showHome: boolean;
  homeLabel: string;
  onAdd?: (date: string) => void;
  /** A deep link points at this day (e.g. a night without accommodation). */
  highlighted?: boolean;
  /** The floating copy over a virtualised list: hidden from assistive technology. */
  decorative?: boolean;
}) {
  const { t } = useTranslation('programme');
  const title = useDayTitle()(date);
  return (
    <div
      className={['pg-day-header', showHome ? 'with-home' : '', highlighted ? 'is-highlighted' : ''].filter(Boolean).join(' ')}
      aria-hidden={decorative || undefined}
    >
      <div className="pg-day-heading">
        {decorative ? (
          <p className="pg-day-title">{title}</p>
        ) : (
          <h2 className="pg-day-title" id={headingId} tabIndex={-1}>
            <time dateTime={date}>{title}</time>
          </h2>
        )}
        {dayNumber !== null ? <span className="pg-day-number">{t('day.number', { n: dayNumber })}</span> : null}
        {nights.map((night) => (
          <span key={night.itemId} className="pg-day-night">
            <BedDouble aria-hidden />
            {t('day.night', { title: night.title, n: night.night, of: night.of })}
          </span>
        ))}
      </div>
      {onAdd && !decorative ? (
        <button type="button" className="pg-day-add" onClick={() => onAdd(date)} aria-label={t('day.addOn', { date: title })}>
          <Plus aria-hidden />
          <span aria-hidden>{t('day.add')}</span>
        </button>
      ) : null}
      {showHome ? (
        <div className="pg-day-columns" aria-hidden>
          <span>{t('day.localTime')}</span>
          <span>{homeLabel}</span>
        </div>
      ) : null}
    </div>
  );
});
