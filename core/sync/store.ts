import type Database from 'better-sqlite3';
import * as Y from 'yjs';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { prepared } from '../db/statements';
import { now } from '../services/clock';
import { buildTripFile } from '../sharing/trip-file/export';
import { writeSnapshotToTables } from './doc-apply';
import { readSnapshot } from './doc-read';
import { appendToStoredDoc, forgetStoredDocs, loadStoredDoc } from './doc-store';
import { LOCAL_ORIGIN, setSyncSensitive, writeSnapshot } from './doc-write';
import { takeDirtyTrips } from './dirty-trips';
import { SyncRefusal } from './errors';
import { normaliseOrder } from './order-columns';
import { ensurePlanner } from './planner';
import { checkChangeRecords, collectChangedRows, recordChanges, stampLocalChanges } from './row-changes';

/**
 * The laptop's side of sync in the database: each shared trip's document (sync_docs) and the
 * outbox of local changes (sync_outbox), both written in the transaction of the change itself.
 */

export function sharedTripIds(db: Database.Database): string[] {
  return (prepared(db, 'SELECT trip_id FROM sync_docs ORDER BY trip_id').all() as { trip_id: string }[]).map((r) => r.trip_id);
}

/** The stored document of a shared trip (undefined: not shared). Callers must not keep it past their transaction. */
export function loadDoc(db: Database.Database, tripId: string): Y.Doc | undefined {
  return loadStoredDoc(db, tripId);
}

/** `update` is what changed `doc` since it was loaded: only it is written (doc-store.ts). */
function saveDoc(db: Database.Database, tripId: string, doc: Y.Doc, update: Uint8Array): void {
  appendToStoredDoc(db, tripId, doc, update);
}

/** After a failed transaction the cached documents may hold changes SQLite rolled back. */
export function forgetCachedDocs(db: Database.Database): void {
  forgetStoredDocs(db);
}

/**
 * Capture local changes of the shared trips the write touched (dirty-trips.ts) into their
 * documents and the outbox. Called by dispatch inside each write operation's transaction, so a
 * change and its sync record commit together or not at all. A trip with no local changes costs
 * a read and produces no update.
 */
export function captureLocalChanges(db: Database.Database): void {
  const shared = sharedTripIds(db);
  if (shared.length === 0) return;
  for (const tripId of takeDirtyTrips(db, shared)) captureTrip(db, tripId);
}

export function captureTrip(db: Database.Database, tripId: string, { full = false } = {}): void {
  if (!prepared(db, 'SELECT 1 FROM trips WHERE id = ?').get(tripId)) return;
  const doc = loadDoc(db, tripId);
  if (!doc) return;
  const file = buildTripFile(db, tripId, { includePassports: true, exportedAt: '2000-01-01T00:00:00.000Z' });
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  let changed: Set<string>;
  try {
    changed = collectChangedRows(doc, () => writeSnapshot(doc, file, LATEST_SCHEMA_VERSION, { full }));
    stampLocalChanges(doc, changed, ensurePlanner(db), LOCAL_ORIGIN);
  } finally {
    doc.off('update', collect);
  }
  if (updates.length === 0) return;
  recordChanges(db, tripId, doc, changed);
  const update = Y.mergeUpdates(updates);
  prepared(db, 'INSERT INTO sync_outbox (trip_id, update_data, created_at) VALUES (?, ?, ?)').run(tripId, Buffer.from(update), now());
  saveDoc(db, tripId, doc, update);
  // The tables' order numbers follow the document's keys on every laptop (a deletion here may
  // have left a gap the others do not have).
  normaliseOrder(db, doc);
}

/** Share a trip: start its document from the tables (the first outbox entry holds all of it). */
export function startSharing(db: Database.Database, tripId: string, serverUrl: string): void {
  if (!db.prepare('SELECT 1 FROM trips WHERE id = ?').get(tripId)) throw new SyncRefusal('no such trip');
  db.prepare(
    `INSERT INTO sync_docs (trip_id, server_url, state, shared_by_me, created_at) VALUES (?, ?, ?, 1, ?)
     ON CONFLICT (trip_id) DO UPDATE SET server_url = excluded.server_url`,
  ).run(tripId, serverUrl, Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())), now());
  captureTrip(db, tripId);
}

/** Receive a trip shared with the team: an empty document until the first sync fills it. */
export function startReceiving(db: Database.Database, tripId: string, serverUrl: string): void {
  db.prepare(
    `INSERT INTO sync_docs (trip_id, server_url, state, shared_by_me, created_at) VALUES (?, ?, ?, 0, ?) ON CONFLICT (trip_id) DO NOTHING`,
  ).run(tripId, serverUrl, Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())), now());
}

