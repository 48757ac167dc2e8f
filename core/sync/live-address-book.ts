import type Database from 'better-sqlite3';
import { prepared } from '../db/statements';
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
import type { Team } from './sync';

/**
 * The address book in the background sync loop (live.ts), while "Share the address book with the
 * team" is on: the `contacts` document kept open like a trip's. The address book is captured at
 * sync time (address-book.ts), so local edits are found by a cheap fingerprint of the two tables,
 * looked at on each tick of the loop (its poll interval is the debounce: a burst of edits is one
 * capture), and captured again on every reconnect. Turning sharing off closes the connection.
 */
export class LiveAddressBook {
  private connection: DocConnection | undefined;
  private fingerprint = '';
  private wasOnline = false;
  /** Something was pushed or received that the server has not yet been seen to agree on. */
  private unconfirmed = false;
  private received = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly team: Team,
    private readonly onRemoteChange: () => void,
  ) {}

  /** How many colleagues' changes were applied to the tables since the loop started. */
  get remoteChanges(): number {
    return this.received;
  }

  tick(): void {
    const shared = addressBookServer(this.db) === this.team.url;
    if (!shared) return this.close();
    if (!this.connection) this.open();
    const connection = this.connection!;
    if (connection.error) return;
    const reconnected = connection.online && !this.wasOnline;
    this.wasOnline = connection.online;
    const fingerprint = this.tablesFingerprint();
    if (reconnected || fingerprint !== this.fingerprint) this.capture(fingerprint);
    if (this.unconfirmed && connection.agreed) {
      this.unconfirmed = false;
      recordAddressBookResult(this.db, null);
    }
  }

  close(): void {
    this.connection?.close();
    this.connection = undefined;
    this.wasOnline = false;
  }

  private open(): void {
    captureAddressBook(this.db);
    this.fingerprint = this.tablesFingerprint();
    this.unconfirmed = true;
    this.connection = new DocConnection({
      url: this.team.url,
      token: this.team.token,
      name: ADDRESS_BOOK_DOCUMENT,
      initialState: storedAddressBook(this.db),
      persistent: true,
      onRemote: (update) => {
        try {
          // An edit made here since the last tick goes into the document first. Applied after a
          // colleague's change, it would be taken for theirs: the fingerprint read below would
          // count it as captured, and it would never leave this laptop.
          const local = this.tablesFingerprint();
          if (local !== this.fingerprint) this.capture(local);
          this.unconfirmed = true;
          if (applyRemoteAddressBook(this.db, update)) {
            this.received += 1;
            this.fingerprint = this.tablesFingerprint();
            this.onRemoteChange();
          }
        } catch (error) {
          if (error instanceof SyncRefusal) recordAddressBookResult(this.db, error.message);
          throw error;
        }
      },
    });
  }

  /** This laptop's edits into the stored document, and what the server lacks onto the network. */
  private capture(fingerprint: string): void {
    captureAddressBook(this.db);
    this.fingerprint = fingerprint;
    const state = storedAddressBook(this.db);
    if (state && this.connection) {
      this.connection.push(state);
      this.unconfirmed = true;
    }
  }

  /**
   * Changes whenever a row is added, edited (revision and updated_at grow) or deleted; reading
   * it costs two aggregate queries per tick instead of comparing every row with the document.
   */
  private tablesFingerprint(): string {
    const of = (table: 'contacts' | 'organisations') =>
      prepared(this.db, `SELECT count(*) AS n, max(updated_at) AS latest, total(revision) AS revisions FROM ${table}`).get() as {
        n: number;
        latest: string | null;
        revisions: number;
      };
    const contacts = of('contacts');
    const organisations = of('organisations');
    return JSON.stringify([contacts, organisations]);
  }
}
