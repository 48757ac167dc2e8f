import { useEffect, useState } from 'react';
import { useQuery, type QueryError } from '../../api/query';
import type { TripWorkspace } from '../../../../shared/domain/workspace';

/**
 * The workspace of one trip, in two steps: first what the Programme and Members screens need
 * (`firstScreen`: trip, members, groups, items — about half the bytes of a large trip), then, right
 * behind it, the whole workspace, which replaces it. Asked one after the other rather than at
 * once: the core answers one call at a time, so a whole workspace asked first would hold up the
 * small answer. Once the whole workspace is in, only it stays enabled: writes patch it in place
 * and a colleague's change refetches it (api/mutation.ts, features/sync/queries.ts).
 */
export interface TripWorkspaceQuery {
  status: 'idle' | 'loading' | 'success' | 'error';
  /** This trip's workspace (never another trip's, while switching); complete or first-screen only. */
  data: TripWorkspace | undefined;
  error: QueryError | undefined;
  /** False while only the first screen's part is in (data.firstScreenOnly). */
  complete: boolean;
  reload: () => void;
}

export function useTripWorkspaceQuery(tripId: string): TripWorkspaceQuery {
  const [completeFor, setCompleteFor] = useState<string | null>(null);
  const complete = completeFor === tripId;
  const first = useQuery('trips:workspace', { id: tripId, firstScreen: true }, { enabled: !complete });
  const firstHere = first.data?.trip.id === tripId;
  const full = useQuery('trips:workspace', { id: tripId }, { enabled: firstHere || complete });
  const fullHere = full.data?.trip.id === tripId;
  useEffect(() => {
    if (fullHere) setCompleteFor(tripId);
  }, [fullHere, tripId]);

  if (fullHere) {
    return { status: full.status, data: full.data, error: full.status === 'error' ? full.error : undefined, complete: true, reload: full.reload };
  }
  if (firstHere) {
    // Usable already; the rest is on its way (or failed: its retry is the reload).
    const error = full.status === 'error' ? full.error : undefined;
    return { status: error ? 'error' : 'loading', data: first.data, error, complete: false, reload: full.reload };
  }
  return { status: first.status, data: undefined, error: first.status === 'error' ? first.error : undefined, complete: false, reload: first.reload };
}
