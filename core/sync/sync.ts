import type Database from 'better-sqlite3';
import type * as Y from 'yjs';
import { INDEX_DOCUMENT, INDEX_TRIPS, tripDocumentName } from '../../shared/sync/layout';
import { now } from '../services/clock';
import { syncAddressBook } from './address-book-sync';
import { DocConnection } from './connection';
import { SyncRefusal } from './errors';
import { checkServerUrl } from './server-url';
import {
  acknowledgeOutbox,
  applyRemoteUpdate,
  lastOutboxId,
  recordSyncResult,
  sharedTripIds,
  startReceiving,
  startSharing,
  storedState,
} from './store';

/** A team: the sync server and the team's token. */
export interface Team {
  url: string;
  token: string;
}

export interface SyncOptions {
  /** How long to wait for the server to agree, per document. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Share a trip with the team: its document starts from the tables (in one transaction with the
 * outbox entry), the team's index lists it, and the document is pushed. The local part commits
 * first, so a share made offline is pushed by the next sync.
 */
export async function shareTrip(
  db: Database.Database,
  tripId: string,
  team: Team,
  sharedBy: string,
  options: SyncOptions = {},
): Promise<void> {
  checkServerUrl(team.url);
  db.transaction(() => startSharing(db, tripId, team.url)).immediate();
  const { title } = db.prepare('SELECT title FROM trips WHERE id = ?').get(tripId) as { title: string };
  await withIndex(team, options, (index) => {
    index.doc.getMap(INDEX_TRIPS).set(tripId, { title, sharedBy, sharedAt: now() });
  });
  await syncTrip(db, tripId, team, options);
}

/**
 * One sync round: push the outbox, pull, apply, for one shared trip or (no tripId) for every trip
 * shared through this server, receiving the trips the team shared since (the index document), and
 * the address book when it is shared.
 * Resolves when this laptop and the server agree; rejects with the first SyncRefusal.
 */
export async function syncOnce(db: Database.Database, team: Team, tripId?: string, options: SyncOptions = {}): Promise<string[]> {
  checkServerUrl(team.url);
  if (tripId) {
    if (!sharedTripIds(db).includes(tripId)) throw new SyncRefusal('this trip is not shared with a team yet (share it first)');
    await syncTrip(db, tripId, team, options);
    return [tripId];
  }
  await withIndex(team, options, (index) => {
    for (const id of index.doc.getMap(INDEX_TRIPS).keys()) {
      if (/^[0-9a-f-]{36}$/i.test(id)) db.transaction(() => startReceiving(db, id, team.url)).immediate();
    }
  });
  const trips = sharedTripIds(db).filter((id) => serverOf(db, id) === team.url);
  for (const id of trips) await syncTrip(db, id, team, options);
  // The team's address book, when "Share the address book with the team" is on.
  await syncAddressBook(db, team, options);
  return trips;
}

function serverOf(db: Database.Database, tripId: string): string | undefined {
  return (db.prepare('SELECT server_url FROM sync_docs WHERE trip_id = ?').get(tripId) as { server_url: string } | undefined)?.server_url;
}

/** Push and pull one trip's document until the server agrees; the outbox up to now is then acknowledged. */
export async function syncTrip(db: Database.Database, tripId: string, team: Team, options: SyncOptions = {}): Promise<void> {
  const upTo = lastOutboxId(db, tripId);
  const connection = new DocConnection({
    url: team.url,
    token: team.token,
    name: tripDocumentName(tripId),
    initialState: storedState(db, tripId),
    onRemote: (update) => applyRemoteUpdate(db, tripId, update),
  });
  try {
    await connection.waitAgreed(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    acknowledgeOutbox(db, tripId, upTo);
    recordSyncResult(db, tripId, null);
  } catch (error) {
    if (error instanceof SyncRefusal) recordSyncResult(db, tripId, error.message);
    throw error;
  } finally {
    connection.close();
  }
}

/** Open the team's index document, let `change` read or edit it, and wait until the server has it. */
async function withIndex(team: Team, options: SyncOptions, change: (index: DocConnection) => void): Promise<void> {
  const index = new DocConnection({ url: team.url, token: team.token, name: INDEX_DOCUMENT });
  try {
    const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    await index.waitAgreed(timeout);
    change(index);
    await index.waitAgreed(timeout);
  } finally {
    index.close();
  }
}

/** The trips the team's index lists (for tests and the UI). */
export function indexedTrips(doc: Y.Doc): Map<string, unknown> {
  return new Map(doc.getMap(INDEX_TRIPS).entries());
}
