import type Database from 'better-sqlite3';
import type { Item } from '../../shared/domain/item';
import type { ParsedInput } from '../../shared/api/contract';
import { compareLocal, toInstant } from '../../shared/time/zoned';
import { defineTable } from '../db/table';
import { captureForTrash } from './trash';
import { newId, now } from './clock';
import { notFound, ServiceError } from './errors';
import { assertMembersOfTrip } from './members';
import { getTrip } from './trips';
import { prepared } from '../db/statements';

type ItemRow = Omit<Item, 'participantIds' | 'contactIds'>;
/** The stored row also keeps the start as an instant so SQL can order the programme. */
type StoredItem = ItemRow & { startInstant: number };

export const itemTable = defineTable<StoredItem, ItemRow>('items', [
  { field: 'id', column: 'id' },
  { field: 'tripId', column: 'trip_id' },
  { field: 'kind', column: 'kind' },
  { field: 'title', column: 'title' },
  { field: 'startLocal', column: 'start_local' },
  { field: 'startZone', column: 'start_zone' },
  { field: 'endLocal', column: 'end_local' },
  { field: 'endZone', column: 'end_zone' },
  { field: 'allDay', column: 'all_day', kind: 'bool' },
  { field: 'startInstant', column: 'start_instant', writeOnly: true },
  { field: 'location.venue', column: 'venue' },
  { field: 'location.address', column: 'address' },
  { field: 'location.addressLocal', column: 'address_local' },
  { field: 'location.city', column: 'city' },
  { field: 'description', column: 'description' },
  { field: 'details', column: 'details', kind: 'json' },
  { field: 'publicNotes', column: 'public_notes' },
  { field: 'internalNotes', column: 'internal_notes' },
  { field: 'allMembers', column: 'all_members', kind: 'bool' },
  { field: 'state', column: 'state' },
  { field: 'outcome', column: 'outcome' },
  { field: 'seating', column: 'seating', kind: 'json' },
  { field: 'translation', column: 'translation', kind: 'json' },
  { field: 'sortOrder', column: 'sort_order' },
  { field: 'createdAt', column: 'created_at' },
  { field: 'updatedAt', column: 'updated_at' },
  { field: 'revision', column: 'revision' },
]);

// Participants and contacts come back as JSON arrays in the same row: one query per list.
const SELECT = `SELECT ${itemTable.columns('i')},
  (SELECT json_group_array(member_id) FROM item_participants p WHERE p.item_id = i.id) AS participant_ids,
  (SELECT json_group_array(contact_id) FROM (SELECT contact_id FROM item_contacts c WHERE c.item_id = i.id ORDER BY position)) AS contact_ids
  FROM items i`;

// Adds the lists to the mapped row itself: a workspace maps hundreds of items, and copying each
// object again showed in profiles.
const fromRow = (row: Record<string, unknown>): Item => {
  const item = itemTable.fromRow(row) as Item;
  item.participantIds = JSON.parse(String(row.participant_ids)) as string[];
  item.contactIds = JSON.parse(String(row.contact_ids)) as string[];
  return item;
};

