import { useState } from 'react';
import { Luggage, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { TripSummary } from '../../../../shared/domain/trip';
import { useCommand } from '../../navigation/commands';
import { ProblemMessage } from '../../navigation/ProblemMessage';
import { describeProblem } from '../../navigation/problems';
import { useAppStateSignal } from '../../navigation/readiness';
import { shortcutLabel } from '../../lib/platform';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { LoadingState } from '../../ui/LoadingState';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { ImportTripButton } from '../sharing';
import { DemoOffer } from '../settings';
import { useQuery } from '../../api/query';
import { useTripActions } from './actions';
import { DuplicateTripDialog } from './DuplicateTripDialog';
import { useTripsList } from './queries';
import { useTripsListUi } from './store';
import { TripCreateDialog } from './TripCreateDialog';
import { TripEditDialog } from './TripEditDialog';
import { TripsTable } from './TripsTable';
import './trips.css';

type OpenDialog =
  | { kind: 'create' }
  | { kind: 'edit'; trip: TripSummary }
  | { kind: 'duplicate'; trip: TripSummary }
  | { kind: 'delete'; trip: TripSummary }
  | null;

/** Home: every trip, newest plans first as the core orders them; create, duplicate, archive, delete. */
export function TripsPage() {
  const { t } = useTranslation('trips');
  const showArchived = useTripsListUi((s) => s.showArchived);
  const setShowArchived = useTripsListUi((s) => s.setShowArchived);
  const trips = useTripsList(showArchived);
  // Demo trips are marked in the list (demo:load and demo:remove re-read it).
  const demoTripIds = useQuery('demo:status', {}).data?.demoTripIds;
  useAppStateSignal(trips.status, trips.data !== undefined);
  const actions = useTripActions();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = () => setDialog(null);

  // File → New trip, Ctrl/Cmd+N on this screen.
  useCommand('new-trip', () => setDialog({ kind: 'create' }));

  const newTripButton = (
    <Button variant="primary" icon={Plus} onClick={() => setDialog({ kind: 'create' })} title={shortcutLabel('N')}>
      {t('newTrip')}
    </Button>
  );

  return (
    <div className="page trips-page" aria-busy={trips.status === 'loading'}>
      <ScreenHeader
        id="trips-heading"
        title={t('title')}
        description={
          trips.data ? (
            <span data-testid="trips-count">{t('count', { count: trips.data.length })}</span>
          ) : undefined
        }
        actions={
          <>
            <label className="switch">
              <input
                type="checkbox"
                role="switch"
                checked={showArchived}
                onChange={(event) => setShowArchived(event.currentTarget.checked)}
              />
              <span className="switch-track" aria-hidden />
              {t('showArchived')}
            </label>
            <ImportTripButton />
            {trips.data?.length === 0 && !showArchived ? null : newTripButton}
          </>
        }
      />

      {trips.status === 'error' ? (
        <ProblemMessage problem={describeProblem(trips.error)} onRetry={trips.reload} />
      ) : trips.data === undefined ? (
        <LoadingState label={t('loading')} />
      ) : trips.data.length === 0 ? (
        <EmptyState icon={Luggage} title={t('empty.title')} testId="trips-empty" action={showArchived ? undefined : newTripButton}>
          {showArchived ? t('empty.bodyArchived') : t('empty.body')}
          {showArchived ? null : <DemoOffer />}
        </EmptyState>
      ) : (
        <TripsTable
          trips={trips.data}
          demoTripIds={demoTripIds}
          onEdit={(trip) => setDialog({ kind: 'edit', trip })}
          onDuplicate={(trip) => setDialog({ kind: 'duplicate', trip })}
          onArchive={(trip, archived) => void actions.setArchived(trip, archived)}
          onDelete={(trip) => setDialog({ kind: 'delete', trip })}
        />
      )}

      {dialog?.kind === 'create' ? <TripCreateDialog onClose={close} /> : null}
      {dialog?.kind === 'edit' ? (
        <TripEditDialog trip={trips.data?.find((trip) => trip.id === dialog.trip.id) ?? dialog.trip} onClose={close} />
      ) : null}
      {dialog?.kind === 'duplicate' ? <DuplicateTripDialog trip={dialog.trip} onClose={close} /> : null}
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        tone="danger"
        title={dialog?.kind === 'delete' ? t('delete.title', { title: dialog.trip.title }) : ''}
        message={
          dialog?.kind === 'delete' ? (
            <p>
              {t('delete.message', { members: dialog.trip.memberCount, items: dialog.trip.itemCount })}
            </p>
          ) : null
        }
        confirmLabel={t('delete.confirm')}
        onCancel={close}
        onConfirm={async () => {
          if (dialog?.kind !== 'delete') return;
          await actions.remove(dialog.trip);
          close();
        }}
      />
    </div>
  );
}
