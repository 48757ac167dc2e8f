import * as Y from 'yjs';
import { byOrderKey, isOrderKey } from '../../shared/sync/fractional-index';
import {
  FOLLOW_UPS,
  META,
  ORDER_KEY,
  ROW_KEY,
  SENSITIVE_MEMBER_FIELDS,
  emptySensitiveValue,
  SET_FIELDS,
  SYNC_FORMAT,
  SYNC_TABLES,
  TEXT_FIELDS,
  TOMBSTONES,
  TOP_LEVEL_NAMES,
  type SyncTable,
} from '../../shared/sync/layout';
import { toInstant } from '../../shared/time/zoned';
import { FileTombstone, TripFileSchema, TRIP_FILE_FORMAT, TRIP_FILE_VERSION, type TripFile } from '../sharing/trip-file/format';
import { SyncRefusal } from './errors';

type Row = Record<string, unknown>;

/** What a trip document holds, checked: the trip as a trip file, and whether sensitive fields travel. */
export interface DocSnapshot {
  file: TripFile;
  syncSensitive: boolean;
}

/** A fixed stamp: the file is compared and written, never saved as a file. */
const READ_AT = '2000-01-01T00:00:00.000Z';

/**
 * Read a trip document into a trip file and check it as strictly as an imported trip file:
 * every row passes the domain's zod schemas (strict: an unknown field is refused), the layout is
 * the one layout.ts describes (an unknown table is refused), every row belongs to `tripId`.
 * Throws SyncRefusal with one sentence; null when the document holds no trip yet.
 *
 * Rules applied while reading (the same on every laptop, so all derive the same tables):
 * a tombstoned id is left out (delete wins); orderings are derived from the order keys;
 * references to rows that are not in the document (a member deleted while a colleague added them
 * to an item) are dropped.
 */
export function readSnapshot(doc: Y.Doc, tripId: string, schemaVersion: number): DocSnapshot | null {
  for (const name of doc.share.keys()) {
    if (!TOP_LEVEL_NAMES.includes(name)) throw new SyncRefusal(`the shared trip holds an unknown part “${name.slice(0, 40)}”`);
  }
  const meta = mapOf(doc, META);
  const version = meta.get('schemaVersion');
  if (version !== undefined && (typeof version !== 'number' || !Number.isInteger(version))) throw new SyncRefusal('the shared trip has no valid schema version');
  if (typeof version === 'number' && version > schemaVersion) {
    throw new SyncRefusal(
      `the shared trip was saved by a newer version of Delegation Planner (data version ${version}, this app reads up to ${schemaVersion}): update the app to sync it`,
      'incompatible_schema',
    );
  }
  const format = meta.get('format');
  if (format !== undefined && format !== SYNC_FORMAT) throw new SyncRefusal('the shared document is not a Delegation Planner trip');
  const syncSensitive = meta.get('syncSensitive') === true;

  const tombstones = readTombstones(mapOf(doc, TOMBSTONES));
  const deleted = new Set(tombstones.map((t) => t.entityId));
  const tables = Object.fromEntries(
    SYNC_TABLES.map((table) => [table, readTable(mapOf(doc, table), table).filter((r) => !deleted.has(String(r[ROW_KEY[table]])))]),
  ) as Record<SyncTable, Row[]>;

  const trip = tables.trips.find((t) => t.id === tripId);
  if (tables.trips.length === 0) return null;
  if (!trip || tables.trips.length > 1) throw new SyncRefusal('the shared document holds another trip than its name says');

  const members = deriveOrder(tables.members, () => [0], 'precedence', 1).map((m) => withSensitiveDefaults(m, syncSensitive));
  const items = deriveOrder(tables.items, (r) => [instantOf(r)], 'sortOrder', 0);
  const file = dropDanglingReferences({
    format: TRIP_FILE_FORMAT,
    version: TRIP_FILE_VERSION,
    exportedAt: READ_AT,
    includesPassports: true,
    trip,
    members,
    groups: tables.groups,
    items,
    meetings: tables.meetings,
    contacts: tables.contacts,
    organisations: tables.organisations,
    tombstones,
  });
  const parsed = TripFileSchema.safeParse(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SyncRefusal(`the shared trip has an invalid value at ${issue.path.join('.')}: ${issue.message}`);
  }
  for (const list of [parsed.data.members, parsed.data.groups, parsed.data.items]) {
    if (list.some((row) => row.tripId !== tripId)) throw new SyncRefusal('the shared trip holds rows of another trip');
  }
  if (parsed.data.meetings.some((m) => !parsed.data.items.some((i) => i.id === m.itemId))) {
    throw new SyncRefusal('the shared trip holds meeting details without their item');
  }
  return { file: parsed.data, syncSensitive };
}

function mapOf(doc: Y.Doc, name: string): Y.Map<unknown> {
  try {
    return doc.getMap(name);
  } catch {
    throw new SyncRefusal(`the shared trip's “${name}” has the wrong shape`);
  }
}

