import type Database from 'better-sqlite3';
import type { ImportChange, SharingEntityType } from '../../shared/sharing/types';
import { emptySensitiveValue, SENSITIVE_MEMBER_FIELDS } from '../../shared/sync/layout';
import { applyPlan } from '../sharing/trip-file/apply';
import { buildTripFile } from '../sharing/trip-file/export';
import type { FileMember, TripFile } from '../sharing/trip-file/format';
import type { Planned } from '../sharing/trip-file/plan';
import type { DocSnapshot } from './doc-read';
import { SyncRefusal } from './errors';

/**
 * Make this laptop's tables hold exactly what a checked trip document says (doc-read.ts), inside
 * the caller's transaction. Rows are written as the document has them — ids, times, revisions —
 * through the trip-file import's writers, so every laptop ends with the same rows and a trip
 * file exported on any of them is the same, byte for byte.
 *
 * What stays local: members' sensitive fields when the document does not carry them (ours are
 * kept; a new member has none), and the address book beyond the trip's own contacts. Rows the
 * document no longer has are deleted with plain SQL, not through the services: a service's
 * delete renumbers and re-stamps other rows, which would make this laptop differ from the rest.
 * (So a colleague's delete lands in no undo trash here; the document is the shared history.)
 */
export function writeSnapshotToTables(db: Database.Database, snapshot: DocSnapshot): void {
  const { file, syncSensitive } = snapshot;
  const tripId = file.trip.id;
  refuseRowsOfOtherTrips(db, file);
  const exists = db.prepare('SELECT 1 FROM trips WHERE id = ?').get(tripId) !== undefined;
  const local = exists ? buildTripFile(db, tripId, { includePassports: true, exportedAt: file.exportedAt }) : undefined;
  const localMembers = new Map((local?.members ?? []).map((m) => [m.id, m]));
  const members = syncSensitive ? file.members : file.members.map((m) => keepSensitive(m, localMembers.get(m.id)));

  applyPlan(db, {
    file: { ...file, tombstones: [] },
    organisations: plan('organisation', file.organisations, local?.organisations, 'id', storedIn(db, 'organisations')),
    contacts: plan('contact', file.contacts, local?.contacts, 'id', storedIn(db, 'contacts')),
    trip: plan('trip', [file.trip], local ? [local.trip] : [], 'id', storedIn(db, 'trips'))[0]!,
    members: plan('member', members, local?.members, 'id', storedIn(db, 'members')),
    groups: plan('member_group', file.groups, local?.groups, 'id', storedIn(db, 'member_groups')),
    items: plan('item', file.items, local?.items, 'id', storedIn(db, 'items')),
    meetings: plan('meeting', file.meetings, local?.meetings, 'itemId', storedIn(db, 'meetings', 'item_id')),
    localOnly: [],
    shared: [],
  });
  if (local) deleteRowsNotIn(db, file, local);
  storeTombstones(db, file);
}

/**
 * insert / overwrite / nothing per row, comparing canonical JSON with the local row. `stored`
 * says whether a row with the id is in its table at all: contacts and organisations may be in
 * the address book here without belonging to this trip's list.
 */
function plan<T extends object>(
  type: SharingEntityType,
  incoming: readonly T[],
  local: readonly T[] | undefined,
  key: string,
  stored: (id: string) => boolean,
): Planned<T>[] {
  const here = new Map((local ?? []).map((row) => [String((row as Record<string, unknown>)[key]), row]));
  return incoming.map((entity) => {
    const id = String((entity as Record<string, unknown>)[key]);
    const mine = here.get(id);
    const change = { type, id, label: id, action: 'update', willApply: true } as ImportChange;
    if (mine && canonical(mine) === canonical(entity)) return { change };
    return { change, op: mine || stored(id) ? 'overwrite' : 'insert', entity };
  });
}

function storedIn(db: Database.Database, table: string, key = 'id'): (id: string) => boolean {
  const find = db.prepare(`SELECT 1 FROM ${table} WHERE ${key} = ?`);
  return (id) => find.get(id) !== undefined;
}

function keepSensitive(member: FileMember, mine: FileMember | undefined): FileMember {
  const kept: Record<string, unknown> = { ...member };
  for (const field of SENSITIVE_MEMBER_FIELDS) kept[field] = mine ? mine[field] : emptySensitiveValue(field);
  return kept as FileMember;
}

function deleteRowsNotIn(db: Database.Database, file: TripFile, local: TripFile): void {
  for (const [table, remote, mine] of [
    ['items', file.items, local.items],
    ['member_groups', file.groups, local.groups],
    ['members', file.members, local.members],
  ] as const) {
    const keep = new Set(remote.map((r) => r.id));
    const remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
    for (const row of mine) if (!keep.has(row.id)) remove.run(row.id);
  }
}

/** UUIDs are global: a row of the document that belongs to another trip here would be moved. */
function refuseRowsOfOtherTrips(db: Database.Database, file: TripFile): void {
  for (const [table, list] of [['members', file.members], ['member_groups', file.groups], ['items', file.items]] as const) {
    const clash = db
      .prepare(`SELECT 1 FROM ${table} WHERE trip_id != ? AND id IN (SELECT value FROM json_each(?)) LIMIT 1`)
      .get(file.trip.id, JSON.stringify(list.map((row) => row.id)));
    if (clash) throw new SyncRefusal('the shared trip holds rows that belong to another trip here');
  }
}

/** Deletion records as the document has them: the same time on every laptop. */
function storeTombstones(db: Database.Database, file: TripFile): void {
  const upsert = db.prepare(
    `INSERT INTO deletions (entity_id, entity_type, trip_id, deleted_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (entity_id) DO UPDATE SET entity_type = excluded.entity_type, trip_id = excluded.trip_id, deleted_at = excluded.deleted_at`,
  );
  const present = db.prepare(
    `SELECT 1 FROM members WHERE id = @id UNION ALL SELECT 1 FROM items WHERE id = @id UNION ALL SELECT 1 FROM member_groups WHERE id = @id
     UNION ALL SELECT 1 FROM follow_ups WHERE id = @id UNION ALL SELECT 1 FROM trips WHERE id = @id
     UNION ALL SELECT 1 FROM contacts WHERE id = @id UNION ALL SELECT 1 FROM organisations WHERE id = @id`,
  );
  for (const t of file.tombstones) {
    if (present.get({ id: t.entityId })) continue;
    upsert.run(t.entityId, t.entityType, file.trip.id, t.deletedAt);
  }
}

/** JSON with object keys sorted: two rows with the same content compare equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}
