import type Database from 'better-sqlite3';
import { newId, now } from './clock';
import { notFound, ServiceError } from './errors';
import { prepared } from '../db/statements';

/**
 * What a delete removes, captured so it can be put back (undo). Each entity type lists the rows
 * its delete cascades to, and the references it sets to NULL, in foreign-key order (parents
 * first), so a restore can insert them in the same order.
 */
export type TrashableType = 'trip' | 'member' | 'item' | 'member_group' | 'contact' | 'organisation' | 'attachment' | 'gift';

interface RowSet {
  table: string;
  /** SQL selecting the affected rows; `?` is the deleted entity's id. */
  where: string;
}
interface NulledReference {
  table: string;
  column: string;
  key: string;
}

const ITEM_CASCADE = (itemFilter: string): RowSet[] => [
  { table: 'items', where: itemFilter },
  { table: 'item_participants', where: `item_id IN (SELECT id FROM items WHERE ${itemFilter})` },
  { table: 'item_contacts', where: `item_id IN (SELECT id FROM items WHERE ${itemFilter})` },
  { table: 'meetings', where: `item_id IN (SELECT id FROM items WHERE ${itemFilter})` },
  { table: 'meeting_counterparts', where: `item_id IN (SELECT id FROM items WHERE ${itemFilter})` },
  { table: 'follow_ups', where: `item_id IN (SELECT id FROM items WHERE ${itemFilter})` },
];

const CASCADES: Record<TrashableType, { rows: RowSet[]; nulled: NulledReference[] }> = {
  trip: {
    rows: [
      { table: 'trips', where: 'id = ?' },
      { table: 'members', where: 'trip_id = ?' },
      { table: 'member_groups', where: 'trip_id = ?' },
      { table: 'member_group_members', where: 'group_id IN (SELECT id FROM member_groups WHERE trip_id = ?)' },
      ...ITEM_CASCADE('trip_id = ?'),
      // The budget refers to members and items: after them.
      { table: 'funding_sources', where: 'trip_id = ?' },
      { table: 'cost_lines', where: 'trip_id = ?' },
      // After members and items (their owners); gifts after attachments (a gift's photo).
      { table: 'attachments', where: 'trip_id = ?' },
      { table: 'gifts', where: 'trip_id = ?' },
    ],
    nulled: [],
  },
  member: {
    rows: [
      { table: 'members', where: 'id = ?' },
      { table: 'member_group_members', where: 'member_id = ?' },
      { table: 'item_participants', where: 'member_id = ?' },
      { table: 'attachments', where: 'member_id = ?' },
    ],
    nulled: [
      { table: 'meetings', column: 'interpreter_member_id', key: 'item_id' },
      { table: 'cost_lines', column: 'member_id', key: 'id' },
    ],
  },
  item: {
    // Not in ITEM_CASCADE: a trip's delete takes its attachments by trip_id, once.
    rows: [...ITEM_CASCADE('id = ?'), { table: 'attachments', where: 'item_id = ?' }],
    nulled: [
      { table: 'cost_lines', column: 'item_id', key: 'id' },
      { table: 'gifts', column: 'item_id', key: 'id' },
    ],
  },
  member_group: {
    rows: [
      { table: 'member_groups', where: 'id = ?' },
      { table: 'member_group_members', where: 'group_id = ?' },
    ],
    nulled: [],
  },
  contact: {
    rows: [
      { table: 'contacts', where: 'id = ?' },
      { table: 'item_contacts', where: 'contact_id = ?' },
      { table: 'meeting_counterparts', where: 'contact_id = ?' },
    ],
    nulled: [
      { table: 'meetings', column: 'interpreter_contact_id', key: 'item_id' },
      { table: 'gifts', column: 'contact_id', key: 'id' },
    ],
  },
  organisation: {
    rows: [{ table: 'organisations', where: 'id = ?' }],
    nulled: [
      { table: 'contacts', column: 'organisation_id', key: 'id' },
      { table: 'meetings', column: 'host_organisation_id', key: 'item_id' },
      { table: 'gifts', column: 'organisation_id', key: 'id' },
    ],
  },
  attachment: {
    rows: [{ table: 'attachments', where: 'id = ?' }],
    nulled: [{ table: 'gifts', column: 'photo_attachment_id', key: 'id' }],
  },
  gift: { rows: [{ table: 'gifts', where: 'id = ?' }], nulled: [] },
};

