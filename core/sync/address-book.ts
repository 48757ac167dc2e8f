import type Database from 'better-sqlite3';
import * as Y from 'yjs';
import { META, TOMBSTONES } from '../../shared/sync/layout';
import { prepared } from '../db/statements';
import type { TableMapper } from '../db/table';
import { now } from '../services/clock';
import { contactTable } from '../services/contacts';
import { organisationTable } from '../services/organisations';
import { FileContact, FileOrganisation } from '../sharing/trip-file/format';
import { canonical } from './doc-apply';
import { readRow } from './doc-read';
import { LOCAL_ORIGIN, writeRow } from './doc-write';
import { SyncRefusal } from './errors';

/**
 * The team's shared address book: one Yjs document named `contacts` per team, holding every
 * contact and organisation of this laptop, not only those a shared trip uses. Same layout and
 * rules as a trip document (docs/sync.md): a Y.Map per table keyed by UUID, each row a Y.Map of
 * its fields (notes as Y.Text), delete wins through `tombstones`, every row checked by the trip
 * file's strict zod schemas before anything is written.
 *
 * Unlike a trip, the address book is captured when it is synced, not in every write's
 * transaction: the stored document (sync_address_book, migration 015) is what was last exchanged,
 * and the tables are compared with it at the start of each sync. An edit made offline is in the
 * tables, so a crash loses nothing, and no write of a contact pays for the document.
 * A row in the document but no longer in the tables was deleted here (it gets a tombstone); a
 * row in the tables that has a tombstone was brought back here (Trash), so its tombstone goes.
 *
 * Privacy: a contact erased on request (privacy_erasures) is never written into the document,
 * is removed from it with a tombstone, and never re-enters the tables from it.
 */

export const ADDRESS_BOOK_DOCUMENT = 'contacts';
const ADDRESS_BOOK_FORMAT = 'delegation-planner/address-book';
const TABLES = ['organisations', 'contacts'] as const;
type BookTable = (typeof TABLES)[number];
const TOP_LEVEL: readonly string[] = [META, TOMBSTONES, ...TABLES];
const ENTITY_TYPE: Record<BookTable, 'organisation' | 'contact'> = { organisations: 'organisation', contacts: 'contact' };
const MAPPER: Record<BookTable, TableMapper<{ id: string }>> = {
  organisations: organisationTable as unknown as TableMapper<{ id: string }>,
  contacts: contactTable as unknown as TableMapper<{ id: string }>,
};
const SCHEMA = { organisations: FileOrganisation, contacts: FileContact };

type Row = Record<string, unknown>;

/** The server the address book is shared through (undefined: not shared). */
export function addressBookServer(db: Database.Database): string | undefined {
  return (prepared(db, 'SELECT server_url FROM sync_address_book WHERE id = 1').get() as { server_url: string } | undefined)?.server_url;
}

/** Turn on "Share the address book with the team" (null: turn it off; the document here is forgotten). */
export function setAddressBookSharing(db: Database.Database, serverUrl: string | null): void {
  if (serverUrl === null) {
    prepared(db, 'DELETE FROM sync_address_book').run();
    return;
  }
  prepared(
    db,
    `INSERT INTO sync_address_book (id, server_url, state, created_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET server_url = excluded.server_url`,
  ).run(serverUrl, Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())), now());
}

/** The stored document (undefined: not shared). Small enough to decode per sync round and update. */
export function loadAddressBook(db: Database.Database): Y.Doc | undefined {
  const row = prepared(db, 'SELECT state FROM sync_address_book WHERE id = 1').get() as { state: Buffer } | undefined;
  if (!row) return undefined;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, row.state, 'stored');
  return doc;
}

function saveAddressBook(db: Database.Database, doc: Y.Doc): void {
  prepared(db, 'UPDATE sync_address_book SET state = ? WHERE id = 1').run(Buffer.from(Y.encodeStateAsUpdate(doc)));
}

export function recordAddressBookResult(db: Database.Database, error: string | null): void {
  prepared(db, 'UPDATE sync_address_book SET last_error = ?, synced_at = CASE WHEN ? IS NULL THEN ? ELSE synced_at END WHERE id = 1').run(error, error, now());
}

function erasedIds(db: Database.Database): Set<string> {
  return new Set((prepared(db, `SELECT entity_id FROM privacy_erasures WHERE entity_type = 'contact'`).all() as { entity_id: string }[]).map((r) => r.entity_id));
}

function tableRows(db: Database.Database, table: BookTable): Row[] {
  const mapper = MAPPER[table];
  return (prepared(db, `SELECT ${mapper.columns()} FROM ${table} ORDER BY id`).all() as Record<string, unknown>[]).map(
    (row) => mapper.fromRow(row) as unknown as Row,
  );
}