/** The owner's "sync sensitive fields" switch for a trip. */
export function setTripSyncSensitive(db: Database.Database, tripId: string, on: boolean): void {
  const owner = db.prepare('SELECT shared_by_me FROM sync_docs WHERE trip_id = ?').get(tripId) as { shared_by_me: number } | undefined;
  if (!owner) throw new SyncRefusal('the trip is not shared');
  if (!owner.shared_by_me) throw new SyncRefusal('only the colleague who shared the trip can change this');
  const doc = loadDoc(db, tripId)!;
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on('update', collect);
  setSyncSensitive(doc, on);
  doc.off('update', collect);
  if (updates.length) {
    const update = Y.mergeUpdates(updates);
    db.prepare('INSERT INTO sync_outbox (trip_id, update_data, created_at) VALUES (?, ?, ?)').run(tripId, Buffer.from(update), now());
    saveDoc(db, tripId, doc, update);
  }
  captureTrip(db, tripId, { full: true });
}

/**
 * Apply a colleague's update, received from the server, in one transaction: apply it to the
 * stored document, check the merged document (decode, layout, every row through the domain
 * schemas), and only then write the tables. A refused update changes nothing and throws
 * SyncRefusal: the transaction rolls back and the in-memory document, which holds the refused
 * update, is forgotten (it is decoded again from SQLite). Checking on the document itself rather
 * than on a copy saves encoding and decoding the whole trip for every update received.
 * Returns whether the tables changed.
 */
export function applyRemoteUpdate(db: Database.Database, tripId: string, update: Uint8Array): boolean {
  const apply = db.transaction(() => {
    const doc = loadDoc(db, tripId);
    if (!doc) throw new SyncRefusal('the trip is not shared here');
    try {
      Y.decodeUpdate(update);
    } catch {
      throw new SyncRefusal('the update from the server is malformed');
    }
    const before = Y.encodeStateVector(doc);
    const firstArrival = !db.prepare('SELECT 1 FROM trips WHERE id = ?').get(tripId);
    let changed: ReturnType<typeof collectChangedRows>;
    try {
      changed = collectChangedRows(doc, () => Y.applyUpdate(doc, update, 'remote'));
    } catch {
      throw new SyncRefusal('the update from the server is malformed');
    }
    // Checked on the stored document itself: a refusal throws, the transaction rolls back and
    // the caller drops the in-memory document (forgetCachedDocs), so nothing of it stays.
    const snapshot = readSnapshot(doc, tripId, LATEST_SCHEMA_VERSION);
    checkChangeRecords(doc);
    if (Buffer.compare(Buffer.from(before), Buffer.from(Y.encodeStateVector(doc))) === 0 && !snapshot) return false;
    // The update as received: applied to the stored base it gives this document, pending
    // parts (waiting for an update they depend on) included.
    saveDoc(db, tripId, doc, update);
    if (snapshot) writeSnapshotToTables(db, snapshot);
    if (snapshot) recordChanges(db, tripId, doc, changed, { remote: true, firstArrival });
    return true;
  });
  try {
    return apply.immediate();
  } catch (error) {
    forgetCachedDocs(db);
    throw error;
  }
}

/** Changes waiting for the server: the outbox's rows, per trip. */
export function pendingChanges(db: Database.Database, tripId: string): number {
  return (db.prepare('SELECT count(*) AS n FROM sync_outbox WHERE trip_id = ?').get(tripId) as { n: number }).n;
}

/** The newest outbox row now (0: none); rows up to it are acknowledged once the server confirms. */
export function lastOutboxId(db: Database.Database, tripId: string): number {
  return (db.prepare('SELECT coalesce(max(id), 0) AS id FROM sync_outbox WHERE trip_id = ?').get(tripId) as { id: number }).id;
}

/**
 * The outbox entries after `afterId`, oldest first: the local changes a live connection has not
 * been given yet. Pushing these instead of the whole stored document keeps an edit of a large
 * trip from encoding all of it again.
 */
export function outboxSince(db: Database.Database, tripId: string, afterId: number): Uint8Array[] {
  return (
    prepared(db, 'SELECT update_data FROM sync_outbox WHERE trip_id = ? AND id > ? ORDER BY id').all(tripId, afterId) as { update_data: Buffer }[]
  ).map((row) => row.update_data);
}

export function acknowledgeOutbox(db: Database.Database, tripId: string, upTo: number): void {
  db.prepare('DELETE FROM sync_outbox WHERE trip_id = ? AND id <= ?').run(tripId, upTo);
}

/** The full state of a trip's stored document (what a connection starts from). */
export function storedState(db: Database.Database, tripId: string): Uint8Array | undefined {
  const doc = loadDoc(db, tripId);
  return doc ? Y.encodeStateAsUpdate(doc) : undefined;
}

export function recordSyncResult(db: Database.Database, tripId: string, error: string | null): void {
  db.prepare('UPDATE sync_docs SET last_error = ?, synced_at = CASE WHEN ? IS NULL THEN ? ELSE synced_at END WHERE trip_id = ?').run(
    error,
    error,
    now(),
    tripId,
  );
}

export { LOCAL_ORIGIN };
