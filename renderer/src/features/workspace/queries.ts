import { useQuery } from '../../api/query';

/** The workspace of one trip; patched in place by most writes, refetched after the others (api/mutation.ts). */
export function useTripWorkspaceQuery(tripId: string) {
  return useQuery('trips:workspace', { id: tripId });
}
