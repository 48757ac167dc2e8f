import type Database from 'better-sqlite3';
import type { Contact, Organisation } from '../../../shared/domain/contact';
import type { Item } from '../../../shared/domain/item';
import type { MeetingDetails } from '../../../shared/domain/meeting';
import type { Member, MemberGroup } from '../../../shared/domain/member';
import type { Trip } from '../../../shared/domain/trip';
import { contactTable } from '../../services/contacts';
import { ServiceError } from '../../services/errors';
import { listGroups } from '../../services/groups';
import { listItems } from '../../services/items';
import { listMeetings } from '../../services/meetings';
import { listMembers } from '../../services/members';
import { organisationTable } from '../../services/organisations';
import { tripTable } from '../../services/trips';
import type { TripFile } from './format';

/** What the database holds that an import of `file` compares with. Read-only. */
export interface LocalState {
  trip: Trip | undefined;
  members: Map<string, Member>;
  groups: Map<string, MemberGroup>;
  items: Map<string, Item>;
  meetings: Map<string, MeetingDetails>;
  /** The file's contacts that are here under the same id. */
  contacts: Map<string, Contact>;
  /**
   * What the whole address book is matched on (name, native name, organisation, e-mail), sorted
   * by id: an import compares a few hundred contacts with tens of thousands, so only the
   * matching fields are read for every one of them.
   */
  contactKeys: ContactKey[];
  /** The whole list of organisations (hundreds): contacts' keys name their organisation. */
  organisations: Organisation[];
  /** Ids among the file's entities that have a tombstone here (deleted here). */
  deleted: Set<string>;
  /** The trip itself was deleted here: importing its file brings it back, whole. */
  tripDeleted: boolean;
  /** The file's contacts and organisations that other trips here use: id → those trips' titles. */
  usedByOtherTrips: Map<string, string[]>;
}

export type ContactKey = Pick<Contact, 'id' | 'name' | 'nativeName' | 'organisationId' | 'email'>;

