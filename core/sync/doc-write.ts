import * as Y from 'yjs';
import { rekey } from '../../shared/sync/fractional-index';
import {
  FOLLOW_UPS,
  META,
  ORDER_FIELD,
  ORDER_KEY,
  ROW_KEY,
  SENSITIVE_MEMBER_FIELDS,
  SET_FIELDS,
  SYNC_FORMAT,
  SYNC_TABLES,
  TEXT_FIELDS,
  TOMBSTONES,
  type SyncTable,
} from '../../shared/sync/layout';
import { textEdit } from '../../shared/sync/text-diff';
import { toInstant } from '../../shared/time/zoned';
import type { TripFile } from '../sharing/trip-file/format';

type Row = Record<string, unknown>;

/** Origin of transactions that carry this laptop's own changes into a document. */
export const LOCAL_ORIGIN = 'local';

/**
 * Make the document say what `file` (this laptop's tables, read as a trip file) says, changing
 * only what differs: a field that differs is set, a long text is edited by its minimal diff, an
 * ordering changes the keys of moved rows only. So the update this produces is exactly the local
 * change, and merges with colleagues' concurrent changes field by field.
 *
 * Rows missing from `file` are removed from the document; the ones this laptop deleted are also
 * tombstoned (file.tombstones), which makes a delete win over a concurrent edit elsewhere.
 */
export function writeSnapshot(doc: Y.Doc, file: TripFile, schemaVersion: number, { full = false } = {}): void {
  doc.transact(() => {
    const meta = doc.getMap(META);
    if (meta.get('format') !== SYNC_FORMAT) meta.set('format', SYNC_FORMAT);
    if (meta.get('tripId') !== file.trip.id) meta.set('tripId', file.trip.id);
    const known = meta.get('schemaVersion');
    if (typeof known !== 'number' || known < schemaVersion) meta.set('schemaVersion', schemaVersion);
    const syncSensitive = meta.get('syncSensitive') === true;

    const rows = rowsOf(file, syncSensitive);
    for (const table of SYNC_TABLES) writeTable(doc.getMap(table), table, rows[table], full);

    const tombstones = doc.getMap(TOMBSTONES);
    for (const t of file.tombstones) {
      if (!tombstones.has(t.entityId)) tombstones.set(t.entityId, { entityType: t.entityType, deletedAt: t.deletedAt });
    }
    // A row that exists here again (undo of a delete) is no longer deleted.
    for (const table of SYNC_TABLES) for (const row of rows[table]) tombstones.delete(String(row[ROW_KEY[table]]));
  }, LOCAL_ORIGIN);
}

/** The owner's switch: members' sensitive fields travel only while it is on. */
export function setSyncSensitive(doc: Y.Doc, on: boolean): void {
  doc.transact(() => doc.getMap(META).set('syncSensitive', on), LOCAL_ORIGIN);
}

function rowsOf(file: TripFile, syncSensitive: boolean): Record<SyncTable, Row[]> {
  const members = syncSensitive
    ? file.members
    : file.members.map((m) => Object.fromEntries(Object.entries(m).filter(([k]) => !(SENSITIVE_MEMBER_FIELDS as readonly string[]).includes(k))));
  return {
    organisations: file.organisations,
    contacts: file.contacts,
    trips: [file.trip],
    members,
    groups: file.groups,
    items: file.items,
    meetings: file.meetings,
  };
}

/**
 * Every edit of a row bumps its revision and updated time (the services and the trip-file import
 * do), so a row whose version in the document is the local one has nothing new: skipped, which
 * keeps a write to a large shared trip cheap. `full` writes every row (the sensitive-field
 * switch changes what a row carries without a new version).
 */
function writeTable(map: Y.Map<unknown>, table: SyncTable, rows: Row[], full: boolean): void {
  const key = ROW_KEY[table];
  const wanted = new Set(rows.map((r) => String(r[key])));
  for (const id of [...map.keys()]) if (!wanted.has(id)) map.delete(id);
  const orderField = ORDER_FIELD[table];
  for (const entity of rows) {
    const id = String(entity[key]);
    let row = map.get(id);
    if (!(row instanceof Y.Map)) {
      // Integrated before it is filled: a Y.Text set into a detached map could not be edited.
      row = new Y.Map<unknown>();
      map.set(id, row);
    }
    const stored = row as Y.Map<unknown>;
    if (!full && stored.get('revision') === entity.revision && stored.get('updatedAt') === entity.updatedAt) continue;
    writeRow(stored, entity, table, orderField);
  }
  if (orderField) writeOrder(map, rows, key, table === 'items' ? itemSlotOrder : (r) => [Number(r[orderField])]);
}