function readTable(map: Y.Map<unknown>, table: SyncTable): Row[] {
  const rows: Row[] = [];
  const key = ROW_KEY[table];
  for (const [id, value] of map.entries()) {
    const row = readRow(value, table);
    if (row[key] !== id) throw new SyncRefusal(`a row of ${table} is stored under another id than its own`);
    rows.push(row);
  }
  return rows;
}

export function readRow(value: unknown, table: SyncTable | 'followUps'): Row {
  if (!(value instanceof Y.Map)) throw new SyncRefusal(`a row of ${table} is not a map`);
  const texts = TEXT_FIELDS[table];
  const sets = table === 'followUps' ? [] : (SET_FIELDS[table] ?? []);
  const row: Row = {};
  for (const [field, content] of (value as Y.Map<unknown>).entries()) {
    if (texts.includes(field)) {
      if (!(content instanceof Y.Text)) throw new SyncRefusal(`${table}.${field} is not text`);
      row[field] = content.toString();
    } else if (sets.includes(field)) {
      if (!(content instanceof Y.Map)) throw new SyncRefusal(`${table}.${field} is not a set`);
      row[field] = [...content.keys()].sort();
    } else if (table === 'meetings' && field === FOLLOW_UPS) {
      if (!(content instanceof Y.Map)) throw new SyncRefusal(`${table}.${field} is not a list`);
      const followUps = [...content.values()].map((f) => readRow(f, 'followUps'));
      row[field] = sortByKey(followUps).map(({ [ORDER_KEY]: _key, ...f }) => f);
    } else if (content instanceof Y.AbstractType) {
      throw new SyncRefusal(`${table}.${field} has the wrong shape`);
    } else {
      row[field] = content;
    }
  }
  return row;
}

function sortByKey(rows: Row[]): Row[] {
  for (const row of rows) if (!isOrderKey(row[ORDER_KEY])) throw new SyncRefusal('a row has no valid place in its list');
  return [...rows].sort(byOrderKey((r) => String(r[ORDER_KEY]), (r) => String(r.id)));
}

/**
 * Replace the order key by the integer the table stores: its rank (from `base`) among rows in the
 * same group (items: those starting at the same instant; members: all).
 */
function deriveOrder(rows: Row[], group: (row: Row) => number[], field: string, base: number): Row[] {
  const ranks = new Map<string, number>();
  const sorted = sortByKey(rows);
  for (const row of sorted) {
    const slot = group(row).join(' ');
    const rank = ranks.get(slot) ?? base;
    ranks.set(slot, rank + 1);
    row[field] = rank;
    delete row[ORDER_KEY];
  }
  return sorted;
}

function instantOf(row: Row): number {
  try {
    return toInstant(String(row.startLocal), String(row.startZone));
  } catch {
    throw new SyncRefusal('an item of the shared trip has an invalid start');
  }
}

/** Without the owner's switch the fields are not in the document: placeholders, replaced by ours when written. */
function withSensitiveDefaults(member: Row, syncSensitive: boolean): Row {
  if (syncSensitive) return member;
  for (const field of SENSITIVE_MEMBER_FIELDS) {
    if (field in member) throw new SyncRefusal(`the shared trip carries ${field} although its owner keeps it private`);
    member[field] = emptySensitiveValue(field);
  }
  return member;
}

function readTombstones(map: Y.Map<unknown>): FileTombstone[] {
  const list: FileTombstone[] = [];
  for (const [id, value] of map.entries()) {
    const parsed = FileTombstone.safeParse({ ...(typeof value === 'object' && value ? value : {}), entityId: id });
    if (!parsed.success) throw new SyncRefusal('the shared trip has an invalid deletion record');
    list.push(parsed.data);
  }
  return list.sort((a, b) => (a.entityId < b.entityId ? -1 : 1));
}

/** Drop references to members and contacts the document does not hold (deleted concurrently). */
function dropDanglingReferences<F extends { members: Row[]; groups: Row[]; items: Row[]; meetings: Row[]; contacts: Row[]; organisations: Row[] }>(file: F): F {
  const members = new Set(file.members.map((m) => m.id));
  const contacts = new Set(file.contacts.map((c) => c.id));
  const organisations = new Set(file.organisations.map((o) => o.id));
  const keep = (ids: unknown, known: Set<unknown>) => (Array.isArray(ids) ? ids.filter((id) => known.has(id)) : ids);
  const ref = (id: unknown, known: Set<unknown>) => (id === null || id === undefined || known.has(id) ? id : null);
  for (const g of file.groups) g.memberIds = keep(g.memberIds, members);
  for (const i of file.items) {
    i.participantIds = keep(i.participantIds, members);
    i.contactIds = keep(i.contactIds, contacts);
  }
  for (const m of file.meetings) {
    m.counterpartIds = keep(m.counterpartIds, contacts);
    m.interpreterMemberId = ref(m.interpreterMemberId, members);
    m.interpreterContactId = ref(m.interpreterContactId, contacts);
    m.hostOrganisationId = ref(m.hostOrganisationId, organisations);
  }
  for (const c of file.contacts) c.organisationId = ref(c.organisationId, organisations);
  return file;
}
