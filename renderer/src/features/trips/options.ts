import { TripDirection, TripStatus } from '../../../../shared/domain/trip';

export const TRIP_DIRECTIONS = TripDirection.options;
export const TRIP_STATUSES = TripStatus.options;
