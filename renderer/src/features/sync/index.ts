import './sync.css';

export { SyncState } from './SyncState';
export { TeamSyncSection } from './TeamSyncSection';
