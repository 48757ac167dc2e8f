export { TripWorkspace } from './TripWorkspace';
export { useTripWorkspace, useOptionalTripWorkspace, type TripWorkspaceContextValue } from './context';
export { PlaceholderScreen } from './PlaceholderScreen';
