import { MapPin, Undo2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { placeLabel, type KnownPlace } from '../../../../shared/places';
import { timeZoneLabel } from '../../lib/timezones';
import type { ZoneNotice } from './zoneRule';

/**
 * Beside a zone picker: what the form changed there by itself (with Undo), or — for a zone the
 * user chose — the zone of the place they named, to take or leave. Never both: a chosen zone
 * is not changed, so it has no notice.
 */
export function ZoneNote({
  label,
  notice,
  offer,
  at,
  onUndo,
  onAccept,
}: {
  /** The date-time field's label ("Arrival"): names the note for screen readers. */
  label: string;
  notice: ZoneNotice | null;
  offer: KnownPlace | null;
  /** The local date-time, for the offsets shown. */
  at: string;
  onUndo: () => void;
  onAccept: () => void;
}) {
  const { t } = useTranslation(['programme', 'common']);
  const zone = (name: string) => timeZoneLabel(name, at || undefined);
  if (notice) {
    const text = notice.place
      ? t('zoneNote.setByPlace', { zone: zone(notice.zone), place: placeLabel(notice.place), was: zone(notice.was) })
      : t('zoneNote.setByPlan', { zone: zone(notice.zone), was: zone(notice.was) });
    return (
      <p className="zone-note" role="status" aria-label={t('zoneNote.changed', { label })}>
        <span>{text}</span>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onUndo}>
          <Undo2 className="btn-icon" aria-hidden />
          {t('common:actions.undo')}
        </button>
      </p>
    );
  }
  if (offer) {
    return (
      <p className="zone-note zone-note-offer" role="status" aria-label={t('zoneNote.offered', { label })}>
        <MapPin aria-hidden className="zone-note-icon" />
        <span>{t('zoneNote.placeIsIn', { place: placeLabel(offer), zone: zone(offer.zone) })}</span>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onAccept}>
          {t('zoneNote.use')}
        </button>
      </p>
    );
  }
  return null;
}
