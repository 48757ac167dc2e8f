import { useQuery } from '../../api/query';

/** Reads of the trips feature; the only place here that names trip read operations. */
export function useTripsList(includeArchived: boolean) {
  return useQuery('trips:list', { includeArchived });
}
