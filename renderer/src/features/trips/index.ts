export { TripsPage } from './TripsPage';
export { TripEditDialog } from './TripEditDialog';
export { DestinationName } from './DestinationName';
export { TripBadges, DirectionBadge, StatusBadge } from './TripBadges';
export { useTripsList } from './queries';
export { nativeNameLanguage } from './labels';
