import { Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, useParams } from 'wouter';
import { ProblemMessage } from '../../app/ProblemMessage';
import { describeProblem } from '../../app/problems';
import { useAppStateSignal } from '../../app/readiness';
import { isTripTab, paths } from '../../app/routes';
import { LoadingState } from '../../ui/LoadingState';
import { TripWorkspaceContext, type TripWorkspaceContextValue } from './context';
import { useTripWorkspaceQuery } from './queries';
import { preloadTabScreen, TAB_SCREENS } from './screens';
import { WorkspaceSidebar } from './WorkspaceSidebar';
import './workspace.css';

/** #/trips/:tripId/:tab/:focusId? — the sidebar with the trip and its tabs, and the tab's screen. */
export function TripWorkspace() {
  const { t } = useTranslation();
  const params = useParams<{ tripId: string; tab?: string; focusId?: string }>();
  const tripId = params.tripId;
  const tab = isTripTab(params.tab) ? params.tab : null;
  const query = useTripWorkspaceQuery(tripId);
  // Fetch the tab's code in parallel with the trip's data, not after it.
  useEffect(() => {
    if (tab) preloadTabScreen(tab);
  }, [tab]);
  useAppStateSignal(query.status, query.data !== undefined && query.data.trip.id === tripId);

  const data = query.data && query.data.trip.id === tripId ? query.data : undefined;
  const value = useMemo<TripWorkspaceContextValue | null>(
    () =>
      data && tab
        ? {
            tripId,
            tab,
            focusId: params.focusId ?? null,
            workspace: data,
            refreshing: query.status === 'loading',
            reload: query.reload,
          }
        : null,
    [data, tab, tripId, params.focusId, query.status, query.reload],
  );

  if (!tab) return <Redirect to={paths.trip(tripId, 'overview')} replace />;

  if (query.status === 'error' && !data) {
    return (
      <div className="page">
        <ProblemMessage problem={describeProblem(query.error)} onRetry={query.reload}>
          <Link href={paths.home()} className="btn btn-secondary btn-md">
            {t('workspace.backToTrips')}
          </Link>
        </ProblemMessage>
      </div>
    );
  }
  if (!value) return <LoadingState label={t('workspace.loading')} />;

  const Screen = TAB_SCREENS[tab];
  return (
    <TripWorkspaceContext.Provider value={value}>
      <div className="workspace">
        <WorkspaceSidebar />
        <section className="workspace-main" aria-busy={value.refreshing}>
          <Suspense fallback={<LoadingState />}>
            <Screen />
          </Suspense>
        </section>
      </div>
    </TripWorkspaceContext.Provider>
  );
}