interface Snapshot {
  rows: { table: string; rows: Record<string, unknown>[] }[];
  nulled: { table: string; column: string; key: string; keys: string[] }[];
}

/** How many deletes can be undone; older trash is dropped. */
const TRASH_LIMIT = 200;

/**
 * Copy what deleting `entityId` will remove into the trash; call right before the DELETE, in
 * the same transaction. Returns the trash id the caller hands back for undo.
 */
export function captureForTrash(db: Database.Database, type: TrashableType, entityId: string, tripId: string | null): string {
  const cascade = CASCADES[type];
  const snapshot: Snapshot = {
    rows: cascade.rows.map(({ table, where }) => {
      const params = Array.from({ length: (where.match(/\?/g) ?? []).length }, () => entityId);
      return { table, rows: prepared(db, `SELECT * FROM ${table} WHERE ${where}`).all(...params) as Record<string, unknown>[] };
    }),
    nulled: cascade.nulled.map(({ table, column, key }) => ({
      table,
      column,
      key,
      keys: (prepared(db, `SELECT ${key} AS k FROM ${table} WHERE ${column} = ?`).all(entityId) as { k: string }[]).map((r) => r.k),
    })),
  };
  const id = newId();
  prepared(db, 'INSERT INTO trash (id, entity_type, entity_id, trip_id, snapshot, deleted_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    id,
    type,
    entityId,
    tripId,
    JSON.stringify(snapshot),
    now(),
  );
  prepared(db, 'DELETE FROM trash WHERE id NOT IN (SELECT id FROM trash ORDER BY deleted_at DESC, rowid DESC LIMIT ?)').run(TRASH_LIMIT);
  return id;
}

/** Put back exactly what a delete removed. Refused if something now conflicts with it. */
export function restoreFromTrash(db: Database.Database, trashId: string): { entityType: TrashableType; id: string; tripId: string | null } {
  const entry = prepared(db, 'SELECT entity_type, entity_id, trip_id, snapshot FROM trash WHERE id = ?').get(trashId) as
    | { entity_type: TrashableType; entity_id: string; trip_id: string | null; snapshot: string }
    | undefined;
  if (!entry) throw notFound('deleted entry to restore (it may be too old)', trashId);
  const snapshot = JSON.parse(entry.snapshot) as Snapshot;
  try {
    for (const { table, rows } of snapshot.rows) {
      for (const row of rows) {
        const columns = Object.keys(row);
        prepared(db, `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`).run(row);
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_CONSTRAINT')) {
      // The parent trip was deleted meanwhile, or the same id was re-created by an import.
      throw new ServiceError('conflict', 'This cannot be restored any more: what it belonged to has changed or been deleted.');
    }
    throw error;
  }
  for (const { table, column, key, keys } of snapshot.nulled) {
    const set = prepared(db, `UPDATE ${table} SET ${column} = ? WHERE ${key} = ? AND ${column} IS NULL`);
    for (const k of keys) set.run(entry.entity_id, k);
  }
  if (entry.entity_type === 'member' && entry.trip_id) renumberPrecedence(db, entry.trip_id, entry.entity_id);
  prepared(db, 'DELETE FROM trash WHERE id = ?').run(trashId);
  return { entityType: entry.entity_type, id: entry.entity_id, tripId: entry.trip_id };
}

/** A restored member takes its old place again; the others close ranks around it. */
function renumberPrecedence(db: Database.Database, tripId: string, restoredId: string): void {
  const ids = (
    prepared(db, 'SELECT id FROM members WHERE trip_id = ? ORDER BY precedence, id = ? DESC').all(tripId, restoredId) as { id: string }[]
  ).map((r) => r.id);
  const set = prepared(db, 
    'UPDATE members SET precedence = ?, updated_at = ?, revision = revision + 1 WHERE id = ? AND precedence != ?',
  );
  const timestamp = now();
  ids.forEach((id, index) => set.run(index + 1, timestamp, id, index + 1));
}
