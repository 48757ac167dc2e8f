import { useQuery } from '../../api/query';

/** Reads of the trips feature; the only place here that names trip operations. */
export function useTripsList(includeArchived: boolean) {
  return useQuery('trips:list', { includeArchived });
}
