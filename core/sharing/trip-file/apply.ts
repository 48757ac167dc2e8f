import type Database from 'better-sqlite3';
import { toInstant } from '../../../shared/time/zoned';
import type { TableMapper } from '../../db/table';
import { contactTable } from '../../services/contacts';
import { deleteGroup } from '../../services/groups';
import { deleteItem, itemTable } from '../../services/items';
import { meetingTable } from '../../services/meetings';
import { deleteMember, memberTable } from '../../services/members';
import { organisationTable } from '../../services/organisations';
import { tripTable } from '../../services/trips';
import { insertAttachment } from '../../services/attachments';
import type { FileGroup, FileItem, FileMeeting, FileMember } from './format';
import { TABLE_OF_TYPE } from './local';
import type { ImportPlan, Planned } from './plan';
import { recordShared } from './shared-versions';

/**
 * Write an import plan. Runs inside the caller's transaction (dispatch wraps every operation in
 * one), so a failure anywhere leaves the database as it was.
 *
 * Rows are written exactly as the file has them — same ids, timestamps and revisions — so the
 * local copy of an entity is then the same version as the colleague's, and a later export of it
 * is identical. That is why this writes SQL through the repositories' table mappers instead of
 * calling the services' create/update, which stamp new times and bump revisions.
 */
export function applyPlan(db: Database.Database, plan: Omit<ImportPlan, 'preview'>): void {
  const includesPassports = plan.file.includesPassports;
  const sql = statements(db);

  for (const p of plan.organisations) write(db, organisationTable, p);
  for (const p of plan.contacts) write(db, contactTable, p);
  write(db, tripTable, plan.trip);
  for (const p of plan.members) {
    if (!p.op || !p.entity) continue;
    const m: FileMember = p.entity;
    // Without passport data in the file, a new member has none and ours are kept (sex and date
    // of birth likewise; an older file with passports has none of them: ours are kept too).
    if (p.op === 'insert') memberTable.insert(db, { ...m, passportNumber: m.passportNumber ?? '', sex: m.sex ?? null, dateOfBirth: m.dateOfBirth ?? null });
    else overwrite(db, memberTable, m.id, m, includesPassports ? personalFieldsAbsent(m) : PERSONAL_FIELDS);
  }
  for (const p of plan.groups) writeGroup(sql, p);
  for (const p of plan.items) writeItem(db, sql, p);
  for (const p of plan.meetings) writeMeeting(db, sql, p);

  // Deletions the user confirmed, through the services so precedence is renumbered as usual.
  for (const p of plan.localOnly) {
    if (p.op !== 'delete' || !p.entity) continue;
    const { type, id } = p.entity;
    if (type === 'item') deleteItem(db, id);
    else if (type === 'member_group') deleteGroup(db, id);
    else deleteMember(db, id);
  }
  storeTombstones(db, plan);
  recordShared(db, plan.shared, 'import');
  importAttachments(db, plan);
}

/**
 * Attachments never change once added, so a merge only adds the ones this database lacks (by id)
 * whose owner is here; one deleted here stays deleted. Blob and row are written in this import's
 * transaction, the hash checked again as the bytes are stored.
 */
function importAttachments(db: Database.Database, plan: Omit<ImportPlan, 'preview'>): void {
  for (const a of plan.file.attachments ?? []) {
    if (db.prepare('SELECT 1 FROM attachments WHERE id = ? UNION ALL SELECT 1 FROM deletions WHERE entity_id = ?').get(a.id, a.id)) continue;
    const owner = a.memberId ? ['members', a.memberId] : a.itemId ? ['items', a.itemId] : ['trips', a.tripId];
    if (!db.prepare(`SELECT 1 FROM ${owner[0]} WHERE id = ?`).get(owner[1])) continue;
    insertAttachment(db, { ...a, bytes: Buffer.from(a.content, 'base64'), expectedSha256: a.sha256 });
  }
}

const PERSONAL_FIELDS = ['passportNumber', 'sex', 'dateOfBirth'] as const;
const personalFieldsAbsent = (m: FileMember) => PERSONAL_FIELDS.filter((field) => m[field] === undefined);

function write<T extends { id: string }>(db: Database.Database, table: TableMapper<T>, p: Planned<T>): void {
  if (!p.op || !p.entity) return;
  if (p.op === 'insert') table.insert(db, p.entity);
  else overwrite(db, table, p.entity.id, p.entity);
}

/** Make the local row exactly `entity`: its fields through the mapper, then its version. */
function overwrite<T>(
  db: Database.Database,
  table: TableMapper<T>,
  id: string,
  entity: object,
  omit: readonly string[] = [],
  key = 'id',
): void {
  const { createdAt, updatedAt, revision, ...fields } = entity as { createdAt: string; updatedAt: string; revision: number };
  const patch = Object.fromEntries(Object.entries(fields).filter(([k]) => !omit.includes(k) && k !== 'id' && k !== 'itemId'));
  table.update(db, id, patch, updatedAt, key);
  db.prepare(`UPDATE ${table.table} SET created_at = ?, updated_at = ?, revision = ? WHERE ${key} = ?`).run(createdAt, updatedAt, revision, id);
}

