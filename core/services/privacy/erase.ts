import type Database from 'better-sqlite3';
import type { ErasePreview, EraseResult, PersonCandidate } from '../../../shared/domain/privacy';
import { fold } from '../../../shared/text/fold';
import { prepared } from '../../db/statements';
import { deleteContact } from '../contacts';
import { deleteMember } from '../members';
import { recordPrivacyAction } from './log';
import { eraseSecurely } from './secure-delete';

/** What erasing the person removes; writes nothing. */
export function previewErase(db: Database.Database, person: PersonCandidate): ErasePreview {
  const contacts = JSON.stringify(person.contactIds);
  const links = prepared(
    db,
    `SELECT (SELECT count(*) FROM meeting_counterparts WHERE contact_id IN (SELECT value FROM json_each(@contacts)))
          + (SELECT count(*) FROM item_contacts WHERE contact_id IN (SELECT value FROM json_each(@contacts)))
          + (SELECT count(*) FROM meetings WHERE interpreter_contact_id IN (SELECT value FROM json_each(@contacts))) AS n`,
  ).get({ contacts }) as { n: number };
  return { person, meetingLinks: links.n, trashEntries: trashHolding(db, person).length };
}

/**
 * Undo entries that hold the person: by id (UUIDs: a text match cannot hit another row), or by
 * name, for a row of theirs that was deleted before (it is no longer found by id). A deleted
 * trip that lists them loses its undo entry as a whole.
 */
function trashHolding(db: Database.Database, person: PersonCandidate): string[] {
  const ids = [...person.memberIds, ...person.contactIds];
  return (
    prepared(
      db,
      `SELECT id FROM trash
       WHERE entity_id IN (SELECT value FROM json_each(@ids))
          OR EXISTS (SELECT 1 FROM json_each(@ids) e WHERE instr(snapshot, e.value) > 0)
          OR instr(fold(snapshot), @name) > 0`,
    ).all({ ids: JSON.stringify(ids), name: fold(person.name) }) as { id: string }[]
  ).map((r) => r.id);
}

/**
 * Erase the person everywhere (GDPR art. 17): their member rows on every trip (with group and
 * programme places), their address-book contacts (with meeting counterparts, item contacts and
 * interpreter references), their search entries and every undo entry that holds them. Deleting
 * leaves the usual tombstones; privacy_erasures additionally makes an import of an older trip
 * file skip these ids whatever the merge choices. Call inside a transaction.
 */
export function erasePerson(
  db: Database.Database,
  person: PersonCandidate,
  trigger: 'manual' | 'cli' = 'manual',
  now = new Date(),
): EraseResult {
  const preview = previewErase(db, person);
  const ids = [...person.memberIds, ...person.contactIds];
  const timestamp = now.toISOString();
  eraseSecurely(db, () => {
    const erased = prepared(db, 'INSERT OR REPLACE INTO privacy_erasures (entity_id, entity_type, erased_at) VALUES (?, ?, ?)');
    for (const id of person.memberIds) {
      erased.run(id, 'member', timestamp);
      deleteMember(db, id);
    }
    for (const id of person.contactIds) {
      erased.run(id, 'contact', timestamp);
      deleteContact(db, id);
    }
    // After the deletes: they put the rows into the trash for undo, which must not keep them.
    prepared(db, 'DELETE FROM trash WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(trashHolding(db, person)));
    prepared(db, 'DELETE FROM search_entries WHERE entity_id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids));
  });
  const trips = new Set(person.trips).size;
  recordPrivacyAction(db, { action: 'erase', trigger, ranAt: timestamp, trips, members: person.memberIds.length, contacts: person.contactIds.length });
  return { ...preview, erased: true };
}

/** Of these ids, the ones erased on request here (an import must not bring them back). */
export function erasedIds(db: Database.Database, ids: readonly string[]): Set<string> {
  if (ids.length === 0) return new Set();
  return new Set(
    (prepared(db, 'SELECT entity_id FROM privacy_erasures WHERE entity_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { entity_id: string }[]).map(
      (r) => r.entity_id,
    ),
  );
}
