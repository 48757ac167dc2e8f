import type Database from 'better-sqlite3';
import type { DemoStatus } from '../../shared/domain/settings';
import { deleteContact } from '../services/contacts';
import { deleteOrganisation } from '../services/organisations';
import { deleteTrip } from '../services/trips';
import { DEMO_TRIP_IDS, JINAN, WUXI } from './ids';

type Db = Database.Database;

const demoTripIds: readonly string[] = Object.values(DEMO_TRIP_IDS);
const demoContactIds = [...Object.values(JINAN.contact), ...Object.values(WUXI.contact)];
const demoOrganisationIds = [...Object.values(JINAN.org), ...Object.values(WUXI.org)];

/** Demo data is recognised by its fixed ids (ids.ts), so marking it needs no extra column. */
export function isDemoTrip(id: string): boolean {
  return demoTripIds.includes(id);
}

/**
 * What the app should offer: the demo on a database with no trips at all (a first start), and
 * its removal while any demo trip is there.
 */
export function demoStatus(db: Db): DemoStatus {
  const present = (db.prepare('SELECT id FROM trips').all() as { id: string }[]).map((r) => r.id).filter(isDemoTrip);
  const { n } = db.prepare('SELECT count(*) AS n FROM trips').get() as { n: number };
  return { offered: n === 0, demoTripIds: present };
}

const contactUsedOutsideDemo = (db: Db, id: string) =>
  db
    .prepare(
      `SELECT 1 FROM item_contacts WHERE contact_id = @id
       UNION ALL SELECT 1 FROM meeting_counterparts WHERE contact_id = @id
       UNION ALL SELECT 1 FROM meetings WHERE interpreter_contact_id = @id
       LIMIT 1`,
    )
    .get({ id }) !== undefined;

const organisationUsedOutsideDemo = (db: Db, id: string) =>
  db
    .prepare(
      `SELECT 1 FROM contacts WHERE organisation_id = @id
       UNION ALL SELECT 1 FROM meetings WHERE host_organisation_id = @id
       LIMIT 1`,
    )
    .get({ id }) !== undefined;

/**
 * Remove the demo trips and the demo address-book entries that nothing else uses any more. Runs
 * after the trips are gone, so "used" means used by the user's own trips or contacts: a demo
 * contact the user put into a real meeting stays. Each delete goes through its service (trash
 * entry, tombstone), like a delete by hand. Callers run it in a transaction (dispatch does).
 */
export function removeDemo(db: Db): { removedTrips: number; removedContacts: number; removedOrganisations: number } {
  const exists = (table: string, id: string) => db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
  let removedTrips = 0;
  let removedContacts = 0;
  let removedOrganisations = 0;
  for (const id of demoTripIds) {
    if (!exists('trips', id)) continue;
    deleteTrip(db, id);
    removedTrips += 1;
  }
  for (const id of demoContactIds) {
    if (!exists('contacts', id) || contactUsedOutsideDemo(db, id)) continue;
    deleteContact(db, id);
    removedContacts += 1;
  }
  for (const id of demoOrganisationIds) {
    if (!exists('organisations', id) || organisationUsedOutsideDemo(db, id)) continue;
    deleteOrganisation(db, id);
    removedOrganisations += 1;
  }
  return { removedTrips, removedContacts, removedOrganisations };
}
