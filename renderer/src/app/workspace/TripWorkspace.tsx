import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, useParams } from 'wouter';
import { Link } from '../../navigation/Link';
import { ProblemMessage } from '../../navigation/ProblemMessage';
import { describeProblem } from '../../navigation/problems';
import { useAppStateSignal } from '../../navigation/readiness';
import { isTripTab, paths, TRIP_TABS, type TripTab } from '../../navigation/routes';
import { LoadingState } from '../../ui/LoadingState';
import { TripWorkspaceContext, type TripWorkspaceContextValue } from '../../navigation/workspaceContext';
import { useTripWorkspaceQuery } from './queries';
import { preloadTabScreen } from './screens';
import { KeptScreens } from './KeptScreens';
import { WorkspaceSidebar } from './WorkspaceSidebar';
import { TripChangesProvider } from '../../features/sync';
import './workspace.css';

const FIRST_SCREEN_TABS: ReadonlySet<TripTab> = new Set<TripTab>(['programme', 'members']);

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
  const hasData = query.data !== undefined;
  // Once the first screen is up, the other tabs' code loads while the planner reads it, so a
  // first visit of a tab does not wait for its code (and for React's hold-back of content that
  // replaces a just-shown "Loading…").
  useEffect(() => {
    if (!hasData) return;
    const preloadAll = () => TRIP_TABS.forEach(preloadTabScreen);
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(preloadAll, 1_000);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(preloadAll, { timeout: 2_000 });
    return () => cancelIdleCallback(idle);
  }, [hasData]);
  // Programme and Members are usable with the first screen's part; the other tabs show their
  // loading state until the whole workspace is in (their lists would be empty before).
  const usable = hasData && (query.complete || (tab !== null && FIRST_SCREEN_TABS.has(tab)));
  useAppStateSignal(query.status === 'error' ? 'error' : usable ? 'success' : 'loading', usable);

  const data = usable ? query.data : undefined;
  const value = useMemo<TripWorkspaceContextValue | null>(
    () =>
      data && tab
        ? {
            tripId,
            tab,
            focusId: params.focusId ?? null,
            workspace: data,
            complete: query.complete,
            refreshing: query.status === 'loading',
            reload: query.reload,
          }
        : null,
    [data, tab, tripId, params.focusId, query.complete, query.status, query.reload],
  );

  if (!tab) return <Redirect to={paths.trip(tripId, 'overview')} replace />;

  if (query.status === 'error' && query.error && !data) {
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

  // The sidebar reads the workspace as it is now; each screen gets its own (KeptScreens). Not one
  // provider around both: React looks for readers of a changed context through nested providers
  // of the same context, so every tab switch (a new value here) rendered every reader in every
  // kept screen again, sixty member rows included, though the value they read had not changed.
  return (
    <TripChangesProvider tripId={tripId} tab={tab}>
      <div className="workspace">
        <TripWorkspaceContext.Provider value={value}>
          <WorkspaceSidebar />
        </TripWorkspaceContext.Provider>
        <section className="workspace-main" aria-busy={value.refreshing}>
          <KeptScreens value={value} />
        </section>
      </div>
    </TripChangesProvider>
  );
}
