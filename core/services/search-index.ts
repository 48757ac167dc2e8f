import type Database from 'better-sqlite3';
import { fold } from '../../shared/text/fold';
import { prepared } from '../db/statements';

/**
 * Keeps `search_entries` (migration 004) current: the folded text of every trip, member, item
 * and contact, which 'search:global' and 'contacts:list' match against instead of calling
 * fold() for every row on every query. Reads check searchIndexIsCurrent; maintainSearchIndex,
 * a separate write that may fail, brings it up to date.
 *
 * What is stale is known without persistent triggers:
 * - writes made on this connection are noted by TEMP triggers (they exist only in this
 *   connection, so the file, its backups and other programs never see them) in temp.search_dirty;
 * - writes by another connection (the CLI while the app runs) change PRAGMA data_version, and
 *   a fresh connection has not checked anything yet: then every entry is compared with its
 *   entity's version (updated_at, revision) and the missing or different ones are rebuilt.
 * The temp state is transactional like everything else: if the surrounding transaction rolls
 * back, so does the record of what was synced.
 */
export type SearchKind = 'trip' | 'member' | 'item' | 'contact';

/**
 * Part of every entry's version: change it when fold() or the texts change, and every entry is
 * rebuilt on the next search.
 */
const FORMAT = 1;

interface Source {
  kind: SearchKind;
  table: string;
  /** Columns whose change changes the entry. */
  columns: string[];
  /** SELECT … FROM … producing entity_id, title, global_text, list_text, source_version; alias `x` is the entity. */
  select: string;
  version: string;
}

const SOURCES: Source[] = [
  {
    kind: 'trip',
    table: 'trips',
    columns: ['title', 'destinations', 'purpose'],
    // Only the place names and country codes of the destinations are content (not their JSON keys).
    select: `SELECT x.id AS entity_id, x.title AS title,
        x.title || ' ' || coalesce((SELECT group_concat(
            coalesce(json_extract(d.value, '$.city'), '') || ' ' ||
            coalesce(json_extract(d.value, '$.nativeName'), '') || ' ' ||
            coalesce(json_extract(d.value, '$.country'), ''), ' ')
          FROM json_each(x.destinations) d), '') || ' ' || x.purpose AS global_text,
        '' AS list_text, %VERSION% AS source_version
      FROM trips x`,
    version: `'${FORMAT}#' || x.updated_at || '#' || x.revision`,
  },
  {
    kind: 'member',
    table: 'members',
    columns: ['name', 'native_name', 'title', 'organisation'],
    select: `SELECT x.id AS entity_id, x.name AS title,
        x.name || ' ' || x.native_name || ' ' || x.title || ' ' || x.organisation AS global_text,
        '' AS list_text, %VERSION% AS source_version
      FROM members x`,
    version: `'${FORMAT}#' || x.updated_at || '#' || x.revision`,
  },
  {
    kind: 'item',
    table: 'items',
    columns: ['title', 'venue', 'city', 'address', 'address_local'],
    select: `SELECT x.id AS entity_id, x.title AS title,
        x.title || ' ' || x.venue || ' ' || x.city || ' ' || x.address || ' ' || x.address_local AS global_text,
        '' AS list_text, %VERSION% AS source_version
      FROM items x`,
    version: `'${FORMAT}#' || x.updated_at || '#' || x.revision`,
  },
  {
    kind: 'contact',
    table: 'contacts',
    columns: ['name', 'native_name', 'title', 'role', 'email', 'phone', 'organisation_id'],
    select: `SELECT x.id AS entity_id, x.name AS title,
        x.name || ' ' || x.native_name || ' ' || x.title || ' ' || coalesce(o.name, '') || ' ' || coalesce(o.native_name, '') AS global_text,
        x.name || ' ' || x.native_name || ' ' || x.title || ' ' || x.role || ' ' || coalesce(o.name, '') || ' ' ||
          coalesce(o.native_name, '') || ' ' || x.email || ' ' || x.phone AS list_text,
        %VERSION% AS source_version
      FROM contacts x LEFT JOIN organisations o ON o.id = x.organisation_id`,
    // A contact's text includes its organisation's names.
    version: `'${FORMAT}#' || x.updated_at || '#' || x.revision || '#' || coalesce(o.updated_at || '#' || o.revision, '')`,
  },
];

