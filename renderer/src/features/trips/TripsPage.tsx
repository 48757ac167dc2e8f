import { ProblemMessage } from '../../app/ProblemMessage';
import { describeProblem } from '../../app/problems';
import { useAppStateSignal } from '../../app/readiness';
import { countLabel } from './labels';
import { useTripsList } from './queries';
import { useTripsListUi } from './store';
import { TripsTable } from './TripsTable';
import './trips.css';

/** The first screen: every trip, newest plans first as the core orders them. */
export function TripsPage() {
  const showArchived = useTripsListUi((s) => s.showArchived);
  const setShowArchived = useTripsListUi((s) => s.setShowArchived);
  const trips = useTripsList(showArchived);
  useAppStateSignal(trips.status);

  return (
    <section className="trips-page" aria-labelledby="trips-heading" aria-busy={trips.status === 'loading'}>
      <div className="page-heading">
        <h1 id="trips-heading">Trips</h1>
        {trips.data ? (
          <p className="page-heading-note" data-testid="trips-count">
            {countLabel(trips.data.length, 'trip', 'trips')}
          </p>
        ) : null}
        <label className="toggle">
          <input
            type="checkbox"
            checked={showArchived}
            onChange={(event) => setShowArchived(event.currentTarget.checked)}
          />
          Show archived trips
        </label>
      </div>

      {trips.status === 'error' ? (
        <ProblemMessage problem={describeProblem(trips.error)} onRetry={trips.reload} />
      ) : trips.data === undefined ? (
        <p className="loading" role="status">
          Loading trips…
        </p>
      ) : trips.data.length === 0 ? (
        <EmptyTrips showArchived={showArchived} />
      ) : (
        <TripsTable trips={trips.data} />
      )}
    </section>
  );
}

function EmptyTrips({ showArchived }: { showArchived: boolean }) {
  return (
    <div className="empty-state" data-testid="trips-empty">
      <h2 className="empty-state-title">No trips yet</h2>
      <p>
        {showArchived
          ? 'There are no trips in this data file, archived or not.'
          : 'Trips you plan, outgoing or incoming, will be listed here.'}
      </p>
    </div>
  );
}
