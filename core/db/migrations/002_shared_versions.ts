import type { Migration } from './types';

/**
 * Bookkeeping for merging trip files (`.delegation`): every version of an entity that went
 * through a trip file on this machine — exported from here or imported here.
 *
 * A merge needs to know whether a local row was edited since it was last shared: if its current
 * version is listed here it was not, and a newer incoming copy may replace it; if it is not
 * listed and the incoming copy is new too, both sides changed it: a conflict for the user.
 * An incoming version that is listed here is old news (an earlier file imported again).
 * `revision` and `updated_at` identify a version: revision counts edits, updated_at says when,
 * which tells apart edits made on different machines that reached the same revision.
 *
 * A meeting's details share their item's id, hence the entity type in the key. Contacts and
 * organisations belong to the address book, not a trip: their trip_id is NULL.
 */
export const sharedVersions: Migration = {
  version: 2,
  name: 'shared versions for trip-file merges',
  up: `
CREATE TABLE shared_versions (
  entity_type TEXT NOT NULL CHECK (entity_type IN ('trip', 'member', 'member_group', 'item', 'meeting', 'contact', 'organisation')),
  entity_id TEXT NOT NULL,
  trip_id TEXT,
  revision INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  -- When this version was first shared, and how.
  shared_at TEXT NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
  PRIMARY KEY (entity_type, entity_id, revision, updated_at)
) STRICT, WITHOUT ROWID;
CREATE INDEX shared_versions_by_trip ON shared_versions(trip_id);
`,
};