const sourceSql = (s: Source) => s.select.replace('%VERSION%', s.version);

/** Entities whose entry is missing or made from another version. */
const staleSql = (s: Source) =>
  `${sourceSql(s)} LEFT JOIN search_entries e ON e.kind = '${s.kind}' AND e.entity_id = x.id
   WHERE e.source_version IS NOT ${s.version}`;
/** Entities this connection changed. */
const dirtySql = (s: Source) =>
  `${sourceSql(s)} WHERE x.id IN (SELECT entity_id FROM temp.search_dirty WHERE kind = '${s.kind}')`;
/** Entries whose entity is gone. */
const orphansSql = (s: Source, onlyDirty: boolean) =>
  `DELETE FROM search_entries WHERE kind = '${s.kind}'
     ${onlyDirty ? `AND entity_id IN (SELECT entity_id FROM temp.search_dirty WHERE kind = '${s.kind}')` : ''}
     AND NOT EXISTS (SELECT 1 FROM ${s.table} WHERE id = search_entries.entity_id)`;

const UPSERT = `INSERT INTO search_entries (kind, entity_id, title_key, global_text, list_text, source_version)
  VALUES (?, ?, ?, ?, ?, ?)
  ON CONFLICT (kind, entity_id) DO UPDATE SET title_key = excluded.title_key, global_text = excluded.global_text,
    list_text = excluded.list_text, source_version = excluded.source_version`;

function tempSchema(): string {
  // Plain INSERTs into a table without a key: a conflict clause inside a trigger is overridden by
  // the statement that fires it (a foreign-key action's update would turn OR IGNORE into an abort).
  const mark = (kind: string, ref: string) => `INSERT INTO temp.search_dirty (kind, entity_id) VALUES ('${kind}', ${ref});`;
  const triggers = SOURCES.map(
    (s) => `
CREATE TEMP TRIGGER IF NOT EXISTS search_dirty_${s.table}_insert AFTER INSERT ON main.${s.table} BEGIN ${mark(s.kind, 'NEW.id')} END;
CREATE TEMP TRIGGER IF NOT EXISTS search_dirty_${s.table}_update AFTER UPDATE OF ${s.columns.join(', ')} ON main.${s.table} BEGIN ${mark(s.kind, 'NEW.id')} END;
CREATE TEMP TRIGGER IF NOT EXISTS search_dirty_${s.table}_delete AFTER DELETE ON main.${s.table} BEGIN ${mark(s.kind, 'OLD.id')} END;`,
  ).join('');
  const organisationContacts = (ref: string) =>
    `INSERT INTO temp.search_dirty (kind, entity_id) SELECT 'contact', id FROM main.contacts WHERE organisation_id = ${ref};`;
  return `
CREATE TEMP TABLE IF NOT EXISTS search_dirty (kind TEXT NOT NULL, entity_id TEXT NOT NULL);
CREATE TEMP TABLE IF NOT EXISTS search_synced (data_version INTEGER NOT NULL);
${triggers}
CREATE TEMP TRIGGER IF NOT EXISTS search_dirty_organisations_update AFTER UPDATE OF name, native_name ON main.organisations BEGIN ${organisationContacts('NEW.id')} END;
CREATE TEMP TRIGGER IF NOT EXISTS search_dirty_organisations_delete BEFORE DELETE ON main.organisations BEGIN ${organisationContacts('OLD.id')} END;`;
}
const TEMP_OBJECTS = 2 + SOURCES.length * 3 + 2;

