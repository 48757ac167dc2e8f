import type { Migration } from './types';

/**
 * Who last changed each row of a shared trip, and which of those changes this laptop has not
 * looked at yet (docs/sync.md, "What planners see of each other"). Local only, never exported:
 * the shared trip document carries who changed what (its `changes` map); this table is this
 * laptop's copy of it for the screens, plus `unseen`, which is this planner's own state — a
 * colleague's change stays marked here until the planner opens the item or member.
 * - `changed_by_laptop`: the writing laptop's id (settings `syncPlanner`), so "changed by you"
 *   survives renaming yourself and two colleagues of the same name stay apart.
 * - No foreign key to the entity: a member or item deleted by a colleague leaves its row until
 *   the next change of the trip cleans it up (a stale row is never shown: screens look rows up
 *   by the entities they show).
 */
export const rowChanges: Migration = {
  version: 14,
  name: 'who changed shared rows, and what is unseen',
  up: `
CREATE TABLE row_changes (
  entity_id TEXT PRIMARY KEY NOT NULL,
  entity_type TEXT NOT NULL CHECK (entity_type IN ('trip', 'member', 'group', 'item')),
  trip_id TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  changed_by_laptop TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  unseen INTEGER NOT NULL DEFAULT 0 CHECK (unseen IN (0, 1))
) STRICT;
CREATE INDEX row_changes_by_trip ON row_changes(trip_id, unseen);
`,
};
