import type Database from 'better-sqlite3';
import type { MemberGroup } from '../../shared/domain/member';
import type { ParsedInput } from '../../shared/api/contract';
import { captureForTrash } from './trash';
import { newId, now } from './clock';
import { notFound } from './errors';
import { assertMembersOfTrip } from './members';
import { getTrip } from './trips';
import { prepared } from '../db/statements';

type GroupRow = { id: string; trip_id: string; name: string; created_at: string; updated_at: string; revision: number; member_ids: string };

const SELECT = `SELECT g.id, g.trip_id, g.name, g.created_at, g.updated_at, g.revision,
  (SELECT json_group_array(member_id) FROM (SELECT gm.member_id FROM member_group_members gm
     JOIN members m ON m.id = gm.member_id WHERE gm.group_id = g.id ORDER BY m.precedence)) AS member_ids
  FROM member_groups g`;

const fromRow = (r: GroupRow): MemberGroup => ({
  id: r.id,
  tripId: r.trip_id,
  name: r.name,
  memberIds: JSON.parse(r.member_ids) as string[],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  revision: r.revision,
});

export function getGroup(db: Database.Database, id: string): MemberGroup {
  const row = prepared(db, `${SELECT} WHERE g.id = ?`).get(id) as GroupRow | undefined;
  if (!row) throw notFound('group', id);
  return fromRow(row);
}

export function listGroups(db: Database.Database, tripId: string): MemberGroup[] {
  getTrip(db, tripId);
  return (prepared(db, `${SELECT} WHERE g.trip_id = ? ORDER BY g.name`).all(tripId) as GroupRow[]).map(fromRow);
}

export function createGroup(db: Database.Database, input: ParsedInput<'groups:create'>, id = newId()): MemberGroup {
  getTrip(db, input.tripId);
  assertMembersOfTrip(db, input.tripId, input.memberIds);
  const timestamp = now();
  prepared(db, 'INSERT INTO member_groups (id, trip_id, name, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    input.tripId,
    input.name,
    timestamp,
    timestamp,
  );
  setGroupMembers(db, id, input.memberIds);
  return getGroup(db, id);
}

export function updateGroup(db: Database.Database, input: ParsedInput<'groups:update'>): MemberGroup {
  const group = getGroup(db, input.id);
  if (input.memberIds) {
    assertMembersOfTrip(db, group.tripId, input.memberIds);
    setGroupMembers(db, input.id, input.memberIds);
  }
  prepared(db, 'UPDATE member_groups SET name = ?, updated_at = ?, revision = revision + 1 WHERE id = ?').run(
    input.name ?? group.name,
    now(),
    input.id,
  );
  return getGroup(db, input.id);
}

export function deleteGroup(db: Database.Database, id: string): { id: string; trashId: string } {
  const { tripId } = getGroup(db, id);
  const trashId = captureForTrash(db, 'member_group', id, tripId);
  prepared(db, 'DELETE FROM member_groups WHERE id = ?').run(id);
  return { id, trashId };
}

function setGroupMembers(db: Database.Database, groupId: string, memberIds: readonly string[]): void {
  prepared(db, 'DELETE FROM member_group_members WHERE group_id = ?').run(groupId);
  const add = prepared(db, 'INSERT OR IGNORE INTO member_group_members (group_id, member_id) VALUES (?, ?)');
  for (const memberId of memberIds) add.run(groupId, memberId);
}
