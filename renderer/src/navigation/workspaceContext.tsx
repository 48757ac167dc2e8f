import { createContext, useContext } from 'react';
import type { TripWorkspace } from '../../../shared/domain/workspace';
import type { TripTab } from './routes';

/**
 * What every workspace screen gets: the trip and everything in it (one `trips:workspace`
 * call, loaded by the workspace layout; a write patches it from the row it answers with, or
 * re-runs it where it cannot, see api/mutation.ts), plus where we are. Screens read it with useTripWorkspace().
 */
export interface TripWorkspaceContextValue {
  tripId: string;
  tab: TripTab;
  /** The entity a deep link points at (#/trips/:id/members/:memberId), if any. */
  focusId: string | null;
  workspace: TripWorkspace;
  /**
   * False while only the first screen's part of the workspace is in (Programme and Members show
   * it; meeting details, contacts, organisations, gifts and attachments are still empty).
   */
  complete: boolean;
  /** True while a reload after a write runs (the data shown is the previous one). */
  refreshing: boolean;
  reload: () => void;
}

export const TripWorkspaceContext = createContext<TripWorkspaceContextValue | null>(null);

export function useTripWorkspace(): TripWorkspaceContextValue {
  const value = useContext(TripWorkspaceContext);
  if (!value) throw new Error('useTripWorkspace must be used inside a trip workspace');
  return value;
}

/** The workspace when inside one (the contacts screen also runs as the global address book). */
export function useOptionalTripWorkspace(): TripWorkspaceContextValue | null {
  return useContext(TripWorkspaceContext);
}
