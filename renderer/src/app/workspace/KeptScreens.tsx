import { Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { TRIP_TABS, type TripTab } from '../../navigation/routes';
import { ScreenActiveContext, ScreenScrollContext } from '../../navigation/screenActivity';
import { TripWorkspaceContext, type TripWorkspaceContextValue } from '../../navigation/workspaceContext';
import { LoadingState } from '../../ui/LoadingState';
import { TAB_SCREENS } from './screens';

/** The current screen and the ones visited just before it stay mounted. */
export const KEPT_SCREENS = 3;

/**
 * The trip's tab screens, the recently visited ones kept mounted but hidden rather than
 * unmounted: going back to Programme from Members shows the list as it was, in its place, in a
 * frame instead of rebuilding hundreds of cards. The oldest screen beyond KEPT_SCREENS is
 * unmounted, so memory stays bounded however many tabs are used.
 *
 * Hidden with `content-visibility: hidden` (plus aria-hidden, for the accessibility tree) rather
 * than display: none or React's <Activity>, which also uses display: none: the browser keeps a hidden screen's layout, so showing the
 * 60-member table again costs a few milliseconds instead of laying out 5,000 elements anew.
 * Because its effects stay mounted, a hidden screen is told so (useScreenActive: no commands,
 * no polling) and sees the workspace as it was when it was left, so a write elsewhere does not
 * re-render it; it catches up when it is shown.
 */
export function KeptScreens({ value }: { value: TripWorkspaceContextValue }) {
  const tab = value.tab;
  const [recent, setRecent] = useState<TripTab[]>([tab]);
  let kept = recent;
  if (recent[0] !== tab) {
    // Derived during render (React's pattern for state that follows a prop): no extra commit.
    kept = [tab, ...recent.filter((t) => t !== tab)].slice(0, KEPT_SCREENS);
    setRecent(kept);
  }
  const scroll = useScrollMemory(tab);
  // In the tabs' own order, so switching never moves a screen's DOM, only shows and hides it.
  return TRIP_TABS.filter((t) => kept.includes(t)).map((t) => <KeptScreen key={t} tab={t} current={t === tab} value={value} scroll={scroll} />);
}

function KeptScreen({ tab, current, value, scroll }: { tab: TripTab; current: boolean; value: TripWorkspaceContextValue; scroll: ScrollMemory }) {
  const focusId = current ? value.focusId : null;
  const fresh = useMemo<TripWorkspaceContextValue>(
    () => ({ ...value, tab, focusId }),
    // Not [value]: value.tab and value.focusId are replaced by this screen's own above, so a
    // switch of tabs alone gives the screen it shows the same value and it does not re-render.
    [tab, focusId, value.tripId, value.workspace, value.complete, value.refreshing, value.reload],
  );
  const shown = useRef(fresh);
  if (current) shown.current = fresh;
  const Screen = TAB_SCREENS[tab];
  // The same element every render: with an unchanged context value React skips the screen.
  const screen = useMemo(
    () => (
      <Suspense fallback={<LoadingState />}>
        <Screen />
      </Suspense>
    ),
    [Screen],
  );
  const restoredScroll = useCallback(() => scroll.positions.get(tab) ?? 0, [scroll, tab]);
  // Not `inert` as well: skipped content is already out of the tab order, unfocusable (focus
  // inside it is dropped when it hides) and out of find-in-page, and toggling inert restyled the
  // whole screen on every switch (a third of the switch, measured).
  return (
    <div className="kept-screen" data-tab={tab} aria-hidden={current ? undefined : true} data-shown={current}>
      <ScrollRestorer tab={tab} current={current} memory={scroll} />
      <ScreenActiveContext value={current}>
        <ScreenScrollContext value={restoredScroll}>
          <TripWorkspaceContext value={shown.current}>{screen}</TripWorkspaceContext>
        </ScreenScrollContext>
      </ScreenActiveContext>
    </div>
  );
}

interface ScrollMemory {
  positions: Map<TripTab, number>;
  /** The tab the scroll area's position belongs to now. */
  current: { tab: TripTab };
}

/** Each tab's scroll position in the app's scroll area, remembered while the user scrolls. */
function useScrollMemory(tab: TripTab): ScrollMemory {
  const memory = useRef<ScrollMemory>({ positions: new Map(), current: { tab } }).current;
  useLayoutEffect(() => {
    const scroller = scrollArea();
    if (!scroller) return;
    const remember = () => memory.positions.set(memory.current.tab, scroller.scrollTop);
    scroller.addEventListener('scroll', remember, { passive: true });
    return () => scroller.removeEventListener('scroll', remember);
  }, [memory]);
  return memory;
}

/**
 * Puts the scroll area where this tab left it when the tab is shown (a screen seen for the first
 * time starts at the top). Rendered before the screen, so its layout effect runs before the
 * screen's own: a virtual list reads the restored position when it wakes up, and a deep link's
 * scroll comes after it.
 */
function ScrollRestorer({ tab, current, memory }: { tab: TripTab; current: boolean; memory: ScrollMemory }) {
  useLayoutEffect(() => {
    if (!current) return;
    memory.current.tab = tab;
    const scroller = scrollArea();
    if (scroller) scroller.scrollTop = memory.positions.get(tab) ?? 0;
  }, [tab, current, memory]);
  return null;
}

function scrollArea(): HTMLElement | null {
  return document.getElementById('main');
}
