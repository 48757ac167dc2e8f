import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { convertLocal } from '../../../shared/time/zoned';
import { isKnownTimeZone } from '../../../shared/domain/primitives';
import { useDates } from '../lib/useDates';
import { zoneCity } from '../lib/timezones';
import { DateField } from './DateField';
import { TimeField } from './TimeField';
import { TimeZoneSelect } from './TimeZoneSelect';
import { UNREADABLE_DATE, UNREADABLE_DATE_TIME, UNREADABLE_TIME } from './typedEntry';

export interface ZonedDateTimeFieldProps {
  /** "Departs", "Starts"… names the date input; the others are "<label> – time" and "<label> – time zone". */
  label: string;
  /** Wall-clock 'YYYY-MM-DDTHH:mm' in `zone` ('' when not set). */
  value: string;
  zone: string;
  onChange: (local: string) => void;
  onZoneChange: (zone: string) => void;
  onBlur?: () => void;
  /** When given and different from `zone`, the same moment at home is shown under the field. */
  homeZone?: string;
  /** 'YYYY-MM-DD' a year-less date ("10/5") lands nearest to: the trip's first day, the start. */
  referenceDate?: string;
  error?: string;
  zoneError?: string;
  required?: boolean;
}

/** The date and the time as their fields hold them: '' (empty), a value, or UNREADABLE_*. */
interface Parts {
  date: string;
  time: string;
}

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** The parts of a value from the form; null for our own "unreadable" marker (keep the fields). */
function split(value: string): Parts | null {
  if (value === UNREADABLE_DATE_TIME) return null;
  if (LOCAL.test(value)) return { date: value.slice(0, 10), time: value.slice(11, 16) };
  return { date: '', time: '' };
}

/** One value for the form: a date without a time (or the reverse) is not one, so it is unreadable. */
function combine({ date, time }: Parts): string {
  if (!date && !time) return '';
  if (!date || !time || date === UNREADABLE_DATE || time === UNREADABLE_TIME) return UNREADABLE_DATE_TIME;
  return `${date}T${time}`;
}

/**
 * A local date-time with its own IANA zone: what an itinerary item stores (a flight departs in
 * one zone and lands in another). A date field, a time field and a zone picker, so each accepts
 * what people type there ("1005" is 10 May in the date and 10:05 in the time). Shows the same
 * instant in the home zone as a hint.
 */
export function ZonedDateTimeField({
  label,
  value,
  zone,
  onChange,
  onZoneChange,
  onBlur,
  homeZone,
  referenceDate,
  error,
  zoneError,
  required,
}: ZonedDateTimeFieldProps) {
  const { t } = useTranslation();
  const dates = useDates();
  const [parts, setParts] = useState<Parts>(() => split(value) ?? { date: '', time: '' });
  const current = useRef(parts);
  const emitted = useRef(value);

  // A new value from outside (defaults, the all-day switch, a reset) replaces both parts.
  useLayoutEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    const next = split(value);
    if (next) {
      current.current = next;
      setParts(next);
    }
  }, [value]);

  const update = (change: Partial<Parts>) => {
    const next = { ...current.current, ...change };
    current.current = next;
    setParts(next);
    const combined = combine(next);
    if (combined !== emitted.current) {
      emitted.current = combined;
      onChange(combined);
    }
  };

  const readable = (part: string, unreadable: string) => part !== '' && part !== unreadable;
  const needDate = !parts.date && readable(parts.time, UNREADABLE_TIME);
  const needTime = !parts.time && readable(parts.date, UNREADABLE_DATE);
  // The form's message is about the whole value; while a part is missing or unreadable, the
  // fields' own messages say what to fix.
  const formError = combine(parts) === UNREADABLE_DATE_TIME ? undefined : error;

  const showHome = homeZone && zone && homeZone !== zone && isKnownTimeZone(zone) && isKnownTimeZone(homeZone) && LOCAL.test(value);
  const home = showHome && value !== UNREADABLE_DATE_TIME ? convertLocal(value, zone, homeZone) : null;
  return (
    <div className="zoned-datetime">
      <DateField
        label={label}
        value={parts.date}
        required={required}
        error={needDate ? t('dateEntry.needDate') : formError}
        referenceDate={referenceDate}
        onChange={(event) => update({ date: event.currentTarget.value })}
        onDateTimeTyped={(time) => update({ time })}
        onBlur={onBlur}
        hint={home && homeZone ? t('timeZone.atHome', { time: dates.dateTime(home), place: zoneCity(homeZone) }) : undefined}
      />
      <TimeField
        label={t('dateEntry.timeLabelFor', { label })}
        value={parts.time}
        required={required}
        error={needTime ? t('dateEntry.needTime') : undefined}
        onChange={(event) => update({ time: event.currentTarget.value })}
        onBlur={onBlur}
      />
      <TimeZoneSelect
        label={t('timeZone.labelFor', { label })}
        value={zone}
        onChange={onZoneChange}
        onBlur={onBlur}
        referenceDate={LOCAL.test(value) && value !== UNREADABLE_DATE_TIME ? value : undefined}
        error={zoneError}
        required={required}
      />
    </div>
  );
}
