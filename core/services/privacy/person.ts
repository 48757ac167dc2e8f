import type Database from 'better-sqlite3';
import type { PersonCandidate, PersonContactRecord, PersonLookup, PersonMemberRecord, PersonQuery, PersonRecord } from '../../../shared/domain/privacy';
import { fold } from '../../../shared/text/fold';
import { prepared } from '../../db/statements';
import { contactTable } from '../contacts';
import { memberTable } from '../members';
import { notFound } from '../errors';

/**
 * One person across the database: a member on several trips (each trip has its own member row)
 * and perhaps an address-book contact. A name matches case- and accent-insensitively anywhere in
 * the Latin or native name; the rows are grouped by folded name, so "Anna Lindqvist" on three
 * trips is one person and "Anna Berg" another, and a whole name typed out picks its person even
 * when longer names contain it. An id picks the person of that member or contact row: every row
 * with exactly its name (two different people with the very same name are one person here).
 */
export function findPerson(db: Database.Database, query: PersonQuery): PersonLookup {
  if ('id' in query) {
    const member = prepared(db, 'SELECT id, name, native_name AS nativeName, trip_id AS tripId FROM members WHERE id = ?').get(query.id) as Row | undefined;
    const contact = member ? undefined : (prepared(db, 'SELECT id, name, native_name AS nativeName FROM contacts WHERE id = ?').get(query.id) as Row | undefined);
    if (!member && !contact) throw notFound('member or contact', query.id);
    // The row picks the person: every member and contact row with exactly that name.
    return findPerson(db, { name: (member ?? contact)!.name });
  }
  const needle = fold(query.name.trim());
  const where = `instr(fold(name), ?) > 0 OR instr(fold(native_name), ?) > 0`;
  // Trip by trip in date order, so a person's trips are listed the way they happened.
  const members = prepared(
    db,
    `SELECT m.id, m.name, m.native_name AS nativeName, m.trip_id AS tripId FROM members m JOIN trips t ON t.id = m.trip_id
     WHERE instr(fold(m.name), ?) > 0 OR instr(fold(m.native_name), ?) > 0 ORDER BY t.start_date, t.title, m.id`,
  ).all(needle, needle) as Row[];
  const contacts = prepared(db, `SELECT id, name, native_name AS nativeName FROM contacts WHERE ${where} ORDER BY name, id`).all(needle, needle) as Row[];
  const people = group(db, members, contacts);
  // The whole name, typed out, means that person even when it is part of longer names too.
  const exact = people.filter((p) => fold(p.name) === needle || fold(p.nativeName) === needle);
  if (exact.length === 1) return { found: true, person: exact[0]! };
  return people.length === 1 ? { found: true, person: people[0]! } : { found: false, candidates: people };
}

interface Row {
  id: string;
  name: string;
  nativeName: string;
  tripId?: string;
}

function group(db: Database.Database, members: Row[], contacts: Row[]): PersonCandidate[] {
  const people = new Map<string, PersonCandidate>();
  const tripTitle = (id: string) => (prepared(db, 'SELECT title FROM trips WHERE id = ?').get(id) as { title: string } | undefined)?.title ?? id;
  const personOf = (row: Row) => {
    const key = fold(row.name);
    let person = people.get(key);
    if (!person) people.set(key, (person = { name: row.name, nativeName: row.nativeName, memberIds: [], contactIds: [], trips: [] }));
    if (!person.nativeName) person.nativeName = row.nativeName;
    return person;
  };
  for (const m of members) {
    const person = personOf(m);
    person.memberIds.push(m.id);
    const title = tripTitle(m.tripId!);
    if (!person.trips.includes(title)) person.trips.push(title);
  }
  for (const c of contacts) personOf(c).contactIds.push(c.id);
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** Everything held about the person (GDPR art. 15): their rows and where they appear. */
export function personRecord(db: Database.Database, person: PersonCandidate, now = new Date()): PersonRecord {
  const members = person.memberIds.map((id): PersonMemberRecord => {
    const member = memberTable.fromRow(prepared(db, `SELECT ${memberTable.columns()} FROM members WHERE id = ?`).get(id) as Record<string, unknown>);
    const trip = prepared(db, 'SELECT id, title, start_date AS startDate, end_date AS endDate FROM trips WHERE id = ?').get(member.tripId) as PersonMemberRecord['trip'];
    const groups = (
      prepared(db, 'SELECT g.name FROM member_groups g JOIN member_group_members gm ON gm.group_id = g.id WHERE gm.member_id = ? ORDER BY g.name').all(id) as { name: string }[]
    ).map((g) => g.name);
    const items = prepared(
      db,
      `SELECT title, start_local AS startLocal FROM items
       WHERE trip_id = ? AND (all_members = 1 OR id IN (SELECT item_id FROM item_participants WHERE member_id = ?))
       ORDER BY start_instant, sort_order`,
    ).all(member.tripId, id) as PersonMemberRecord['items'];
    return { ...member, trip, groups, items };
  });
  const contacts = person.contactIds.map((id): PersonContactRecord => {
    const contact = contactTable.fromRow(prepared(db, `SELECT ${contactTable.columns()} FROM contacts WHERE id = ?`).get(id) as Record<string, unknown>);
    const organisationName =
      (contact.organisationId && (prepared(db, 'SELECT name FROM organisations WHERE id = ?').get(contact.organisationId) as { name: string } | undefined)?.name) || '';
    const meetings = prepared(
      db,
      `SELECT t.title AS tripTitle, i.title, i.start_local AS startLocal, link.role AS "as" FROM (
         SELECT item_id, 'counterpart' AS role FROM meeting_counterparts WHERE contact_id = @id
         UNION SELECT item_id, 'interpreter' FROM meetings WHERE interpreter_contact_id = @id
         UNION SELECT item_id, 'contact' FROM item_contacts WHERE contact_id = @id) link
       JOIN items i ON i.id = link.item_id JOIN trips t ON t.id = i.trip_id
       ORDER BY i.start_instant`,
    ).all({ id }) as PersonContactRecord['meetings'];
    return { ...contact, organisationName, meetings };
  });
  return { name: person.name, nativeName: person.nativeName, exportedAt: now.toISOString(), members, contacts };
}
