import type Database from 'better-sqlite3';
import {
  ADDRESS_BOOK_DOCUMENT,
  addressBookServer,
  applyRemoteAddressBook,
  captureAddressBook,
  recordAddressBookResult,
  storedAddressBook,
} from './address-book';
import { DocConnection } from './connection';
import { SyncRefusal } from './errors';
import type { SyncOptions, Team } from './sync';

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * One sync round of the team's address book (address-book.ts), when it is shared through this
 * team's server: this laptop's contacts into the document, then push and pull until the server
 * agrees. Returns whether it ran.
 */
export async function syncAddressBook(db: Database.Database, team: Team, options: SyncOptions = {}): Promise<boolean> {
  if (addressBookServer(db) !== team.url) return false;
  captureAddressBook(db);
  const connection = new DocConnection({
    url: team.url,
    token: team.token,
    name: ADDRESS_BOOK_DOCUMENT,
    initialState: storedAddressBook(db),
    onRemote: (update) => applyRemoteAddressBook(db, update),
  });
  try {
    await connection.waitAgreed(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    recordAddressBookResult(db, null);
    return true;
  } catch (error) {
    if (error instanceof SyncRefusal) recordAddressBookResult(db, error.message);
    throw error;
  } finally {
    connection.close();
  }
}
