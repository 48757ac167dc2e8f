import './sync.css';

export { ChangedBy, ChangedMark } from './ChangedBy';
export { TripChangesProvider } from './changes';
export { SyncState } from './SyncState';
export { TeamSyncSection } from './TeamSyncSection';