export function writeRow(row: Y.Map<unknown>, entity: Row, table: SyncTable | 'followUps', orderField?: string): void {
  const texts = TEXT_FIELDS[table];
  const sets = table === 'followUps' ? [] : (SET_FIELDS[table] ?? []);
  for (const [field, value] of Object.entries(entity)) {
    if (field === orderField) continue;
    if (texts.includes(field)) writeText(row, field, String(value));
    else if (sets.includes(field)) writeSet(row, field, value as string[]);
    else if (table === 'meetings' && field === FOLLOW_UPS) writeFollowUps(row, value as Row[]);
    else if (!sameValue(row.get(field), value)) row.set(field, value);
  }
  for (const field of [...row.keys()]) if (!(field in entity) && field !== ORDER_KEY) row.delete(field);
}

function writeText(row: Y.Map<unknown>, field: string, value: string): void {
  let text = row.get(field);
  if (!(text instanceof Y.Text)) {
    text = new Y.Text();
    row.set(field, text);
  }
  const edit = textEdit((text as Y.Text).toString(), value);
  if (!edit) return;
  if (edit.deleteCount) (text as Y.Text).delete(edit.index, edit.deleteCount);
  if (edit.insert) (text as Y.Text).insert(edit.index, edit.insert);
}

function writeSet(row: Y.Map<unknown>, field: string, ids: string[]): void {
  let set = row.get(field);
  if (!(set instanceof Y.Map)) {
    set = new Y.Map<unknown>();
    row.set(field, set);
  }
  const members = set as Y.Map<unknown>;
  const wanted = new Set(ids);
  for (const id of [...members.keys()]) if (!wanted.has(id)) members.delete(id);
  for (const id of ids) if (!members.has(id)) members.set(id, true);
}

function writeFollowUps(row: Y.Map<unknown>, followUps: Row[]): void {
  let map = row.get(FOLLOW_UPS);
  if (!(map instanceof Y.Map)) {
    map = new Y.Map<unknown>();
    row.set(FOLLOW_UPS, map);
  }
  const byId = map as Y.Map<unknown>;
  const wanted = new Set(followUps.map((f) => String(f.id)));
  for (const id of [...byId.keys()]) if (!wanted.has(id)) byId.delete(id);
  for (const followUp of followUps) {
    let entry = byId.get(String(followUp.id));
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map<unknown>();
      byId.set(String(followUp.id), entry);
    }
    writeRow(entry as Y.Map<unknown>, followUp, 'followUps');
  }
  // The list's order is the array's order here.
  writeOrder(byId, followUps, 'id', (_, index) => [index]);
}

/**
 * Give rows order keys that follow the local order: sort by what the table orders by, breaking
 * ties by the keys rows already have (so equal positions keep the document's order), then id.
 */
function writeOrder(map: Y.Map<unknown>, rows: Row[], key: string, position: (row: Row, index: number) => number[]): void {
  const current = new Map<string, string | undefined>();
  for (const [id, row] of map.entries()) current.set(id, row instanceof Y.Map ? (row.get(ORDER_KEY) as string | undefined) : undefined);
  const ranked = rows.map((row, index) => ({ id: String(row[key]), position: position(row, index) }));
  ranked.sort((a, b) => {
    for (let i = 0; i < a.position.length; i++) if (a.position[i] !== b.position[i]) return a.position[i]! - b.position[i]!;
    const x = current.get(a.id) ?? '';
    const y = current.get(b.id) ?? '';
    if (x !== y) return x < y ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  for (const [id, orderKey] of rekey(ranked.map((r) => r.id), current)) (map.get(id) as Y.Map<unknown>).set(ORDER_KEY, orderKey);
}

/** Items are ordered by their start instant, then their place among items starting then. */
function itemSlotOrder(row: Row): number[] {
  return [toInstant(String(row.startLocal), String(row.startZone)), Number(row.sortOrder)];
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Y.AbstractType || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
