import type Database from 'better-sqlite3';
import type * as Y from 'yjs';
import { z } from 'zod';
import { CHANGES } from '../../shared/sync/layout';
import type { ChangedEntityType, RowChange } from '../../shared/sync/presence';
import { prepared } from '../db/statements';
import { now } from '../services/clock';
import { SyncRefusal } from './errors';
import { ensurePlanner, plannerOf, type Planner } from './planner';

/**
 * "Changed by NAME, TIME" and the marks on colleagues' changes (docs/sync.md).
 *
 * In the document: the top-level map `changes`, row id → { by, laptop, at }, set by the laptop
 * that changed the row, in the same capture as the change (a meeting's details and follow-ups
 * count as their item). A map of its own rather than keys inside each row: rows are checked
 * against the trip file's strict schemas and the trip file stays the same byte for byte on every
 * laptop, so nothing about who typed may enter a row. Concurrent edits of one row leave one
 * entry (Yjs's last writer per key), like the row's fields.
 *
 * On this laptop: row_changes (migration 014) holds the same, plus `unseen` for a colleague's
 * change this planner has not opened yet. Local only.
 */

/** The tables whose rows carry a change record, and what the screens call them. */
const TRACKED: readonly (readonly [table: string, type: ChangedEntityType])[] = [
  ['trips', 'trip'],
  ['members', 'member'],
  ['groups', 'group'],
  ['items', 'item'],
  ['meetings', 'item'],
];

const ChangeRecord = z.strictObject({ by: z.string().max(100), laptop: z.string().max(64), at: z.iso.datetime() });
type ChangeRecord = z.infer<typeof ChangeRecord>;

/** Run `change` on `doc` and answer the ids of the tracked rows (and change records) it touched. */
export function collectChangedRows(doc: Y.Doc, change: () => void): Set<string> {
  const ids = new Set<string>();
  const maps = [...TRACKED.map(([table]) => table), CHANGES].map((name) => doc.getMap(name));
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], map: Y.Map<unknown>) => {
    for (const event of events) {
      if (event.target === map) for (const key of event.keys.keys()) ids.add(key);
      else if (typeof event.path[0] === 'string') ids.add(event.path[0]);
    }
  };
  const bound = maps.map((map) => {
    const listener = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => observer(events, map);
    map.observeDeep(listener);
    return () => map.unobserveDeep(listener);
  });
  try {
    change();
  } finally {
    for (const unbind of bound) unbind();
  }
  return ids;
}

/** Record this laptop as the one that changed `ids` (rows this capture wrote or removed). */
export function stampLocalChanges(doc: Y.Doc, ids: ReadonlySet<string>, planner: Planner, origin: unknown): void {
  if (ids.size === 0) return;
  const changes = doc.getMap(CHANGES);
  const at = now();
  doc.transact(() => {
    for (const id of ids) {
      if (entityTypeIn(doc, id)) changes.set(id, { by: planner.name, laptop: planner.laptopId, at } satisfies ChangeRecord);
      else if (changes.has(id)) changes.delete(id);
    }
  }, origin);
}

/** A colleague's document may hold change records only of this shape: anything else refuses the update. */
export function checkChangeRecords(doc: Y.Doc): void {
  for (const [id, value] of doc.getMap(CHANGES).entries()) {
    if (!z.uuid().safeParse(id).success || !ChangeRecord.safeParse(value).success) {
      throw new SyncRefusal('the shared trip has an invalid change record');
    }
  }
}

/**
 * Copy the document's change records of `ids` into row_changes (inside the caller's transaction).
 * `remote`: they came from a colleague, so a change made elsewhere is marked unseen — except on
 * the trip's first arrival (`firstArrival`), when everything is new and nothing is worth a mark.
 */
export function recordChanges(db: Database.Database, tripId: string, doc: Y.Doc, ids: ReadonlySet<string>, { remote = false, firstArrival = false } = {}): void {
  if (ids.size === 0) return;
  const me = remote ? plannerOf(db) : ensurePlanner(db);
  const changes = doc.getMap(CHANGES);
  const remove = prepared(db, 'DELETE FROM row_changes WHERE entity_id = ?');
  const upsert = prepared(
    db,
    `INSERT INTO row_changes (entity_id, entity_type, trip_id, changed_by, changed_by_laptop, changed_at, unseen)
     VALUES (@id, @type, @tripId, @by, @laptop, @at, @unseen)
     ON CONFLICT (entity_id) DO UPDATE SET entity_type = excluded.entity_type, trip_id = excluded.trip_id, changed_by = excluded.changed_by,
       changed_by_laptop = excluded.changed_by_laptop, changed_at = excluded.changed_at,
       unseen = CASE WHEN @keepUnseen THEN max(unseen, excluded.unseen) ELSE excluded.unseen END`,
  );
  for (const id of ids) {
    const type = entityTypeIn(doc, id);
    if (!type) {
      remove.run(id);
      continue;
    }
    const parsed = ChangeRecord.safeParse(changes.get(id));
    // A laptop from before change records: a colleague, now.
    const record = parsed.success ? parsed.data : { by: '', laptop: '', at: now() };
    const mine = record.laptop !== '' && record.laptop === me.laptopId;
    // Marks are for what the planner can open and so see: items and members.
    const unseen = remote && !mine && !firstArrival && (type === 'item' || type === 'member') ? 1 : 0;
    upsert.run({ id, type, tripId, by: record.by, laptop: record.laptop, at: record.at, unseen, keepUnseen: remote && !mine ? 1 : 0 });
  }
}

/** Every recorded change of a trip's rows, for the details ("changed by") and the marks. */
export function changesOfTrip(db: Database.Database, tripId: string): RowChange[] {
  const me = plannerOf(db).laptopId;
  const rows = db
    .prepare('SELECT entity_id, entity_type, changed_by, changed_by_laptop, changed_at, unseen FROM row_changes WHERE trip_id = ? ORDER BY changed_at DESC, entity_id')
    .all(tripId) as { entity_id: string; entity_type: ChangedEntityType; changed_by: string; changed_by_laptop: string; changed_at: string; unseen: number }[];
  return rows.map((r) => ({
    entityId: r.entity_id,
    entityType: r.entity_type,
    changedBy: r.changed_by,
    byMe: me !== '' && r.changed_by_laptop === me,
    changedAt: r.changed_at,
    unseen: r.unseen === 1,
  }));
}

export function unseenCount(db: Database.Database, tripId: string): number {
  return (db.prepare('SELECT count(*) AS n FROM row_changes WHERE trip_id = ? AND unseen = 1').get(tripId) as { n: number }).n;
}

/** The planner looked at these rows (none given: all of the trip's). Answers how many stay unseen. */
export function markSeen(db: Database.Database, tripId: string, ids?: readonly string[]): number {
  if (ids) db.prepare('UPDATE row_changes SET unseen = 0 WHERE trip_id = ? AND entity_id IN (SELECT value FROM json_each(?))').run(tripId, JSON.stringify(ids));
  else db.prepare('UPDATE row_changes SET unseen = 0 WHERE trip_id = ?').run(tripId);
  return unseenCount(db, tripId);
}

/** What a row id is in the document now (undefined: not there, e.g. deleted). A meeting is its item. */
function entityTypeIn(doc: Y.Doc, id: string): ChangedEntityType | undefined {
  for (const [table, type] of TRACKED) if (doc.getMap(table).has(id)) return type;
  return undefined;
}