/**
 * Whether search_entries matches the entities right now, found out without writing anything:
 * the reads that use the index (search, the address book) call this inside their read
 * transaction and fold every row instead when it says no. Reads never write: a read that
 * updated the index failed with "The disk is full" on a full disk, and needed the write lock.
 */
export function searchIndexIsCurrent(db: Database.Database): boolean {
  const present = prepared(db, `SELECT count(*) AS n FROM sqlite_temp_master WHERE name GLOB 'search_*' AND type IN ('table', 'trigger')`).get() as {
    n: number;
  };
  if (present.n !== TEMP_OBJECTS) return false;
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const synced = prepared(db, 'SELECT data_version FROM temp.search_synced').get() as { data_version: number } | undefined;
  if (synced?.data_version !== dataVersion) return false;
  return prepared(db, 'SELECT 1 FROM temp.search_dirty LIMIT 1').get() === undefined;
}

/**
 * Index maintenance, run by dispatch as its own small write transaction BEFORE a read that uses
 * the index (never inside it). It never waits for another program's lock (busy_timeout 0 for
 * its duration: a search must not hang) and gives up quietly when the file cannot be written
 * now — read-only, locked, disk full, I/O error: the read then folds every row (slower, right).
 * Returns whether the index is current.
 */
export function maintainSearchIndex(db: Database.Database): boolean {
  if (searchIndexIsCurrent(db)) return true;
  const wasInTransaction = db.inTransaction;
  const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    // Nested in a caller's transaction this is a savepoint, rolled back alone on failure.
    const sync = db.transaction(() => syncSearchIndex(db));
    if (wasInTransaction) sync();
    else sync.immediate();
    return true;
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    const cannotWrite = ['SQLITE_READONLY', 'SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_FULL', 'SQLITE_IOERR'].some((c) => code.startsWith(c));
    // SQLite may cancel a whole transaction on FULL or IOERR; then the caller's must fail too.
    if (!cannotWrite || (wasInTransaction && !db.inTransaction)) throw error;
    return false;
  } finally {
    db.pragma(`busy_timeout = ${busyTimeout}`);
  }
}

/**
 * Bring search_entries up to date with the entities. Cheap when nothing changed (a few
 * lookups); proportional to the changes otherwise; a full comparison on a connection's first
 * search and after another connection wrote to the file. Call inside the operation's transaction.
 */
export function syncSearchIndex(db: Database.Database): void {
  const present = prepared(db, `SELECT count(*) AS n FROM sqlite_temp_master WHERE name GLOB 'search_*' AND type IN ('table', 'trigger')`).get() as {
    n: number;
  };
  if (present.n !== TEMP_OBJECTS) db.exec(tempSchema());

  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const synced = prepared(db, 'SELECT data_version FROM temp.search_synced').get() as { data_version: number } | undefined;
  if (synced?.data_version !== dataVersion) {
    for (const source of SOURCES) {
      prepared(db, orphansSql(source, false)).run();
      write(db, source.kind, prepared(db, staleSql(source)).all() as SourceRow[]);
    }
    prepared(db, 'DELETE FROM temp.search_synced').run();
    prepared(db, 'INSERT INTO temp.search_synced (data_version) VALUES (?)').run(dataVersion);
  } else if (prepared(db, 'SELECT 1 FROM temp.search_dirty LIMIT 1').get()) {
    for (const source of SOURCES) {
      prepared(db, orphansSql(source, true)).run();
      write(db, source.kind, prepared(db, dirtySql(source)).all() as SourceRow[]);
    }
  }
  prepared(db, 'DELETE FROM temp.search_dirty').run();
}

interface SourceRow {
  entity_id: string;
  title: string;
  global_text: string;
  list_text: string;
  source_version: string;
}

function write(db: Database.Database, kind: SearchKind, rows: SourceRow[]): void {
  if (rows.length === 0) return;
  const upsert = prepared(db, UPSERT);
  for (const row of rows) {
    upsert.run(kind, row.entity_id, fold(row.title), fold(row.global_text), row.list_text === '' ? '' : fold(row.list_text), row.source_version);
  }
}