export function loadLocalState(db: Database.Database, file: TripFile): LocalState {
  const tripId = file.trip.id;
  const tripRow = db.prepare(`SELECT ${tripTable.columns()} FROM trips WHERE id = ?`).get(tripId) as Record<string, unknown> | undefined;
  const trip = tripRow ? tripTable.fromRow(tripRow) : undefined;
  refuseIdsOfOtherTrips(db, file);
  refuseMistypedTombstones(db, file);

  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));
  const contacts = (
    db
      .prepare(`SELECT ${contactTable.columns()} FROM contacts WHERE id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(file.contacts.map((c) => c.id))) as Record<string, unknown>[]
  ).map(contactTable.fromRow);
  const contactKeys = (
    db.prepare('SELECT id, name, native_name, organisation_id, email FROM contacts ORDER BY id').raw().all() as [string, string, string, string | null, string][]
  ).map(([id, name, nativeName, organisationId, email]): ContactKey => ({ id, name, nativeName, organisationId, email }));
  const organisations = (
    db.prepare(`SELECT ${organisationTable.columns()} FROM organisations ORDER BY id`).all() as Record<string, unknown>[]
  ).map(organisationTable.fromRow);

  // A trip that is not here (or was deleted here as a whole) is imported with everything in it:
  // tombstones left by deleting the whole trip must not keep its members and items out.
  const fileIds = [
    ...(trip ? [...file.members.map((m) => m.id), ...file.groups.map((g) => g.id), ...file.items.map((i) => i.id)] : []),
    ...file.contacts.map((c) => c.id),
    ...file.organisations.map((o) => o.id),
  ];
  const deleted = new Set(
    (
      db.prepare('SELECT entity_id FROM deletions WHERE entity_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(fileIds)) as {
        entity_id: string;
      }[]
    ).map((r) => r.entity_id),
  );

  return {
    trip,
    members: trip ? byId(listMembers(db, tripId)) : new Map(),
    groups: trip ? byId(listGroups(db, tripId)) : new Map(),
    items: trip ? byId(listItems(db, tripId)) : new Map(),
    meetings: trip ? new Map(listMeetings(db, tripId).map((m) => [m.itemId, m])) : new Map(),
    contacts: byId(contacts),
    contactKeys,
    organisations,
    deleted,
    tripDeleted: !trip && db.prepare('SELECT 1 FROM deletions WHERE entity_id = ?').get(tripId) !== undefined,
    usedByOtherTrips: usedByOtherTrips(db, file),
  };
}

/** The table each entity type of a trip file (and its tombstones) lives in. */
export const TABLE_OF_TYPE = {
  trip: 'trips',
  member: 'members',
  member_group: 'member_groups',
  item: 'items',
  follow_up: 'follow_ups',
  contact: 'contacts',
  organisation: 'organisations',
} as const;

/**
 * A tombstone whose id is something else here (an item's id marked as a deleted contact, or a
 * deletion recorded here under another type) would be stored as a deletion row that every later
 * export passes on, while the preview says nothing changes. Such a file is wrong: refused.
 */
function refuseMistypedTombstones(db: Database.Database, file: TripFile): void {
  if (file.tombstones.length === 0) return;
  const tombstones = JSON.stringify(file.tombstones.map((t) => [t.entityId, t.entityType]));
  const found = Object.entries(TABLE_OF_TYPE).map(
    ([type, table]) => `SELECT id, '${type}' AS type FROM ${table} WHERE id IN (SELECT value ->> 0 FROM json_each(@tombstones))`,
  );
  const clash = db
    .prepare(
      `WITH here(id, type) AS (${found.join(' UNION ALL ')} UNION ALL SELECT entity_id, entity_type FROM deletions
         WHERE entity_id IN (SELECT value ->> 0 FROM json_each(@tombstones)))
       SELECT t.value ->> 0 AS id, t.value ->> 1 AS claimed, here.type AS actual
       FROM json_each(@tombstones) t JOIN here ON here.id = t.value ->> 0 AND here.type != t.value ->> 1 LIMIT 1`,
    )
    .get({ tombstones }) as { id: string; claimed: string; actual: string } | undefined;
  if (clash) {
    throw new ServiceError(
      'invalid_input',
      `The trip file marks ${clash.id} as a deleted ${clash.claimed.replace('_', ' ')}, but here it is ${/^[aeiou]/.test(clash.actual) ? 'an' : 'a'} ${clash.actual.replace('_', ' ')}: the file cannot be imported`,
    );
  }
}

/**
 * Which of the file's contacts and organisations the address book shares with other trips here:
 * a contact of another trip's item or meeting (counterpart, interpreter), an organisation that
 * hosts another trip's meeting or employs such a contact. Changing one changes those trips too.
 */
function usedByOtherTrips(db: Database.Database, file: TripFile): Map<string, string[]> {
  const ids = JSON.stringify([...file.contacts.map((c) => c.id), ...file.organisations.map((o) => o.id)]);
  const rows = db
    .prepare(
      `WITH wanted(id) AS (SELECT value FROM json_each(?)),
            uses(id, trip_id) AS (
              SELECT ic.contact_id, i.trip_id FROM item_contacts ic JOIN items i ON i.id = ic.item_id
              UNION SELECT mc.contact_id, i.trip_id FROM meeting_counterparts mc JOIN items i ON i.id = mc.item_id
              UNION SELECT m.interpreter_contact_id, i.trip_id FROM meetings m JOIN items i ON i.id = m.item_id
                WHERE m.interpreter_contact_id IS NOT NULL
              UNION SELECT m.host_organisation_id, i.trip_id FROM meetings m JOIN items i ON i.id = m.item_id
                WHERE m.host_organisation_id IS NOT NULL
            ),
            used(id, trip_id) AS (
              SELECT id, trip_id FROM uses
              UNION SELECT c.organisation_id, u.trip_id FROM uses u JOIN contacts c ON c.id = u.id WHERE c.organisation_id IS NOT NULL
            )
       SELECT used.id, t.title FROM used JOIN trips t ON t.id = used.trip_id
       WHERE used.trip_id != ? AND used.id IN (SELECT id FROM wanted)
       ORDER BY used.id, t.title`,
    )
    .all(ids, file.trip.id) as { id: string; title: string }[];
  const map = new Map<string, string[]>();
  for (const { id, title } of rows) map.set(id, [...(map.get(id) ?? []), title]);
  return map;
}

/**
 * UUIDs are global: a member, group or item of the file that exists here in ANOTHER trip means
 * the file is not what it claims (or was hand-edited). Refused before anything is written.
 */
function refuseIdsOfOtherTrips(db: Database.Database, file: TripFile): void {
  const tripId = file.trip.id;
  for (const [table, what, list] of [
    ['members', 'member', file.members],
    ['member_groups', 'group', file.groups],
    ['items', 'item', file.items],
  ] as const) {
    const ids = JSON.stringify(list.map((e) => e.id));
    const clash = db
      .prepare(`SELECT x.id, t.title FROM ${table} x JOIN trips t ON t.id = x.trip_id WHERE x.trip_id != ? AND x.id IN (SELECT value FROM json_each(?)) LIMIT 1`)
      .get(tripId, ids) as { id: string; title: string } | undefined;
    if (clash) {
      throw new ServiceError(
        'conflict',
        `The trip file's ${what} ${clash.id} belongs to another trip here ("${clash.title}"): the file cannot be imported`,
      );
    }
  }
}
