import type Database from 'better-sqlite3';
import { EMPTY_MEETING, type FollowUp, type MeetingDetails } from '../../shared/domain/meeting';
import { MEETING_KINDS } from '../../shared/domain/item';
import type { ParsedInput } from '../../shared/api/contract';
import { defineTable } from '../db/table';
import { newId, now } from './clock';
import { ServiceError } from './errors';
import { assertContactsExist, getItem } from './items';
import { assertMembersOfTrip } from './members';
import { getOrganisation } from './organisations';
import { prepared } from '../db/statements';

type MeetingRow = Omit<MeetingDetails, 'counterpartIds' | 'followUps'>;

export const meetingTable = defineTable<MeetingRow>('meetings', [
  { field: 'itemId', column: 'item_id' },
  { field: 'hostOrganisationId', column: 'host_organisation_id' },
  { field: 'hostOrganisation', column: 'host_organisation' },
  { field: 'counterpartLanguage', column: 'counterpart_language' },
  { field: 'interpreterMemberId', column: 'interpreter_member_id' },
  { field: 'interpreterContactId', column: 'interpreter_contact_id' },
  { field: 'agenda', column: 'agenda' },
  { field: 'talkingPoints', column: 'talking_points' },
  { field: 'giftsGiven', column: 'gifts_given' },
  { field: 'giftsReceived', column: 'gifts_received' },
  { field: 'dressCode', column: 'dress_code' },
  { field: 'minutes', column: 'minutes' },
  { field: 'agreements', column: 'agreements' },
  { field: 'onlineUrl', column: 'online_url' },
  { field: 'translation', column: 'translation', kind: 'json' },
  { field: 'createdAt', column: 'created_at' },
  { field: 'updatedAt', column: 'updated_at' },
  { field: 'revision', column: 'revision' },
]);

const SELECT = `SELECT ${meetingTable.columns('m')},
  (SELECT json_group_array(contact_id) FROM (SELECT contact_id FROM meeting_counterparts c WHERE c.item_id = m.item_id ORDER BY position)) AS counterpart_ids,
  (SELECT json_group_array(json_object('id', id, 'text', text, 'owner', owner, 'dueDate', due_date, 'done', json(CASE done WHEN 1 THEN 'true' ELSE 'false' END)))
     FROM (SELECT * FROM follow_ups f WHERE f.item_id = m.item_id ORDER BY position)) AS follow_ups
  FROM meetings m`;

const fromRow = (row: Record<string, unknown>): MeetingDetails => {
  const meeting = meetingTable.fromRow(row) as MeetingDetails;
  meeting.counterpartIds = JSON.parse(String(row.counterpart_ids)) as string[];
  meeting.followUps = JSON.parse(String(row.follow_ups)) as FollowUp[];
  return meeting;
};

/** Meeting details of a meeting or visit item; an item without details yet gets empty ones. */
export function getMeeting(db: Database.Database, itemId: string): MeetingDetails {
  const item = getItem(db, itemId);
  assertMeetingKind(item.kind);
  const row = prepared(db, `${SELECT} WHERE m.item_id = ?`).get(itemId) as Record<string, unknown> | undefined;
  if (row) return fromRow(row);
  return { itemId, ...EMPTY_MEETING, createdAt: item.createdAt, updatedAt: item.updatedAt, revision: 0 };
}

/** Meeting details of all meeting items of a trip. */
export function listMeetings(db: Database.Database, tripId: string): MeetingDetails[] {
  return (
    prepared(db, `${SELECT} JOIN items i ON i.id = m.item_id WHERE i.trip_id = ? ORDER BY i.start_instant, i.sort_order`)
      .all(tripId) as Record<string, unknown>[]
  ).map(fromRow);
}

export function updateMeeting(db: Database.Database, { itemId, patch }: ParsedInput<'meetings:update'>): MeetingDetails {
  const item = getItem(db, itemId);
  assertMeetingKind(item.kind);
  if (patch.hostOrganisationId) getOrganisation(db, patch.hostOrganisationId);
  if (patch.interpreterMemberId) assertMembersOfTrip(db, item.tripId, [patch.interpreterMemberId]);
  if (patch.interpreterContactId) assertContactsExist(db, [patch.interpreterContactId]);
  if (patch.counterpartIds) assertContactsExist(db, patch.counterpartIds);

  const timestamp = now();
  const exists = prepared(db, 'SELECT 1 FROM meetings WHERE item_id = ?').get(itemId);
  const { counterpartIds, followUps, ...fields } = patch;
  if (exists) {
    meetingTable.update(db, itemId, fields, timestamp, 'item_id');
  } else {
    meetingTable.insert(db, { itemId, ...EMPTY_MEETING, ...fields, createdAt: timestamp, updatedAt: timestamp, revision: 0 });
  }
  if (counterpartIds) {
    prepared(db, 'DELETE FROM meeting_counterparts WHERE item_id = ?').run(itemId);
    const add = prepared(db, 'INSERT OR IGNORE INTO meeting_counterparts (item_id, contact_id, position) VALUES (?, ?, ?)');
    counterpartIds.forEach((id, position) => add.run(itemId, id, position));
  }
  if (followUps) writeFollowUps(db, itemId, followUps);
  return getMeeting(db, itemId);
}

/** Replace the follow-up list, keeping ids so ticked-off state survives edits and merges. */
function writeFollowUps(db: Database.Database, itemId: string, followUps: FollowUp[]): void {
  const keep = JSON.stringify(followUps.map((f) => f.id));
  prepared(db, 'DELETE FROM follow_ups WHERE item_id = ? AND id NOT IN (SELECT value FROM json_each(?))').run(itemId, keep);
  const upsert = prepared(db, `INSERT INTO follow_ups (id, item_id, text, owner, due_date, done, position)
    VALUES (@id, @itemId, @text, @owner, @dueDate, @done, @position)
    ON CONFLICT (id) DO UPDATE SET text = excluded.text, owner = excluded.owner, due_date = excluded.due_date,
      done = excluded.done, position = excluded.position
    WHERE follow_ups.item_id = excluded.item_id`);
  followUps.forEach((f, position) => {
    const result = upsert.run({ ...f, id: f.id || newId(), itemId, done: f.done ? 1 : 0, position });
    if (result.changes === 0) throw new ServiceError('conflict', `Follow-up ${f.id} belongs to another meeting`);
  });
}

function assertMeetingKind(kind: string): void {
  if (!(MEETING_KINDS as readonly string[]).includes(kind)) {
    throw new ServiceError('conflict', 'Only meetings and visits have meeting details');
  }
}
