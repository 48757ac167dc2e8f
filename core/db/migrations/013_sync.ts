import type { Migration } from './types';

/**
 * Team sync (docs/sync-mapping.md). The SQLite tables stay the source of truth; these two tables
 * hold what the sync engine needs beside them, in the same file, so a change and its sync record
 * commit together:
 * - `sync_docs`: one row per shared trip — its Yjs document state (everything this laptop knows,
 *   merged) and the server it is shared through. `version` counts saves so an in-memory copy of
 *   the document can tell that another process (the CLI on the same file) saved since.
 * - `sync_outbox`: every local change to a shared trip as one Yjs update, written in the write's
 *   own transaction; a row is removed once the server acknowledged it. It survives a crash and a
 *   week offline, and its size is the "N changes waiting" the trip header shows.
 * No foreign key to trips: a shared trip deleted here keeps its document until it is unshared.
 */
export const sync: Migration = {
  version: 13,
  name: 'team sync documents and outbox',
  up: `
CREATE TABLE sync_docs (
  trip_id TEXT PRIMARY KEY NOT NULL,
  server_url TEXT NOT NULL,
  state BLOB NOT NULL,
  shared_by_me INTEGER NOT NULL DEFAULT 0 CHECK (shared_by_me IN (0, 1)),
  version INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  synced_at TEXT,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE sync_outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  trip_id TEXT NOT NULL REFERENCES sync_docs(trip_id) ON DELETE CASCADE,
  update_data BLOB NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX sync_outbox_by_trip ON sync_outbox(trip_id, id);
`,
};
