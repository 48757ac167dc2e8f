import type Database from 'better-sqlite3';
import { contract, type OperationInput, type OperationName, type ParsedInput } from '../../shared/api/contract';
import type { MeetingDetailsInput } from '../../shared/domain/meeting';
import { createContact } from '../services/contacts';
import { createGroup } from '../services/groups';
import { createItem } from '../services/items';
import { updateMeeting } from '../services/meetings';
import { createMember } from '../services/members';
import { createOrganisation } from '../services/organisations';
import { createTrip } from '../services/trips';
import { demoId } from './ids';

/**
 * Writers for the demo data. Every input goes through the contract's schema for the operation, as
 * user input does in dispatch, and then to the same service function; only the id is fixed.
 * A schema failure throws, which rolls back the whole seeding transaction.
 */
type Db = Database.Database;

function parse<K extends OperationName>(name: K, input: OperationInput<K>): ParsedInput<K> {
  return contract[name].input.parse(input) as ParsedInput<K>;
}

function exists(db: Db, table: 'organisations' | 'contacts' | 'trips', id: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

export function tripExists(db: Db, id: string): boolean {
  return exists(db, 'trips', id);
}

export function addTrip(db: Db, id: string, input: OperationInput<'trips:create'>): void {
  createTrip(db, parse('trips:create', input), id);
}

/**
 * The address book is shared by all trips and may have been edited, so an organisation or
 * contact that is already there is left as it is.
 */
export function ensureOrganisation(db: Db, id: string, input: OperationInput<'organisations:create'>): void {
  if (!exists(db, 'organisations', id)) createOrganisation(db, parse('organisations:create', input), id);
}

export function ensureContact(db: Db, id: string, input: OperationInput<'contacts:create'>): void {
  if (!exists(db, 'contacts', id)) createContact(db, parse('contacts:create', input), id);
}

/** A follow-up without its id: the writer derives a fixed one from the item's id and position. */
export type DemoFollowUp = { text: string; owner: string; dueDate: string | null; done?: boolean };
export type DemoMeeting = Omit<MeetingDetailsInput, 'followUps'> & { followUps?: DemoFollowUp[] };
export type DemoItem = Omit<OperationInput<'items:create'>, 'tripId'>;

/** Writers bound to one trip, so the programme files need not repeat the trip id. */
export function tripWriter(db: Db, tripId: string) {
  return {
    member(id: string, input: Omit<OperationInput<'members:create'>, 'tripId'>): void {
      createMember(db, parse('members:create', { ...input, tripId }), id);
    },
    group(id: string, name: string, memberIds: string[]): void {
      createGroup(db, parse('groups:create', { tripId, name, memberIds }), id);
    },
    /** An itinerary item; `key` names it within the trip and yields its fixed id. */
    item(key: string, input: DemoItem, meeting?: DemoMeeting): void {
      const itemId = demoId(`${tripId}/item/${key}`);
      createItem(db, parse('items:create', { ...input, tripId }), itemId);
      if (!meeting) return;
      const { followUps, ...fields } = meeting;
      const patch: MeetingDetailsInput = {
        ...fields,
        followUps: followUps?.map((f, i) => ({ done: false, ...f, id: demoId(`${itemId}/follow-up/${i}`) })),
      };
      updateMeeting(db, parse('meetings:update', { itemId, patch }));
    },
  };
}

/** Start and end of an item as local times; the end's zone defaults to the start's. */
export function span(startZone: string, startLocal: string, endLocal: string, endZone = startZone) {
  return { startLocal, startZone, endLocal, endZone };
}
