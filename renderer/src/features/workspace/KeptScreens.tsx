import { Activity, Suspense, useMemo, useState } from 'react';
import type { TripTab } from '../../app/routes';
import { LoadingState } from '../../ui/LoadingState';
import { TripWorkspaceContext, type TripWorkspaceContextValue } from './context';
import { TAB_SCREENS } from './screens';

/**
 * How many tab screens stay mounted (the shown one and the most recently left ones). Switching
 * back to a kept screen only unhides it; a state-visit Programme or Members screen costs hundreds
 * of milliseconds to mount. Bounded, so a pass over every tab does not keep nine screens' memory.
 */
export const KEPT_SCREENS = 3;

const TAB_ORDER = Object.keys(TAB_SCREENS) as TripTab[];

/**
 * The tab's screen, with the last visited ones kept behind it in React <Activity mode="hidden">:
 * hidden screens keep their state and DOM (display: none, so role queries and find-in-page skip
 * them) while their effects are cleaned up — their keyboard commands, timers and open modal
 * dialogs go away as on unmount and come back when shown. They re-render at low priority when the
 * workspace changes, so coming back shows current data.
 */
export function KeptScreens({ value }: { value: TripWorkspaceContextValue }) {
  const kept = useKeptTabs(value.tripId, value.tab);
  // Rendered in the tabs' fixed order, so a switch never moves a kept screen's DOM.
  const ordered = TAB_ORDER.filter((tab) => kept.includes(tab));
  return (
    <>
      {ordered.map((tab) => (
        <Activity key={tab} mode={tab === value.tab ? 'visible' : 'hidden'}>
          <KeptScreen tab={tab} value={value} />
        </Activity>
      ))}
    </>
  );
}

function KeptScreen({ tab, value }: { tab: TripTab; value: TripWorkspaceContextValue }) {
  const shown = tab === value.tab;
  const { tripId, workspace, refreshing, reload } = value;
  // A hidden screen sees its own tab and no focus: the address's focus id belongs to the shown
  // tab (a member id means nothing to the Programme), and a hidden editor must not stay open.
  const hidden = useMemo<TripWorkspaceContextValue>(
    () => ({ tripId, tab, focusId: null, workspace, refreshing, reload }),
    [tripId, tab, workspace, refreshing, reload],
  );
  const Screen = TAB_SCREENS[tab];
  return (
    <TripWorkspaceContext.Provider value={shown ? value : hidden}>
      <Suspense fallback={<LoadingState />}>
        <Screen />
      </Suspense>
    </TripWorkspaceContext.Provider>
  );
}

/** The tabs to keep mounted, most recently shown last; a new trip starts afresh. */
function useKeptTabs(tripId: string, tab: TripTab): TripTab[] {
  const [kept, setKept] = useState<{ tripId: string; tabs: TripTab[] }>({ tripId, tabs: [tab] });
  if (kept.tripId !== tripId) {
    const next = { tripId, tabs: [tab] };
    setKept(next);
    return next.tabs;
  }
  if (kept.tabs.at(-1) !== tab) {
    // Adjusting state while rendering (React's documented pattern): no extra frame with the old list.
    const next = { tripId, tabs: [...kept.tabs.filter((t) => t !== tab), tab].slice(-KEPT_SCREENS) };
    setKept(next);
    return next.tabs;
  }
  return kept.tabs;
}
