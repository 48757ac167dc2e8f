import { useDeferredValue } from 'react';
import { Archive, ArchiveRestore, Copy, Pencil, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from '../../navigation/Link';
import type { TripSummary } from '../../../../shared/domain/trip';
import { paths } from '../../navigation/routes';
import { dayCount } from '../../lib/dates';
import { useDates } from '../../lib/useDates';
import { Menu } from '../../ui/Menu';
import { DestinationName } from './DestinationName';
import { ArchivedBadge, DirectionBadge, StatusBadge } from './TripBadges';
import { DemoBadge } from '../settings';

export interface TripsTableProps {
  trips: TripSummary[];
  /** Trips to mark as demo data (removable in Settings). */
  demoTripIds?: readonly string[];
  onEdit: (trip: TripSummary) => void;
  onDuplicate: (trip: TripSummary) => void;
  onArchive: (trip: TripSummary, archived: boolean) => void;
  onDelete: (trip: TripSummary) => void;
}

/**
 * Rows in the list's first frame: more than a screenful. An office's whole history (hundreds of
 * trips) would hold the first frame for hundreds of milliseconds; the rest render right after,
 * in the background (a deferred value: input and navigation interrupt it), so every row is in
 * the page a moment later, for Ctrl+F and screen readers alike.
 */
const FIRST_FRAME_ROWS = 40;

export function TripsTable({ trips, demoTripIds = [], ...actions }: TripsTableProps) {
  const { t } = useTranslation('trips');
  const rowCount = useDeferredValue(trips.length, Math.min(trips.length, FIRST_FRAME_ROWS));
  return (
    <div className="table-card trips-table-card">
      <table className="data-table trips-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        {/* Column widths fixed in CSS (trips.css): the rows after the first frame must not move them. */}
        <colgroup>
          <col className="trips-col-trip" />
          <col className="trips-col-dates" />
          <col className="trips-col-destinations" />
          <col className="trips-col-direction" />
          <col className="trips-col-status" />
          <col className="trips-col-members" />
          <col className="trips-col-items" />
          <col className="trips-col-actions" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('table.trip')}</th>
            <th scope="col">{t('table.dates')}</th>
            <th scope="col">{t('table.destinations')}</th>
            <th scope="col">{t('table.direction')}</th>
            <th scope="col">{t('table.status')}</th>
            <th scope="col" className="numeric">
              {t('table.members')}
            </th>
            <th scope="col" className="numeric">
              {t('table.items')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {trips.slice(0, rowCount).map((trip) => (
            <TripRow key={trip.id} trip={trip} demo={demoTripIds.includes(trip.id)} {...actions} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TripRow({
  trip,
  demo,
  onEdit,
  onDuplicate,
  onArchive,
  onDelete,
}: { trip: TripSummary; demo: boolean } & Omit<TripsTableProps, 'trips' | 'demoTripIds'>) {
  const { t } = useTranslation(['trips', 'common']);
  const dates = useDates();
  const navigate = useNavigate();
  const parties = [trip.sendingOrganisation, trip.hostingOrganisation].filter(Boolean);
  const href = paths.trip(trip.id, 'overview');
  return (
    <tr
      data-testid="trip-row"
      data-trip-id={trip.id}
      className="clickable-row"
      onClick={(event) => {
        // The whole row opens the trip; its links, buttons and menu keep their own meaning.
        if ((event.target as HTMLElement).closest('a, button, [popover]')) return;
        navigate(href);
      }}
    >
      <th scope="row" className="trip-title-cell">
        <Link href={href} className="trip-title">
          {trip.title}
        </Link>
        {parties.length > 0 ? <span className="trip-parties">{parties.join(' → ')}</span> : null}
      </th>
      <td className="trip-dates">
        <time dateTime={trip.startDate}>{dates.range(trip.startDate, trip.endDate)}</time>
        <span className="secondary">{t('common:days', { count: dayCount(trip.startDate, trip.endDate) })}</span>
      </td>
      <td>
        {trip.destinations.length === 0 ? (
          <span className="secondary">{t('table.noDestinations')}</span>
        ) : (
          <ul className="destinations">
            {trip.destinations.map((destination, index) => (
              <li key={index}>
                <DestinationName destination={destination} />
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        <DirectionBadge direction={trip.direction} />
      </td>
      <td>
        <div className="badge-stack">
          <StatusBadge status={trip.status} />
          {trip.archivedAt ? <ArchivedBadge /> : null}
          {demo ? <DemoBadge /> : null}
        </div>
      </td>
      <td className="numeric" data-testid="member-count">
        {trip.memberCount}
      </td>
      <td className="numeric" data-testid="item-count">
        {trip.itemCount}
      </td>
      <td className="row-actions">
        <Menu
          label={t('table.moreActions', { title: trip.title })}
          items={() => [
            { label: t('actions.edit'), icon: Pencil, onSelect: () => onEdit(trip) },
            { label: t('actions.duplicate'), icon: Copy, onSelect: () => onDuplicate(trip) },
            trip.archivedAt
              ? { label: t('actions.unarchive'), icon: ArchiveRestore, onSelect: () => onArchive(trip, false) }
              : { label: t('actions.archive'), icon: Archive, onSelect: () => onArchive(trip, true) },
            { label: t('actions.delete'), icon: Trash2, tone: 'danger', separated: true, onSelect: () => onDelete(trip) },
          ]}
        />
      </td>
    </tr>
  );
}
