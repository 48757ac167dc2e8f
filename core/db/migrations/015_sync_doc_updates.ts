import type { Migration } from './types';

/**
 * A shared trip's document stored incrementally (core/sync/doc-store.ts): `sync_docs.state` is
 * the base state and `sync_doc_updates` the updates appended since, in order (`seq`). One edit
 * then writes its own small update instead of re-encoding the whole document (about 140 ms for
 * a large trip); the updates are folded into the base once they pass a count or size threshold.
 * `sync_docs.version` now counts those compactions: a process whose in-memory copy has the same
 * version only needs the updates with a higher `seq`. Documents stored before this version are
 * already whole base states with no updates, so no data moves.
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
`,
};
