import type Database from 'better-sqlite3';
import type { AddressBookSharing } from '../../shared/sync/status';
import { prepared } from '../db/statements';
import { ServiceError } from '../services/errors';
import { addressBookServer, setAddressBookSharing } from './address-book';
import { liveSyncOf } from './registry';
import type { Team } from './sync';

/** The switch "Share the address book with the team" as Settings → Team sync shows it. */
export function addressBookSharingView(db: Database.Database, teamUrl: string): AddressBookSharing {
  const row = prepared(db, 'SELECT server_url, synced_at, last_error FROM sync_address_book WHERE id = 1').get() as
    | { server_url: string; synced_at: string | null; last_error: string | null }
    | undefined;
  // Shared through another server than the team's now: off for this team (its state is kept).
  if (!row || row.server_url !== teamUrl) return { on: false, syncedAt: null, lastError: null, remoteChanges: 0 };
  return { on: true, syncedAt: row.synced_at, lastError: row.last_error, remoteChanges: liveSyncOf(db)?.addressBookChanges() ?? 0 };
}

/**
 * 'sync:setAddressBookSharing': on shares through the team set up in Settings (the background
 * loop connects it at its next tick); off forgets the document here, so the loop closes it.
 * Colleagues keep the copies they have; nothing is deleted anywhere.
 */
export function switchAddressBookSharing(db: Database.Database, team: Team | null, on: boolean): void {
  if (!team) throw new ServiceError('invalid_input', 'Set up the team’s sync server in Settings first');
  if (on && addressBookServer(db) !== team.url) setAddressBookSharing(db, team.url);
  if (!on) setAddressBookSharing(db, null);
}