export function getItem(db: Database.Database, id: string): Item {
  const row = prepared(db, `${SELECT} WHERE i.id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) throw notFound('itinerary item', id);
  return fromRow(row);
}

/** A trip's programme in time order (start instant, then manual order for ties). */
export function listItems(db: Database.Database, tripId: string): Item[] {
  getTrip(db, tripId);
  return (
    prepared(db, `${SELECT} WHERE i.trip_id = ? ORDER BY i.start_instant, i.sort_order, i.title`).all(tripId) as Record<
      string,
      unknown
    >[]
  ).map(fromRow);
}

export function createItem(db: Database.Database, input: ParsedInput<'items:create'>, id = newId()): Item {
  getTrip(db, input.tripId);
  const { participantIds, contactIds, ...fields } = input;
  // One timestamp for both: two now() calls can differ by a millisecond, and a new item would
  // then look edited since its creation to a merge (merges compare updated_at).
  const timestamp = now();
  const item: StoredItem = {
    id,
    ...fields,
    startInstant: toInstant(input.startLocal, input.startZone),
    sortOrder: nextSortOrder(db, input.tripId, input.startLocal, input.startZone),
    createdAt: timestamp,
    updatedAt: timestamp,
    revision: 0,
  };
  itemTable.insert(db, item);
  setParticipants(db, item, participantIds);
  setContacts(db, id, contactIds);
  return getItem(db, id);
}

export function updateItem(db: Database.Database, { id, patch }: ParsedInput<'items:update'>): Item {
  const current = getItem(db, id);
  const next = { ...current, ...patch, location: { ...current.location, ...patch.location } };
  // The patch may change only one end; the combination with stored values must still hold.
  if (next.endLocal && compareLocal(next.startLocal, next.startZone, next.endLocal, next.endZone) > 0) {
    throw new ServiceError('invalid_input', 'The end is before the start (times are compared in their own time zones)', [
      { path: ['endLocal'], message: 'The end is before the start' },
    ]);
  }
  const { participantIds, contactIds, ...fields } = patch;
  itemTable.update(db, id, { ...fields, startInstant: toInstant(next.startLocal, next.startZone) }, now());
  if (participantIds || patch.allMembers !== undefined) setParticipants(db, next, participantIds ?? current.participantIds);
  if (contactIds) setContacts(db, id, contactIds);
  return getItem(db, id);
}

export function deleteItem(db: Database.Database, id: string): { id: string; trashId: string } {
  const { tripId } = getItem(db, id);
  const trashId = captureForTrash(db, 'item', id, tripId);
  prepared(db, 'DELETE FROM items WHERE id = ?').run(id);
  return { id, trashId };
}

/** Manual order for items that start at the same time: ids in the wanted order. */
export function reorderItems(db: Database.Database, { tripId, ids }: ParsedInput<'items:reorder'>): Item[] {
  const items = listItems(db, tripId);
  const known = new Set(items.map((i) => i.id));
  const strangers = ids.filter((id) => !known.has(id));
  if (strangers.length) throw new ServiceError('conflict', `Not items of this trip: ${strangers.join(', ')}`);
  const set = prepared(db, 'UPDATE items SET sort_order = ?, updated_at = ?, revision = revision + 1 WHERE id = ? AND sort_order != ?');
  const timestamp = now();
  ids.forEach((id, index) => set.run(index, timestamp, id, index));
  return listItems(db, tripId);
}

function setParticipants(
  db: Database.Database,
  item: Pick<Item, 'id' | 'tripId' | 'allMembers'>,
  participantIds: readonly string[],
): void {
  prepared(db, 'DELETE FROM item_participants WHERE item_id = ?').run(item.id);
  // "All members" includes members added later, so no rows are kept for it.
  if (item.allMembers) return;
  assertMembersOfTrip(db, item.tripId, participantIds);
  const add = prepared(db, 'INSERT OR IGNORE INTO item_participants (item_id, member_id) VALUES (?, ?)');
  for (const memberId of participantIds) add.run(item.id, memberId);
}

function setContacts(db: Database.Database, itemId: string, contactIds: readonly string[]): void {
  assertContactsExist(db, contactIds);
  prepared(db, 'DELETE FROM item_contacts WHERE item_id = ?').run(itemId);
  const add = prepared(db, 'INSERT OR IGNORE INTO item_contacts (item_id, contact_id, position) VALUES (?, ?, ?)');
  contactIds.forEach((contactId, position) => add.run(itemId, contactId, position));
}

export function assertContactsExist(db: Database.Database, contactIds: readonly string[]): void {
  if (contactIds.length === 0) return;
  const found = prepared(db, 'SELECT id FROM contacts WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(contactIds)) as { id: string }[];
  const known = new Set(found.map((r) => r.id));
  const missing = contactIds.filter((id) => !known.has(id));
  if (missing.length) throw new ServiceError('not_found', `No contact with id ${missing.join(', ')}`);
}

function nextSortOrder(db: Database.Database, tripId: string, startLocal: string, startZone: string): number {
  const row = prepared(db, 'SELECT coalesce(max(sort_order), -1) + 1 AS next FROM items WHERE trip_id = ? AND start_instant = ?')
    .get(tripId, toInstant(startLocal, startZone)) as { next: number };
  return row.next;
}
