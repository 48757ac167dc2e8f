import type { Migration } from './types';

/**
 * A shared trip's document stored incrementally (core/sync/doc-store.ts): `sync_docs.state` is
 * the base state and `sync_doc_updates` the updates appended since, in order (`seq`). One edit
 * then writes its own small update instead of re-encoding the whole document (about 140 ms for
 * a large trip); the updates are folded into the base once they pass a count or size threshold.
 * `sync_docs.version` now counts those compactions: a process whose in-memory copy has the same
 * version only needs the updates with a higher `seq`. Documents stored before this version are
 * already whole base states with no updates, so no data moves.
 *
 * `sync_address_book`: the team's shared address book (document `contacts`, core/sync/address-book.ts),
 * one row at most — its presence is the switch "Share the address book with the team". Its state
 * is what was last exchanged with the server; the contacts tables stay the truth.
 */
export const syncDocUpdates: Migration = {
  version: 15,
  name: 'team sync documents stored as base state plus updates',
  up: `
CREATE TABLE sync_doc_updates (
  trip_id TEXT NOT NULL REFERENCES sync_docs(trip_id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  update_data BLOB NOT NULL,
  PRIMARY KEY (trip_id, seq)
) STRICT;

CREATE TABLE sync_address_book (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  server_url TEXT NOT NULL,
  state BLOB NOT NULL,
  last_error TEXT,
  synced_at TEXT,
  created_at TEXT NOT NULL
) STRICT;
`,
};
