import { useTranslation } from 'react-i18next';
import { convertLocal } from '../../../shared/time/zoned';
import { isKnownTimeZone } from '../../../shared/domain/primitives';
import { useDates } from '../lib/useDates';
import { zoneCity } from '../lib/timezones';
import { DateTimeField } from './fields';
import { TimeZoneSelect } from './TimeZoneSelect';

export interface ZonedDateTimeFieldProps {
  /** "Departs", "Starts"… names the date-time input; the zone picker is "<label> – time zone". */
  label: string;
  /** Wall-clock 'YYYY-MM-DDTHH:mm' in `zone` ('' when not set). */
  value: string;
  zone: string;
  onChange: (local: string) => void;
  onZoneChange: (zone: string) => void;
  onBlur?: () => void;
  /** When given and different from `zone`, the same moment at home is shown under the field. */
  homeZone?: string;
  error?: string;
  zoneError?: string;
  required?: boolean;
}

/**
 * A local date-time with its own IANA zone: what an itinerary item stores (a flight departs in
 * one zone and lands in another). Shows the same instant in the home zone as a hint.
 */
export function ZonedDateTimeField({
  label,
  value,
  zone,
  onChange,
  onZoneChange,
  onBlur,
  homeZone,
  error,
  zoneError,
  required,
}: ZonedDateTimeFieldProps) {
  const { t } = useTranslation();
  const dates = useDates();
  const showHome =
    homeZone && value && zone && homeZone !== zone && isKnownTimeZone(zone) && isKnownTimeZone(homeZone) && /T\d\d:\d\d$/.test(value);
  const home = showHome ? convertLocal(value, zone, homeZone) : null;
  return (
    <div className="zoned-datetime">
      <DateTimeField
        label={label}
        value={value}
        required={required}
        error={error}
        onChange={(event) => onChange(event.currentTarget.value)}
        onBlur={onBlur}
        hint={
          home && homeZone
            ? t('timeZone.atHome', { time: dates.dateTime(home), place: zoneCity(homeZone) })
            : undefined
        }
      />
      <TimeZoneSelect
        label={t('timeZone.labelFor', { label })}
        value={zone}
        onChange={onZoneChange}
        onBlur={onBlur}
        referenceDate={value || undefined}
        error={zoneError}
        required={required}
      />
    </div>
  );
}
