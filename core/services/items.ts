import type Database from 'better-sqlite3';
import type { Item } from '../../shared/domain/item';
import type { PerDiemItem } from '../../shared/per-diem';
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

/** A row of SELECT: the readable columns of itemTable, and the two lists as JSON arrays. */
interface ItemSqlRow {
  id: string;
  trip_id: string;
  kind: Item['kind'];
  title: string;
  start_local: string;
  start_zone: string;
  end_local: string | null;
  end_zone: string;
  all_day: number;
  venue: string;
  address: string;
  address_local: string;
  city: string;
  description: string;
  details: string;
  public_notes: string;
  internal_notes: string;
  all_members: number;
  state: Item['state'];
  outcome: string;
  seating: string | null;
  translation: string;
  sort_order: number;
  created_at: string;
  updated_at: string;
  revision: number;
  participant_ids: string;
  contact_ids: string;
}

type ListReader = (json: string) => string[];
const parseList: ListReader = (json) => JSON.parse(json) as string[];

/**
 * parseList for the rows of one read, parsing each distinct list once. A large delegation's items
 * are attended by a few sub-groups, so most rows repeat a participant list already read, and
 * comparing two strings costs a fraction of parsing one (sixty members' ids per row: parsing them
 * was the largest part of mapping a large trip's items). A handful of lists is kept; a programme
 * of all different lists only pays the few comparisons. Every item gets an array of its own.
 */
function listReader(): ListReader {
  const known: { json: string; ids: readonly string[] }[] = [];
  return (json) => {
    for (const list of known) if (list.json === json) return [...list.ids];
    const ids = parseList(json);
    if (known.length < 8) known.push({ json, ids: [...ids] });
    return ids;
  };
}

/**
 * itemTable.fromRow written out, with the two lists: the same object, keys in the same order
 * (tests/core/items.test.ts compares them), at half the cost. A workspace, the budget and the
 * per-diem sheets map every item of the trip, and the generic mapper (one keyed store per column,
 * nested paths built as it goes) was most of the JavaScript in reading a large trip.
 */
export const itemFromRow = (row: ItemSqlRow, participants: ListReader = parseList): Item => ({
  id: row.id,
  tripId: row.trip_id,
  kind: row.kind,
  title: row.title,
  startLocal: row.start_local,
  startZone: row.start_zone,
  endLocal: row.end_local,
  endZone: row.end_zone,
  allDay: row.all_day === 1,
  location: { venue: row.venue, address: row.address, addressLocal: row.address_local, city: row.city },
  description: row.description,
  details: JSON.parse(row.details) as Item['details'],
  publicNotes: row.public_notes,
  internalNotes: row.internal_notes,
  allMembers: row.all_members === 1,
  state: row.state,
  outcome: row.outcome,
  seating: JSON.parse(String(row.seating)) as Item['seating'],
  translation: JSON.parse(row.translation) as Item['translation'],
  sortOrder: row.sort_order,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  revision: row.revision,
  participantIds: participants(row.participant_ids),
  contactIds: parseList(row.contact_ids),
});

export function getItem(db: Database.Database, id: string): Item {
  const row = prepared(db, `${SELECT} WHERE i.id = ?`).get(id) as ItemSqlRow | undefined;
  if (!row) throw notFound('itinerary item', id);
  return itemFromRow(row);
}

const LIST = `${SELECT} WHERE i.trip_id = ? ORDER BY i.start_instant, i.sort_order, i.title`;

/** A trip's programme in time order (start instant, then manual order for ties). */
export function listItems(db: Database.Database, tripId: string): Item[] {
  getTrip(db, tripId);
  const participants = listReader();
  return (prepared(db, LIST).all(tripId) as ItemSqlRow[]).map((row) => itemFromRow(row, participants));
}

/**
 * listItems as the per diem reads them (the budget, the per-diem sheets): the same query, with
 * only what a PerDiemItem has mapped. The budget of a large trip has no use for the notes,
 * descriptions, seating plans and translations of its hundreds of items, and mapping them was
 * a third of the JavaScript it ran.
 */
export function listPerDiemItems(db: Database.Database, tripId: string): PerDiemItem[] {
  getTrip(db, tripId);
  const participants = listReader();
  return (prepared(db, LIST).all(tripId) as ItemSqlRow[]).map(
    (row): PerDiemItem => ({
      kind: row.kind,
      title: row.title,
      startLocal: row.start_local,
      startZone: row.start_zone,
      endLocal: row.end_local,
      endZone: row.end_zone,
      allDay: row.all_day === 1,
      location: { city: row.city },
      details: JSON.parse(row.details) as Item['details'],
      allMembers: row.all_members === 1,
      participantIds: participants(row.participant_ids),
      sortOrder: row.sort_order,
    }),
  );
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
