import { useQuery } from '../../api/query';

/** Reads of the members feature (the members themselves come with the trip workspace). */

/** Every trip, archived ones too: the earlier trips members can be copied from. */
export function useTripsToCopyFrom(enabled: boolean) {
  return useQuery('trips:list', { includeArchived: true }, { enabled });
}

/** The members of another trip (to pick the ones to copy). */
export function useMembersOfTrip(tripId: string | null) {
  return useQuery('members:list', { tripId: tripId ?? '' }, { enabled: tripId !== null });
}