function writeGroup(sql: Statements, p: Planned<FileGroup>): void {
  if (!p.op || !p.entity) return;
  const g = p.entity;
  if (p.op === 'insert') sql.insertGroup.run(g.id, g.tripId, g.name, g.createdAt, g.updatedAt, g.revision);
  else sql.updateGroup.run(g.name, g.createdAt, g.updatedAt, g.revision, g.id);
  sql.clearGroupMembers.run(g.id);
  for (const memberId of g.memberIds) sql.addGroupMember.run(g.id, memberId);
}

function writeItem(db: Database.Database, sql: Statements, p: Planned<FileItem>): void {
  if (!p.op || !p.entity) return;
  const { participantIds, contactIds, ...item } = p.entity;
  const stored = { ...item, startInstant: toInstant(item.startLocal, item.startZone) };
  if (p.op === 'insert') itemTable.insert(db, stored);
  else overwrite(db, itemTable, item.id, stored);

  // A new item has no rows to clear. Lists go in with one statement each (json_each), not one
  // per row: a large trip file writes tens of thousands of participant rows.
  if (p.op === 'overwrite') {
    sql.clearParticipants.run(item.id);
    sql.clearItemContacts.run(item.id);
  }
  // "All members" keeps no participant rows (it includes members added later).
  if (!item.allMembers && participantIds.length) sql.addParticipants.run(item.id, JSON.stringify(participantIds));
  if (contactIds.length) sql.addItemContacts.run(item.id, JSON.stringify(contactIds));
}

function writeMeeting(db: Database.Database, sql: Statements, p: Planned<FileMeeting>): void {
  if (!p.op || !p.entity) return;
  const { counterpartIds, followUps, ...meeting } = p.entity;
  if (p.op === 'insert') meetingTable.insert(db, meeting);
  else overwrite(db, meetingTable, meeting.itemId, meeting, [], 'item_id');

  sql.clearCounterparts.run(meeting.itemId);
  if (counterpartIds.length) sql.addCounterparts.run(meeting.itemId, JSON.stringify(counterpartIds));
  // Replaced whole: the delete trigger tombstones follow-ups that are gone, and re-inserting
  // one that stays removes its tombstone again.
  sql.clearFollowUps.run(meeting.itemId);
  followUps.forEach((f, position) => sql.addFollowUp.run(f.id, meeting.itemId, f.text, f.owner, f.dueDate, f.done ? 1 : 0, position));
}

type Statements = ReturnType<typeof statements>;

/** Prepared once per import: a large trip writes thousands of rows. */
function statements(db: Database.Database) {
  return {
    insertGroup: db.prepare('INSERT INTO member_groups (id, trip_id, name, created_at, updated_at, revision) VALUES (?, ?, ?, ?, ?, ?)'),
    updateGroup: db.prepare('UPDATE member_groups SET name = ?, created_at = ?, updated_at = ?, revision = ? WHERE id = ?'),
    clearGroupMembers: db.prepare('DELETE FROM member_group_members WHERE group_id = ?'),
    addGroupMember: db.prepare('INSERT INTO member_group_members (group_id, member_id) VALUES (?, ?)'),
    clearParticipants: db.prepare('DELETE FROM item_participants WHERE item_id = ?'),
    // json_each keeps the list's order; its key is the position in the list.
    addParticipants: db.prepare('INSERT INTO item_participants (item_id, member_id) SELECT ?, value FROM json_each(?)'),
    clearItemContacts: db.prepare('DELETE FROM item_contacts WHERE item_id = ?'),
    addItemContacts: db.prepare('INSERT INTO item_contacts (item_id, contact_id, position) SELECT ?, value, key FROM json_each(?)'),
    clearCounterparts: db.prepare('DELETE FROM meeting_counterparts WHERE item_id = ?'),
    addCounterparts: db.prepare('INSERT INTO meeting_counterparts (item_id, contact_id, position) SELECT ?, value, key FROM json_each(?)'),
    clearFollowUps: db.prepare('DELETE FROM follow_ups WHERE item_id = ?'),
    addFollowUp: db.prepare('INSERT INTO follow_ups (id, item_id, text, owner, due_date, done, position) VALUES (?, ?, ?, ?, ?, ?, ?)'),
  };
}

/**
 * Keep the file's tombstones for what is not here (so a later export passes them on and the
 * round trip is lossless). A deletion recorded both here and there keeps the earlier time.
 */
function storeTombstones(db: Database.Database, plan: Omit<ImportPlan, 'preview'>): void {
  const tripId = plan.file.trip.id;
  const upsert = db.prepare(
    `INSERT INTO deletions (entity_id, entity_type, trip_id, deleted_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (entity_id) DO UPDATE SET deleted_at = min(deleted_at, excluded.deleted_at)`,
  );
  const present = new Map(Object.entries(TABLE_OF_TYPE).map(([type, table]) => [type, db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`)]));
  for (const t of plan.file.tombstones) {
    if (present.get(t.entityType)!.get(t.entityId)) continue;
    upsert.run(t.entityId, t.entityType, tripId, t.deletedAt);
  }
}
