import type Database from 'better-sqlite3';
import { PERSONAL_MEMBER_FIELDS, type PersonalDataKey } from '../../../shared/privacy/personal-fields';
import { prepared } from '../../db/statements';
import { erasePersonalAttachments } from '../attachments';

/**
 * Every kind of personal member data a retention purge erases: one entry per thing. A new kind
 * (member attachments) is one more entry here: its preview and its erasure then come with every
 * purge, from Settings, the CLI and at start.
 */
export interface PersonalDataKind {
  key: PersonalDataKey;
  /** The members of `tripId` that hold this kind of data. */
  heldBy(db: Database.Database, tripId: string): Set<string>;
  /** Erase it for these members of `tripId` (called inside the purge's transaction). */
  erase(db: Database.Database, tripId: string, memberIds: readonly string[]): void;
}

const memberField = ({ field, column, cleared }: (typeof PERSONAL_MEMBER_FIELDS)[number]): PersonalDataKind => {
  // `IS NOT` compares NULL like a value, so one statement serves text and date columns.
  const held = `SELECT id FROM members WHERE trip_id = ? AND ${column} IS NOT ?`;
  const erase = `UPDATE members SET ${column} = ? WHERE trip_id = ? AND ${column} IS NOT ? AND id IN (SELECT value FROM json_each(?))`;
  return {
    key: field,
    heldBy: (db, tripId) => new Set((prepared(db, held).all(tripId, cleared) as { id: string }[]).map((r) => r.id)),
    erase: (db, tripId, memberIds) => {
      prepared(db, erase).run(cleared, tripId, cleared, JSON.stringify(memberIds));
    },
  };
};

/** Files on a member (visa scans, e-tickets): the rows go, and blobs nothing else uses. */
const memberAttachments: PersonalDataKind = {
  key: 'attachments',
  heldBy: (db, tripId) =>
    new Set(
      (prepared(db, 'SELECT DISTINCT member_id AS id FROM attachments WHERE trip_id = ? AND member_id IS NOT NULL').all(tripId) as { id: string }[]).map((r) => r.id),
    ),
  erase: (db, _tripId, memberIds) => {
    for (const memberId of memberIds) erasePersonalAttachments(db, memberId);
  },
};

export const PERSONAL_DATA_KINDS: PersonalDataKind[] = [...PERSONAL_MEMBER_FIELDS.map(memberField), memberAttachments];
