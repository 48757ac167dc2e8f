import { useEffect, useRef } from 'react';
import { invalidateQueries, useQuery } from '../../api/query';

/** How often an open trip asks for its sync state (the core's loop runs on its own; this only reads). */
const STATUS_POLL_MS = 1500;

/** Every read a colleague's change can alter: the open screens reload, nothing is re-entered. */
const REMOTE_CHANGE_READS = ['trips:', 'members:', 'groups:', 'items:', 'meetings:', 'contacts:', 'organisations:', 'checks:', 'search:', 'sync:changes'];

/**
 * A trip's sync state, read again every STATUS_POLL_MS. When the core applied colleagues'
 * changes since the last read (remoteChanges grew), every mounted read of the trip re-runs, so
 * the screen shows them without a reload.
 */
export function useTripSyncStatus(tripId: string) {
  const query = useQuery('sync:status', { tripId });
  const { reload } = query;
  useEffect(() => {
    const timer = setInterval(reload, STATUS_POLL_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const seen = useRef<number | undefined>(undefined);
  const remoteChanges = query.data?.remoteChanges;
  useEffect(() => {
    if (remoteChanges === undefined) return;
    if (seen.current !== undefined && remoteChanges !== seen.current) invalidateQueries(REMOTE_CHANGE_READS);
    seen.current = remoteChanges;
  }, [remoteChanges]);
  return query;
}

export function useSyncTeam() {
  return useQuery('sync:getTeam', {});
}
