import type Database from 'better-sqlite3';
import type { Member } from '../../shared/domain/member';
import type { PerDiemMember } from '../../shared/per-diem';
import type { ParsedInput } from '../../shared/api/contract';
import { defineTable } from '../db/table';
import { captureForTrash } from './trash';
import { newId, now } from './clock';
import { notFound, ServiceError } from './errors';
import { getTrip } from './trips';
import { prepared } from '../db/statements';

export const memberTable = defineTable<Member>('members', [
  { field: 'id', column: 'id' },
  { field: 'tripId', column: 'trip_id' },
  { field: 'name', column: 'name' },
  { field: 'nativeName', column: 'native_name' },
  { field: 'title', column: 'title' },
  { field: 'organisation', column: 'organisation' },
  { field: 'party', column: 'party' },
  { field: 'role', column: 'role' },
  { field: 'side', column: 'side' },
  { field: 'precedence', column: 'precedence' },
  { field: 'email', column: 'email' },
  { field: 'phone', column: 'phone' },
  { field: 'passportNumber', column: 'passport_number' },
  { field: 'passportExpiry', column: 'passport_expiry' },
  { field: 'nationality', column: 'nationality' },
  { field: 'sex', column: 'sex' },
  { field: 'dateOfBirth', column: 'date_of_birth' },
  { field: 'visaStatus', column: 'visa_status' },
  { field: 'visaExpiry', column: 'visa_expiry' },
  { field: 'dietaryNeeds', column: 'dietary_needs' },
  { field: 'accessibilityNeeds', column: 'accessibility_needs' },
  { field: 'emergencyContact', column: 'emergency_contact' },
  { field: 'notes', column: 'notes' },
  { field: 'translation', column: 'translation', kind: 'json' },
  { field: 'createdAt', column: 'created_at' },
  { field: 'updatedAt', column: 'updated_at' },
  { field: 'revision', column: 'revision' },
]);

export function getMember(db: Database.Database, id: string): Member {
  const row = prepared(db, `SELECT ${memberTable.columns()} FROM members WHERE id = ?`).get(id);
  if (!row) throw notFound('member', id);
  return memberTable.fromRow(row as Record<string, unknown>);
}

const LIST = `SELECT ${memberTable.columns()} FROM members WHERE trip_id = ? ORDER BY precedence, name`;

/** A trip's members in order of precedence. */
export function listMembers(db: Database.Database, tripId: string): Member[] {
  getTrip(db, tripId);
  return (prepared(db, LIST).all(tripId) as Record<string, unknown>[]).map(memberTable.fromRow);
}

/**
 * listMembers as the per diem reads them (the budget, the per-diem sheets): the same query, with
 * only who each member is and on which side mapped (the whole row, through the generic mapper,
 * cost a large trip's budget a quarter of a millisecond).
 */
export function listPerDiemMembers(db: Database.Database, tripId: string): PerDiemMember[] {
  getTrip(db, tripId);
  return (prepared(db, LIST).all(tripId) as Pick<Member, 'id' | 'name' | 'side'>[]).map(({ id, name, side }) => ({ id, name, side }));
}

export function createMember(db: Database.Database, input: ParsedInput<'members:create'>, id = newId()): Member {
  getTrip(db, input.tripId);
  const timestamp = now();
  const member: Member = {
    id,
    ...input,
    precedence: nextPrecedence(db, input.tripId),
    createdAt: timestamp,
    updatedAt: timestamp,
    revision: 0,
  };
  memberTable.insert(db, member);
  return member;
}

export function updateMember(db: Database.Database, { id, patch }: ParsedInput<'members:update'>): Member {
  getMember(db, id);
  memberTable.update(db, id, patch, now());
  return getMember(db, id);
}

export function deleteMember(db: Database.Database, id: string): { id: string; trashId: string } {
  const member = getMember(db, id);
  const trashId = captureForTrash(db, 'member', id, member.tripId);
  prepared(db, 'DELETE FROM members WHERE id = ?').run(id);
  renumber(db, member.tripId);
  return { id, trashId };
}

/** Set the order of precedence; `ids` must list every member of the trip exactly once. */
export function reorderMembers(db: Database.Database, { tripId, ids }: ParsedInput<'members:reorder'>): Member[] {
  const current = listMembers(db, tripId).map((m) => m.id);
  if (ids.length !== current.length || new Set(ids).size !== ids.length || !ids.every((id) => current.includes(id))) {
    throw new ServiceError('conflict', 'The new order must list every member of the trip exactly once');
  }
  const set = prepared(db, 'UPDATE members SET precedence = ?, updated_at = ?, revision = revision + 1 WHERE id = ? AND precedence != ?');
  const timestamp = now();
  ids.forEach((id, index) => set.run(index + 1, timestamp, id, index + 1));
  return listMembers(db, tripId);
}

/** Copy members of an earlier trip to the end of another trip's list, as new members. */
export function copyMembers(db: Database.Database, input: ParsedInput<'members:copyFromTrip'>): Member[] {
  if (input.fromTripId === input.toTripId) {
    throw new ServiceError('conflict', 'Choose another trip to copy members from');
  }
  getTrip(db, input.toTripId);
  const source = listMembers(db, input.fromTripId);
  const wanted = input.memberIds ? new Set(input.memberIds) : null;
  if (wanted) {
    const missing = [...wanted].filter((id) => !source.some((m) => m.id === id));
    if (missing.length) throw new ServiceError('not_found', `Not members of the source trip: ${missing.join(', ')}`);
  }
  return source
    .filter((m) => !wanted || wanted.has(m.id))
    .map(({ id: _id, tripId: _trip, precedence: _p, createdAt: _c, updatedAt: _u, revision: _r, ...fields }) =>
      createMember(db, { ...fields, tripId: input.toTripId }),
    );
}

export function assertMembersOfTrip(db: Database.Database, tripId: string, memberIds: readonly string[]): void {
  if (memberIds.length === 0) return;
  const found = prepared(db, `SELECT id FROM members WHERE trip_id = ? AND id IN (SELECT value FROM json_each(?))`)
    .all(tripId, JSON.stringify(memberIds)) as { id: string }[];
  if (found.length !== new Set(memberIds).size) {
    const known = new Set(found.map((r) => r.id));
    const strangers = memberIds.filter((id) => !known.has(id));
    throw new ServiceError('conflict', `Not members of this trip: ${strangers.join(', ')}`);
  }
}

function nextPrecedence(db: Database.Database, tripId: string): number {
  const row = prepared(db, 'SELECT coalesce(max(precedence), 0) + 1 AS next FROM members WHERE trip_id = ?').get(tripId) as {
    next: number;
  };
  return row.next;
}

/** Close gaps after a deletion so precedence stays 1..n. */
function renumber(db: Database.Database, tripId: string): void {
  const ids = (prepared(db, 'SELECT id FROM members WHERE trip_id = ? ORDER BY precedence').all(tripId) as { id: string }[]).map(
    (r) => r.id,
  );
  // A new precedence is a change like any other (reorderMembers counts it too): it must bump
  // revision/updated_at, or merges and calendars, which use them to spot edits, miss it.
  const set = prepared(db, 'UPDATE members SET precedence = ?, updated_at = ?, revision = revision + 1 WHERE id = ? AND precedence != ?');
  const timestamp = now();
  ids.forEach((id, index) => set.run(index + 1, timestamp, id, index + 1));
}
