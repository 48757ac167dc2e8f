import { useEffect, useRef } from 'react';
import { invalidateQueries, useQuery } from '../../api/query';
import { useScreenActive } from '../../navigation/screenActivity';

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
  useRemoteChangesFollowed(query.reload, query.data?.remoteChanges, REMOTE_CHANGE_READS);
  return query;
}

export function useSyncTeam() {
  return useQuery('sync:getTeam', {});
}

/** What a colleague's change to the shared address book can alter (a trip's workspace lists its contacts). */
const ADDRESS_BOOK_READS = ['contacts:', 'organisations:', 'search:', 'trips:'];

/**
 * The team, its address-book sharing included, read again every STATUS_POLL_MS while mounted
 * (Contacts, Settings → Team sync). When the core applied colleagues' address-book changes since
 * the last read, the contacts reads re-run, so the screen shows them without a reload.
 */
export function useFollowedSyncTeam() {
  const query = useSyncTeam();
  useRemoteChangesFollowed(query.reload, query.data?.addressBook.remoteChanges, ADDRESS_BOOK_READS);
  return query;
}

/** Mounted by the Contacts screen: colleagues' address-book changes appear without a reload. */
export function useAddressBookChanges(): void {
  useFollowedSyncTeam();
}

/**
 * Reads a sync state again every STATUS_POLL_MS; when its count of applied colleagues' changes
 * moved since the last read, the given reads re-run (the first read only sets the mark).
 */
function useRemoteChangesFollowed(reload: () => void, remoteChanges: number | undefined, reads: readonly string[]): void {
  // A screen kept mounted but hidden does not poll; it polls again once it is shown.
  const active = useScreenActive();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(reload, STATUS_POLL_MS);
    return () => clearInterval(timer);
  }, [reload, active]);
  const seen = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (remoteChanges === undefined) return;
    if (seen.current !== undefined && remoteChanges !== seen.current) invalidateQueries(reads);
    seen.current = remoteChanges;
  }, [remoteChanges, reads]);
}
