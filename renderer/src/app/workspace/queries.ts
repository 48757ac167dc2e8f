import { useQuery } from '../../api/query';

/** The workspace of one trip; invalidated by every write (see api/mutation.ts). */
export function useTripWorkspaceQuery(tripId: string) {
  return useQuery('trips:workspace', { id: tripId });
}
