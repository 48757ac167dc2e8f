import type Database from 'better-sqlite3';
import type { TripSyncStatus } from '../../shared/sync/status';
import { META } from '../../shared/sync/layout';
import { ServiceError } from '../services/errors';
import { SyncRefusal } from './errors';
import { liveSyncOf } from './registry';
import { unseenCount } from './row-changes';
import { loadDoc, pendingChanges, setTripSyncSensitive, startSharing } from './store';
import { getTeam } from './team-settings';

/** The contract's sync operations (handlers.ts): local writes only, the network is the loop's. */

export function tripSyncStatus(db: Database.Database, tripId: string): TripSyncStatus {
  const row = db.prepare('SELECT shared_by_me, last_error FROM sync_docs WHERE trip_id = ?').get(tripId) as
    | { shared_by_me: number; last_error: string | null }
    | undefined;
  if (!row) return { shared: false, sharedByMe: false, syncSensitive: false, state: 'not_running', pending: 0, remoteChanges: 0, colleagues: [], unseen: 0 };
  const live = liveSyncOf(db);
  const status = live?.status(tripId);
  const pending = pendingChanges(db, tripId);
  const base = {
    shared: true,
    sharedByMe: row.shared_by_me === 1,
    syncSensitive: loadDoc(db, tripId)?.getMap(META).get('syncSensitive') === true,
    pending,
    remoteChanges: live?.remoteChanges(tripId) ?? 0,
    colleagues: live?.colleagues(tripId) ?? [],
    unseen: unseenCount(db, tripId),
  };
  if (!status) return { ...base, state: 'not_running' };
  if (status.state === 'error') return { ...base, state: 'error', reason: status.reason };
  if (row.last_error) return { ...base, state: 'error', reason: row.last_error };
  return { ...base, state: status.state };
}

/** Share with the team set up in Settings; the background loop pushes it. */
export function shareWithTeam(db: Database.Database, tripId: string, syncSensitive: boolean): TripSyncStatus {
  const team = getTeam(db);
  if (!team) throw new ServiceError('invalid_input', 'Set up the team’s sync server in Settings first');
  refusalsAsInput(() => {
    startSharing(db, tripId, team.url);
    if (syncSensitive) setTripSyncSensitive(db, tripId, true);
  });
  return tripSyncStatus(db, tripId);
}

export function setSensitive(db: Database.Database, tripId: string, on: boolean): TripSyncStatus {
  refusalsAsInput(() => setTripSyncSensitive(db, tripId, on));
  return tripSyncStatus(db, tripId);
}

function refusalsAsInput(step: () => void): void {
  try {
    step();
  } catch (error) {
    if (error instanceof SyncRefusal) throw new ServiceError('invalid_input', error.message);
    throw error;
  }
}
