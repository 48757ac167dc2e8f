import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { TripTab } from '../../navigation/routes';

type ScreenModule = Promise<{ default: ComponentType }>;

/** How each tab's code is loaded; each feature folder's index.ts exports its screen component. */
const LOADERS: Record<TripTab, () => ScreenModule> = {
  overview: () => import('../../features/overview').then((m) => ({ default: m.OverviewScreen })),
  programme: () => import('../../features/programme').then((m) => ({ default: m.ProgrammeScreen })),
  members: () => import('../../features/members').then((m) => ({ default: m.MembersScreen })),
  meetings: () => import('../../features/meetings').then((m) => ({ default: m.MeetingsScreen })),
  contacts: () => import('../../features/contacts').then((m) => ({ default: m.ContactsScreen })),
  budget: () => import('../../features/budget').then((m) => ({ default: m.BudgetScreen })),
  gifts: () => import('../../features/gifts').then((m) => ({ default: m.GiftsScreen })),
  checks: () => import('../../features/checks').then((m) => ({ default: m.ChecksScreen })),
  documents: () => import('../../features/documents').then((m) => ({ default: m.DocumentsScreen })),
};

// One promise per tab, shared by the preload and React.lazy, so the chunk is fetched once.
const loading = new Map<TripTab, ScreenModule>();
/** The screens whose code has arrived. */
const loaded = new Map<TripTab, ComponentType>();
const load = (tab: TripTab): ScreenModule => {
  let module = loading.get(tab);
  if (!module) {
    module = LOADERS[tab]().then((m) => {
      loaded.set(tab, m.default);
      return m;
    });
    loading.set(tab, module);
  }
  return module;
};

/**
 * Start fetching a tab's code now: the workspace calls this as soon as the route is known, so
 * the chunk downloads while the trip's data is still on its way instead of after it.
 */
export function preloadTabScreen(tab: TripTab): void {
  void load(tab).catch(() => loading.delete(tab)); // a failed preload is retried by React.lazy
}

/**
 * The screen of each workspace tab, loaded on first use (React.lazy: each feature is its own
 * chunk, so the first paint of the trips list does not pay for the programme editor). Once its
 * code is in (usually: it is preloaded while the trip's data loads), the screen renders directly.
 * React.lazy would suspend even then, for a tick, and React holds back content that replaces a
 * just-shown fallback for up to 300 ms to avoid flicker: a quarter of a second of "Loading…"
 * over data that was already there.
 */
export const TAB_SCREENS = Object.fromEntries(
  (Object.keys(LOADERS) as TripTab[]).map((tab) => [tab, screenOf(tab)]),
) as Record<TripTab, ComponentType>;

function screenOf(tab: TripTab): ComponentType {
  const Lazy: LazyExoticComponent<ComponentType> = lazy(() => load(tab));
  function TabScreen() {
    const Screen = loaded.get(tab);
    return Screen ? createElement(Screen) : createElement(Lazy);
  }
  TabScreen.displayName = `TabScreen(${tab})`;
  return TabScreen;
}
