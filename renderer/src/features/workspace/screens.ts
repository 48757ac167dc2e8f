import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { TripTab } from '../../app/routes';

/**
 * The screen of each workspace tab, loaded on first use (React.lazy: each feature is its own
 * chunk, so the first paint of the trips list does not pay for the programme editor).
 * Each feature folder's index.ts exports its screen component.
 */
export const TAB_SCREENS: Record<TripTab, LazyExoticComponent<ComponentType>> = {
  overview: lazy(() => import('../overview').then((m) => ({ default: m.OverviewScreen }))),
  programme: lazy(() => import('../programme').then((m) => ({ default: m.ProgrammeScreen }))),
  members: lazy(() => import('../members').then((m) => ({ default: m.MembersScreen }))),
  meetings: lazy(() => import('../meetings').then((m) => ({ default: m.MeetingsScreen }))),
  contacts: lazy(() => import('../contacts').then((m) => ({ default: m.ContactsScreen }))),
  checks: lazy(() => import('../checks').then((m) => ({ default: m.ChecksScreen }))),
  documents: lazy(() => import('../documents').then((m) => ({ default: m.DocumentsScreen }))),
};
