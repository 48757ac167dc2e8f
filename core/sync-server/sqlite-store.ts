import path from 'node:path';
import Database from 'better-sqlite3';
import { mergedState, type ServerStore } from './store';

export const SQLITE_STORE_FILE = 'sync-server.sqlite';

/**
 * The embedded store: one better-sqlite3 file in the data folder, WAL (so `sqlite3 .backup` and
 * VACUUM INTO can copy it while the server runs). The server is the file's only writer; all
 * statements are synchronous, so a merge (read, merge, write) cannot interleave with another.
 *
 * `documents` holds each document's merged state; `document_updates` the updates acknowledged
 * since (see ServerStore.appendUpdate), folded into `documents` by the next merge.
 */
export function openSqliteStore(dataDir: string): ServerStore {
  const db = new Database(path.join(dataDir, SQLITE_STORE_FILE));
  db.pragma('journal_mode = WAL');
  // FULL: an update the server has acknowledged to a client must survive a power cut, not only
  // a killed process.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS documents (
      team TEXT NOT NULL,
      name TEXT NOT NULL,
      state BLOB NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (team, name)
    ) STRICT;
    CREATE TABLE IF NOT EXISTS document_updates (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      team TEXT NOT NULL,
      name TEXT NOT NULL,
      data BLOB NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS document_updates_by_document ON document_updates (team, name, seq);
    CREATE TABLE IF NOT EXISTS teams (
      name TEXT PRIMARY KEY,
      token_hash TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL,
      revoked_at TEXT
    ) STRICT;
  `);

  const selectState = db.prepare<[string, string], { state: Buffer }>(
    'SELECT state FROM documents WHERE team = ? AND name = ?',
  );
  const selectUpdates = db.prepare<[string, string], { data: Buffer }>(
    'SELECT data FROM document_updates WHERE team = ? AND name = ? ORDER BY seq',
  );
  const insertUpdate = db.prepare<[string, string, Uint8Array]>(
    'INSERT INTO document_updates (team, name, data) VALUES (?, ?, ?)',
  );
  const deleteUpdates = db.prepare<[string, string]>('DELETE FROM document_updates WHERE team = ? AND name = ?');
  const upsertState = db.prepare<[string, string, Uint8Array, string]>(
    `INSERT INTO documents (team, name, state, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (team, name) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const current = (team: string, name: string, more: Uint8Array[] = []) =>
    mergedState(selectState.get(team, name)?.state ?? null, [
      ...selectUpdates.all(team, name).map((row) => row.data),
      ...more,
    ]);
  const merge = db.transaction((team: string, name: string, state: Uint8Array) => {
    const merged = current(team, name, [state]);
    if (merged !== null) upsertState.run(team, name, merged, new Date().toISOString());
    deleteUpdates.run(team, name);
  });
  const insertTeam = db.prepare<[string, string, string]>(
    'INSERT INTO teams (name, token_hash, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const revoke = db.prepare<[string, string]>(
    'UPDATE teams SET revoked_at = coalesce(revoked_at, ?) WHERE name = ?',
  );
  const selectTeam = db.prepare<[string], { name: string }>(
    'SELECT name FROM teams WHERE token_hash = ? AND revoked_at IS NULL',
  );

  return {
    fetchDocument: async (team, name) => current(team, name),
    appendUpdate: async (team, name, update) => {
      insertUpdate.run(team, name, update);
    },
    mergeDocument: async (team, name, state) => merge(team, name, state),
    addTeam: async (team, tokenHash) => insertTeam.run(team, tokenHash, new Date().toISOString()).changes === 1,
    revokeTeam: async (team) => revoke.run(new Date().toISOString(), team).changes === 1,
    teamForTokenHash: async (tokenHash) => selectTeam.get(tokenHash)?.name ?? null,
    close: async () => {
      db.close();
    },
  };
}
