import type Database from 'better-sqlite3';
import { prepared } from '../db/statements';

/**
 * Which shared trips the writes since the last capture touched, so a write captures those trips
 * only. Capturing a trip reads all of it (buildTripFile) and diffs it against its document: 2 ms
 * for a small trip, 23 ms for a 420-item one, and before this every write paid that for every
 * shared trip on the laptop — an edit of a five-item trip cost as much as an edit of the largest
 * shared one.
 *
 * SQLite tells which rows a connection writes through triggers, so on a connection that holds
 * shared trips, temporary triggers (this connection's only, never in the file) mark each written
 * row's trip in a temporary table. Everything lives in the transaction: a write that rolls back
 * takes its marks with it, and so does a capture that fails, so nothing is ever forgotten. The
 * rules err towards capturing too much, never too little:
 * - a table with a trip_id column marks that trip (`trips` itself its id); a table with an
 *   item_id or group_id column marks its item's or group's trip;
 * - every other table (contacts, organisations and settings are read into every trip's file)
 *   marks every shared trip, and so does a table a later migration adds, unless it is named
 *   below as never read into a trip's file;
 * - a connection starts with every trip marked, and another connection's commit (the CLI on the
 *   same file; PRAGMA data_version tells) marks every trip again, since its writes fired no
 *   trigger here.
 */

const ALL = '*';

/**
 * Tables buildTripFile never reads (without attachments, as capture calls it): sync's own
 * bookkeeping, which capture itself writes, the search index and attachment bytes. A write to
 * one of them alone leaves every trip's document as it was.
 */
const NOT_IN_TRIP_FILES: ReadonlySet<string> = new Set([
  'sync_docs',
  'sync_doc_updates',
  'sync_outbox',
  'sync_address_book',
  'row_changes',
  'shared_versions',
  'search_entries',
  'blobs',
]);

/** The trip a written row belongs to, an SQL expression over NEW or OLD; ALL where it cannot tell. */
function tripOfRow(table: string, columns: ReadonlySet<string>, row: 'NEW' | 'OLD'): string {
  if (table === 'trips') return `${row}.id`;
  if (columns.has('trip_id')) return `coalesce(${row}.trip_id, '${ALL}')`;
  // NULL when the parent is gone: its own trigger marked its trip as it went (a cascade).
  if (columns.has('item_id')) return `(SELECT trip_id FROM main.items WHERE id = ${row}.item_id)`;
  if (columns.has('group_id')) return `(SELECT trip_id FROM main.member_groups WHERE id = ${row}.group_id)`;
  return `'${ALL}'`;
}

function install(db: Database.Database): void {
  // No unique constraint: an outer statement's conflict policy (an upsert's) overrides a
  // trigger's OR IGNORE, so a duplicate mark would fail the user's write. NOT EXISTS keeps the
  // table at one row per trip instead.
  db.exec(`CREATE TEMP TABLE sync_dirty_trips (trip_id TEXT NOT NULL);
           CREATE INDEX temp.sync_dirty_trips_by_trip ON sync_dirty_trips (trip_id);
           CREATE TEMP TABLE sync_dirty_seen (data_version INTEGER NOT NULL);
           INSERT INTO sync_dirty_trips VALUES ('${ALL}');
           INSERT INTO sync_dirty_seen VALUES (-1);`);
  const tables = db
    .prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND coalesce(sql, '') NOT LIKE 'CREATE VIRTUAL%'")
    .all() as { name: string }[];
  for (const { name } of tables) {
    if (NOT_IN_TRIP_FILES.has(name)) continue;
    const columns = new Set((db.prepare(`PRAGMA main.table_info("${name}")`).all() as { name: string }[]).map((c) => c.name));
    const mark = (row: 'NEW' | 'OLD') =>
      `INSERT INTO sync_dirty_trips (trip_id) SELECT trip FROM (SELECT ${tripOfRow(name, columns, row)} AS trip)
       WHERE trip IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty_trips WHERE trip_id = trip);`;
    db.exec(`CREATE TEMP TRIGGER "sync_dirty_${name}_insert" AFTER INSERT ON main."${name}" BEGIN ${mark('NEW')} END;
             CREATE TEMP TRIGGER "sync_dirty_${name}_update" AFTER UPDATE ON main."${name}" BEGIN ${mark('OLD')} ${mark('NEW')} END;
             CREATE TEMP TRIGGER "sync_dirty_${name}_delete" AFTER DELETE ON main."${name}" BEGIN ${mark('OLD')} END;`);
  }
}

/**
 * The shared trips written since the last call, and forget them: call inside the write's
 * transaction, then capture each. A capture's own order fixes (normaliseOrder) mark their trip
 * again, so the next write captures it once more, as before.
 */
export function takeDirtyTrips(db: Database.Database, shared: readonly string[]): string[] {
  const installed = prepared(db, "SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = 'sync_dirty_trips'").get();
  if (!installed) install(db);
  const version = prepared(db, 'PRAGMA data_version').get() as { data_version: number };
  const seen = prepared(db, 'UPDATE temp.sync_dirty_seen SET data_version = ? WHERE data_version != ?').run(version.data_version, version.data_version);
  const marked = new Set((prepared(db, 'SELECT trip_id FROM temp.sync_dirty_trips').all() as { trip_id: string }[]).map((r) => r.trip_id));
  if (marked.size) prepared(db, 'DELETE FROM temp.sync_dirty_trips').run();
  if (seen.changes > 0 || marked.has(ALL)) return [...shared];
  return shared.filter((tripId) => marked.has(tripId));
}
