import type { Migration } from './types';

/**
 * Undo for deletes. Deleting a trip, member, item, group, contact or organisation first copies
 * every row the delete removes or changes (its cascade) into one trash entry; `trash:restore`
 * puts those rows back exactly — same ids, same values — so shared trip files and calendars see
 * the same entity again. Kept server-side so the renderer never sends raw rows to insert.
 */
export const trash: Migration = {
  version: 3,
  name: 'trash for undoing deletes',
  up: `
CREATE TABLE trash (
  id TEXT PRIMARY KEY NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  trip_id TEXT,
  snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
  deleted_at TEXT NOT NULL
) STRICT;
CREATE INDEX trash_by_time ON trash(deleted_at);
`,
};
