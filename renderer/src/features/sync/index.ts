import './sync.css';

export { ChangedBy, ChangedMark } from './ChangedBy';
export { TripChangesProvider } from './changes';
export { useAddressBookChanges } from './queries';
export { SyncState } from './SyncState';
export { TeamSyncSection } from './TeamSyncSection';
