import type { Destination, TripSummary } from '../../../../shared/domain/trip';
import { dayCount, formatDateRange, formatDayCount } from '../../lib/dates';
import { DIRECTION_LABELS, STATUS_LABELS, nativeNameLanguage } from './labels';

export function TripsTable({ trips }: { trips: TripSummary[] }) {
  return (
    <table className="trips-table">
      <caption className="visually-hidden">All trips with their dates, destinations and size</caption>
      <thead>
        <tr>
          <th scope="col">Trip</th>
          <th scope="col">Dates</th>
          <th scope="col">Destinations</th>
          <th scope="col">Direction</th>
          <th scope="col">Status</th>
          <th scope="col" className="numeric">
            Members
          </th>
          <th scope="col" className="numeric">
            Items
          </th>
        </tr>
      </thead>
      <tbody>
        {trips.map((trip) => (
          <TripRow key={trip.id} trip={trip} />
        ))}
      </tbody>
    </table>
  );
}

function TripRow({ trip }: { trip: TripSummary }) {
  const parties = [trip.sendingOrganisation, trip.hostingOrganisation].filter(Boolean);
  return (
    <tr data-testid="trip-row" data-trip-id={trip.id}>
      <th scope="row" className="trip-title-cell">
        <span className="trip-title">{trip.title}</span>
        {parties.length > 0 ? (
          <span className="trip-parties">
            {parties.join(' → ')}
          </span>
        ) : null}
      </th>
      <td className="trip-dates">
        <time dateTime={trip.startDate}>{formatDateRange(trip.startDate, trip.endDate)}</time>
        <span className="secondary">{formatDayCount(dayCount(trip.startDate, trip.endDate))}</span>
      </td>
      <td>
        {trip.destinations.length === 0 ? (
          <span className="secondary">None yet</span>
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
        <span className={`badge badge-${trip.direction}`}>{DIRECTION_LABELS[trip.direction]}</span>
      </td>
      <td>
        <span className={`status status-${trip.status}`}>{STATUS_LABELS[trip.status]}</span>
        {trip.archivedAt ? <span className="badge badge-archived">Archived</span> : null}
      </td>
      <td className="numeric" data-testid="member-count">
        {trip.memberCount}
      </td>
      <td className="numeric" data-testid="item-count">
        {trip.itemCount}
      </td>
    </tr>
  );
}

function DestinationName({ destination }: { destination: Destination }) {
  const lang = nativeNameLanguage(destination.country);
  const showNative = destination.nativeName !== '' && destination.nativeName !== destination.city;
  return (
    <>
      <span className="destination-city">{destination.city}</span>
      {showNative ? (
        <>
          {' '}
          <span className="destination-native" lang={lang}>
            {destination.nativeName}
          </span>
        </>
      ) : null}
    </>
  );
}
