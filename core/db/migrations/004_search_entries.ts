import type { Migration } from './types';

/**
 * Search without folding every row on every keystroke.
 *
 * Search matches case- and accent-insensitively (fold(): "jonsson" finds Jönsson, "vasteras"
 * Västerås), and fold() is JavaScript, so matching used to call it for all 40,000 searchable rows
 * per query (0.5–1 s over 20,000 contacts). `search_entries` keeps each searchable entity's
 * folded text, written by core/services/search-index.ts right before a search reads it. It is
 * derived data: an entry is trusted only while `source_version` equals the entity's (and, for a
 * contact, its organisation's) updated_at and revision, and anything missing or stale is rebuilt
 * on the next search, so it needs no triggers (rows restored from a backup, imported or written
 * by another program are picked up) and no fold() in SQL (the file stays writable by any SQLite
 * tool). Matching is a scan of the folded text with instr(): ~5 ms for 33,000 entries.
 *
 * Why not an FTS5 trigram table: its shadow tables cannot be copied row by row (a backup restore
 * copies every table), and folding for it would need fold() inside triggers.
 *
 * Also: indexes on the meetings columns that reference members, contacts and organisations, so
 * deleting one of those (ON DELETE SET NULL) does not scan every meeting.
 */
export const searchEntries: Migration = {
  version: 4,
  name: 'search entries with folded text',
  up: `
CREATE TABLE search_entries (
  kind TEXT NOT NULL CHECK (kind IN ('trip', 'member', 'item', 'contact')),
  entity_id TEXT NOT NULL,
  -- fold() of the title (trip title, member or contact name, item title): ranks hits whose
  -- title starts with the query first, and orders the address book.
  title_key TEXT NOT NULL,
  -- fold() of what 'search:global' matches in.
  global_text TEXT NOT NULL,
  -- fold() of what 'contacts:list' matches in (also role, e-mail and phone); '' for other kinds.
  list_text TEXT NOT NULL DEFAULT '',
  -- updated_at and revision of the row(s) the texts were made from.
  source_version TEXT NOT NULL,
  PRIMARY KEY (kind, entity_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX search_entries_by_title ON search_entries(kind, title_key, entity_id);

CREATE INDEX meetings_by_interpreter_member ON meetings(interpreter_member_id) WHERE interpreter_member_id IS NOT NULL;
CREATE INDEX meetings_by_interpreter_contact ON meetings(interpreter_contact_id) WHERE interpreter_contact_id IS NOT NULL;
CREATE INDEX meetings_by_host_organisation ON meetings(host_organisation_id) WHERE host_organisation_id IS NOT NULL;
`,
};
