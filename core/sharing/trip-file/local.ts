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
  /** The whole address book: contacts are matched by name and e-mail, not only by id. */
  contacts: Contact[];
  organisations: Organisation[];
  /** Ids among the file's entities that have a tombstone here (deleted here). */
  deleted: Set<string>;
  /** The trip itself was deleted here: importing its file brings it back, whole. */
  tripDeleted: boolean;
}

export function loadLocalState(db: Database.Database, file: TripFile): LocalState {
  const tripId = file.trip.id;
  const tripRow = db.prepare(`SELECT ${tripTable.columns()} FROM trips WHERE id = ?`).get(tripId) as Record<string, unknown> | undefined;
  const trip = tripRow ? tripTable.fromRow(tripRow) : undefined;
  refuseIdsOfOtherTrips(db, file);

  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));
  const contacts = (db.prepare(`SELECT ${contactTable.columns()} FROM contacts ORDER BY id`).all() as Record<string, unknown>[]).map(
    contactTable.fromRow,
  );
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
    contacts,
    organisations,
    deleted,
    tripDeleted: !trip && db.prepare('SELECT 1 FROM deletions WHERE entity_id = ?').get(tripId) !== undefined,
  };
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
