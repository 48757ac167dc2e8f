import type Database from 'better-sqlite3';
import * as Y from 'yjs';
import { prepared } from '../db/statements';

/**
 * A shared trip's Yjs document in SQLite, stored incrementally: a base state (sync_docs.state)
 * plus the updates appended since (sync_doc_updates, migration 015). One edit writes only its
 * own update, in the caller's transaction (so a crash keeps the change and its document together,
 * as before); re-encoding the whole document on every write cost about 140 ms on a large trip.
 * Once the appended updates pass a count or size threshold they are folded into the base
 * (compaction: the document's state encoded once, the updates deleted, version + 1).
 *
 * Documents are decoded once per connection and kept in memory. `sync_docs.version` counts
 * compactions: an in-memory copy with the stored version only needs the updates appended after
 * its `seq` (another process, the CLI on the same file, may have appended some); any other
 * version means the base changed and the document is decoded anew.
 */

/**
 * Fold the updates into the base after this many. Loading applies each appended update to the
 * base, so the count bounds the cost of a cold load; compaction costs one full encode (what every
 * write used to cost), paid once per this many writes.
 */
export const COMPACT_AFTER_UPDATES = 200;
/** …or when the appended bytes pass this share of the base (a big first sync, a long text pasted). */
const COMPACT_AFTER_SHARE_OF_BASE = 0.5;
/** A small document is cheap to rewrite: below this, appended bytes never force a compaction. */
const COMPACT_MIN_BYTES = 64 * 1024;

interface Loaded {
  doc: Y.Doc;
  version: number;
  /** When the trip was shared here: a trip unshared and shared again starts at version 0 anew. */
  createdAt: string;
  /** The highest seq applied to `doc`. */
  seq: number;
  baseBytes: number;
  appendedCount: number;
  appendedBytes: number;
}

const cache = new WeakMap<Database.Database, Map<string, Loaded>>();

interface UpdateRow {
  seq: number;
  update_data: Buffer;
}

function cacheOf(db: Database.Database): Map<string, Loaded> {
  let docs = cache.get(db);
  if (!docs) cache.set(db, (docs = new Map()));
  return docs;
}

function updatesAfter(db: Database.Database, tripId: string, seq: number): UpdateRow[] {
  return prepared(db, 'SELECT seq, update_data FROM sync_doc_updates WHERE trip_id = ? AND seq > ? ORDER BY seq').all(tripId, seq) as UpdateRow[];
}

function applyAppended(loaded: Loaded, rows: readonly UpdateRow[]): void {
  if (rows.length === 0) return;
  // One Yjs transaction for all of them: observers and the update event run once.
  loaded.doc.transact(() => {
    for (const row of rows) Y.applyUpdate(loaded.doc, row.update_data, 'stored');
  }, 'stored');
  loaded.seq = rows.at(-1)!.seq;
  loaded.appendedCount += rows.length;
  loaded.appendedBytes += rows.reduce((sum, row) => sum + row.update_data.length, 0);
}

/** The stored document of a shared trip (undefined: not shared). Callers must not keep it past their transaction. */
export function loadStoredDoc(db: Database.Database, tripId: string): Y.Doc | undefined {
  const head = prepared(db, 'SELECT version, created_at FROM sync_docs WHERE trip_id = ?').get(tripId) as
    | { version: number; created_at: string }
    | undefined;
  if (!head) return undefined;
  const docs = cacheOf(db);
  const cached = docs.get(tripId);
  if (cached && cached.version === head.version && cached.createdAt === head.created_at) {
    applyAppended(cached, updatesAfter(db, tripId, cached.seq));
    return cached.doc;
  }
  const { state } = prepared(db, 'SELECT state FROM sync_docs WHERE trip_id = ?').get(tripId) as { state: Buffer };
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state, 'stored');
  const loaded: Loaded = { doc, version: head.version, createdAt: head.created_at, seq: 0, baseBytes: state.length, appendedCount: 0, appendedBytes: 0 };
  applyAppended(loaded, updatesAfter(db, tripId, 0));
  docs.set(tripId, loaded);
  return doc;
}

/**
 * Record that `doc` (loaded by loadStoredDoc in this transaction) changed by `update`: append it,
 * or fold everything into a new base when the threshold is passed.
 */
export function appendToStoredDoc(db: Database.Database, tripId: string, doc: Y.Doc, update: Uint8Array): void {
  const loaded = cache.get(db)?.get(tripId);
  if (!loaded || loaded.doc !== doc) {
    compactStoredDoc(db, tripId, doc);
    return;
  }
  const bytes = update.length;
  const threshold = Math.max(COMPACT_MIN_BYTES, loaded.baseBytes * COMPACT_AFTER_SHARE_OF_BASE);
  if (loaded.appendedCount + 1 >= COMPACT_AFTER_UPDATES || loaded.appendedBytes + bytes > threshold) {
    compactStoredDoc(db, tripId, doc);
    return;
  }
  const seq = loaded.seq + 1;
  prepared(db, 'INSERT INTO sync_doc_updates (trip_id, seq, update_data) VALUES (?, ?, ?)').run(tripId, seq, Buffer.from(update));
  loaded.seq = seq;
  loaded.appendedCount += 1;
  loaded.appendedBytes += bytes;
}

/** The document's whole state as the new base; the appended updates are in it, so they go. */
export function compactStoredDoc(db: Database.Database, tripId: string, doc: Y.Doc): void {
  const state = Y.encodeStateAsUpdate(doc);
  const { version, created_at: createdAt } = prepared(
    db,
    'UPDATE sync_docs SET state = ?, version = version + 1 WHERE trip_id = ? RETURNING version, created_at',
  ).get(Buffer.from(state), tripId) as { version: number; created_at: string };
  prepared(db, 'DELETE FROM sync_doc_updates WHERE trip_id = ?').run(tripId);
  cacheOf(db).set(tripId, { doc, version, createdAt, seq: 0, baseBytes: state.length, appendedCount: 0, appendedBytes: 0 });
}

/** After a failed transaction the cached documents may hold changes SQLite rolled back. */
export function forgetStoredDocs(db: Database.Database): void {
  cache.delete(db);
}