/** Bring this laptop's contacts and organisations into the stored document; in one transaction. */
export function captureAddressBook(db: Database.Database): void {
  db.transaction(() => {
    const doc = loadAddressBook(db);
    if (!doc) return;
    const erased = erasedIds(db);
    let changed = false;
    doc.on('update', () => (changed = true));
    doc.transact(() => {
      const meta = doc.getMap(META);
      if (meta.get('format') !== ADDRESS_BOOK_FORMAT) meta.set('format', ADDRESS_BOOK_FORMAT);
      const tombstones = doc.getMap(TOMBSTONES);
      for (const table of TABLES) {
        const map = doc.getMap(table);
        const rows = tableRows(db, table).filter((r) => !erased.has(String(r.id)));
        const here = new Set(rows.map((r) => String(r.id)));
        for (const id of [...map.keys()]) {
          if (here.has(id)) continue;
          map.delete(id);
          tombstones.set(id, { entityType: ENTITY_TYPE[table], deletedAt: now() });
        }
        for (const entity of rows) {
          const id = String(entity.id);
          if (tombstones.has(id)) tombstones.delete(id);
          let row = map.get(id);
          if (!(row instanceof Y.Map)) {
            // Integrated before it is filled: a Y.Text set into a detached map could not be edited.
            row = new Y.Map<unknown>();
            map.set(id, row);
          }
          const stored = row as Y.Map<unknown>;
          if (stored.get('revision') === entity.revision && stored.get('updatedAt') === entity.updatedAt) continue;
          writeRow(stored, entity, table);
        }
      }
    }, LOCAL_ORIGIN);
    if (changed) saveAddressBook(db, doc);
  }).immediate();
}

/** What the document holds, checked as strictly as an imported trip file's contacts. */
interface BookSnapshot {
  rows: Record<BookTable, Row[]>;
  deleted: Set<string>;
}

export function readAddressBook(doc: Y.Doc): BookSnapshot {
  for (const name of doc.share.keys()) {
    if (!TOP_LEVEL.includes(name)) throw new SyncRefusal(`the shared address book holds an unknown part “${name.slice(0, 40)}”`);
  }
  const format = doc.getMap(META).get('format');
  if (format !== undefined && format !== ADDRESS_BOOK_FORMAT) throw new SyncRefusal('the shared document is not a Delegation Planner address book');
  const deleted = new Set<string>();
  for (const [id, value] of doc.getMap(TOMBSTONES).entries()) {
    const t = value as { entityType?: unknown; deletedAt?: unknown } | null;
    if (!t || (t.entityType !== 'contact' && t.entityType !== 'organisation') || typeof t.deletedAt !== 'string') {
      throw new SyncRefusal('the shared address book holds a malformed deletion record');
    }
    deleted.add(id);
  }
  const rows = { organisations: [], contacts: [] } as Record<BookTable, Row[]>;
  for (const table of TABLES) {
    for (const [id, value] of doc.getMap(table).entries()) {
      if (deleted.has(id)) continue;
      const parsed = SCHEMA[table].safeParse(readRow(value, table));
      if (!parsed.success) throw new SyncRefusal(`a row of the shared address book’s ${table} is not valid (${parsed.error.issues[0]?.path.join('.') ?? ''})`);
      if (parsed.data.id !== id) throw new SyncRefusal(`a row of the shared address book’s ${table} is stored under another id than its own`);
      rows[table].push(parsed.data as Row);
    }
  }
  return { rows, deleted };
}

/** Make the tables hold what the checked document says (erased contacts stay out). */
function writeAddressBookToTables(db: Database.Database, book: BookSnapshot): boolean {
  const erased = erasedIds(db);
  let changed = false;
  for (const table of TABLES) {
    const mapper = MAPPER[table];
    const local = new Map(tableRows(db, table).map((r) => [String(r.id), r]));
    const organisations = new Set(book.rows.organisations.map((o) => String(o.id)));
    for (const incoming of book.rows[table]) {
      const id = String(incoming.id);
      if (erased.has(id)) continue;
      let entity = incoming;
      // An organisation deleted while a colleague linked a contact to it: the link goes, as a local delete does.
      if (table === 'contacts' && entity.organisationId && !organisations.has(String(entity.organisationId))) {
        entity = { ...entity, organisationId: null };
      }
      const mine = local.get(id);
      if (mine && canonical(mine) === canonical(entity)) continue;
      changed = true;
      if (!mine) mapper.insert(db, entity as { id: string });
      else overwriteRow(db, mapper, entity);
    }
    const remove = prepared(db, `DELETE FROM ${table} WHERE id = ?`);
    for (const id of book.deleted) if (local.has(id) && !erased.has(id)) changed = remove.run(id).changes > 0 || changed;
  }
  return changed;
}

/** The local row becomes exactly `entity`, its version included (as the trip-file import writes). */
function overwriteRow(db: Database.Database, mapper: TableMapper<{ id: string }>, entity: Row): void {
  const { id, createdAt, updatedAt, revision, ...fields } = entity as Row & { id: string; createdAt: string; updatedAt: string; revision: number };
  mapper.update(db, id, fields, updatedAt);
  prepared(db, `UPDATE ${mapper.table} SET created_at = ?, updated_at = ?, revision = ? WHERE id = ?`).run(createdAt, updatedAt, revision, id);
}

/**
 * A colleague's update of the address book, in one transaction: decode, apply to the stored
 * document, check all of it, write the tables, store the document. A refusal changes nothing.
 */
export function applyRemoteAddressBook(db: Database.Database, update: Uint8Array): boolean {
  return db
    .transaction(() => {
      const doc = loadAddressBook(db);
      if (!doc) throw new SyncRefusal('the address book is not shared here');
      try {
        Y.decodeUpdate(update);
        Y.applyUpdate(doc, update, 'remote');
      } catch {
        throw new SyncRefusal('the update from the server is malformed');
      }
      const changed = writeAddressBookToTables(db, readAddressBook(doc));
      saveAddressBook(db, doc);
      return changed;
    })
    .immediate();
}

export function storedAddressBook(db: Database.Database): Uint8Array | undefined {
  const doc = loadAddressBook(db);
  return doc ? Y.encodeStateAsUpdate(doc) : undefined;
}
