import type Database from 'better-sqlite3';
import type { TripProgramme, TripWorkspace } from '../../shared/domain/workspace';
import type { Contact, Organisation } from '../../shared/domain/contact';
import type { PerDiemProgramme } from '../../shared/per-diem';
import { contactTable } from './contacts';
import { listGroups } from './groups';
import { earlierGifts, listGifts } from './gifts';
import { listAttachments } from './attachments';
import { listItems, listPerDiemItems } from './items';
import { listMeetings } from './meetings';
import { listMembers, listPerDiemMembers } from './members';
import { organisationTable } from './organisations';
import { getTrip } from './trips';

/**
 * What the trip's first screen (the Programme, or Members) needs to be usable: the trip, its
 * members, groups and items. On a state-visit-sized trip this is about half of the workspace's
 * bytes; the renderer asks for the whole workspace right behind it (meeting details, contacts,
 * organisations, gifts and attachments fill in the cards a moment later).
 */
export function getFirstScreen(db: Database.Database, tripId: string): TripWorkspace {
  return {
    ...getProgramme(db, tripId),
    groups: listGroups(db, tripId),
    meetings: [],
    contacts: [],
    organisations: [],
    gifts: [],
    earlierGifts: [],
    attachments: [],
    firstScreenOnly: true,
  };
}

/** Who goes where and when: what the presence model and the per diem read (the budget, per-diem sheets). */
export function getProgramme(db: Database.Database, tripId: string): TripProgramme {
  return { trip: getTrip(db, tripId), members: listMembers(db, tripId), items: listItems(db, tripId) };
}

/** getProgramme as the per diem reads it (the budget, the per-diem sheets): the same reads, less of each item mapped. */
export function getPerDiemProgramme(db: Database.Database, tripId: string): PerDiemProgramme {
  return { trip: getTrip(db, tripId), members: listPerDiemMembers(db, tripId), items: listPerDiemItems(db, tripId) };
}

/** Everything the workspace, documents and exports need about one trip. */
export function getWorkspace(db: Database.Database, tripId: string): TripWorkspace {
  const trip = getTrip(db, tripId);
  const items = listItems(db, tripId);
  const meetings = listMeetings(db, tripId);
  const gifts = listGifts(db, tripId);
  const contactIds = new Set<string>();
  for (const gift of gifts) if (gift.contactId) contactIds.add(gift.contactId);
  for (const item of items) item.contactIds.forEach((id) => contactIds.add(id));
  for (const meeting of meetings) {
    meeting.counterpartIds.forEach((id) => contactIds.add(id));
    if (meeting.interpreterContactId) contactIds.add(meeting.interpreterContactId);
  }
  const contacts = (
    db
      .prepare(`SELECT ${contactTable.columns()} FROM contacts WHERE id IN (SELECT value FROM json_each(?)) ORDER BY fold(name)`)
      .all(JSON.stringify([...contactIds])) as Record<string, unknown>[]
  ).map(contactTable.fromRow) as Contact[];
  const organisationIds = new Set<string>();
  for (const contact of contacts) if (contact.organisationId) organisationIds.add(contact.organisationId);
  for (const meeting of meetings) if (meeting.hostOrganisationId) organisationIds.add(meeting.hostOrganisationId);
  for (const gift of gifts) if (gift.organisationId) organisationIds.add(gift.organisationId);
  const organisations = (
    db
      .prepare(`SELECT ${organisationTable.columns()} FROM organisations WHERE id IN (SELECT value FROM json_each(?)) ORDER BY fold(name)`)
      .all(JSON.stringify([...organisationIds])) as Record<string, unknown>[]
  ).map(organisationTable.fromRow) as Organisation[];

  return {
    trip,
    members: listMembers(db, tripId),
    groups: listGroups(db, tripId),
    items,
    meetings,
    contacts,
    organisations,
    gifts,
    earlierGifts: earlierGifts(db, tripId),
    attachments: listAttachments(db, tripId),
  };
}
