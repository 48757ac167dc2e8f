import type { Migration } from './types';

/**
 * The gift register and attachments (issue 17).
 *
 * Blobs are content-addressed: one row per distinct content, keyed by its SHA-256, so the same
 * e-ticket attached to nine members is stored once. The CHECKs make the file itself refuse a
 * torn or mislabelled blob (the hash is verified again on every read, since a CHECK cannot hash).
 * Attachment rows say what the bytes are to the user (file name, media type) and whose they are
 * (a trip, or one member or one item of it); member attachments are personal data (`sensitive`).
 *
 * Gifts point at the address book (a contact or an organisation, across trips) and optionally at
 * a programme item; deleting those keeps the gift (SET NULL) — the register must outlive them.
 */
export const giftsAndAttachments: Migration = {
  version: 12,
  name: 'gift register and attachments',
  up: `
CREATE TABLE blobs (
  sha256 TEXT PRIMARY KEY NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  size INTEGER NOT NULL CHECK (size >= 0),
  content BLOB NOT NULL CHECK (length(content) = size),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE attachments (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
  member_id TEXT REFERENCES members(id) ON DELETE CASCADE,
  item_id TEXT REFERENCES items(id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL REFERENCES blobs(sha256),
  sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 0,
  CHECK (member_id IS NULL OR item_id IS NULL)
) STRICT;
CREATE INDEX attachments_by_trip ON attachments(trip_id, created_at);
CREATE INDEX attachments_by_member ON attachments(member_id) WHERE member_id IS NOT NULL;
CREATE INDEX attachments_by_item ON attachments(item_id) WHERE item_id IS NOT NULL;
CREATE INDEX attachments_by_blob ON attachments(sha256);

CREATE TABLE gifts (
  id TEXT PRIMARY KEY NOT NULL,
  trip_id TEXT NOT NULL REFERENCES trips(id) ON DELETE CASCADE,
  direction TEXT NOT NULL CHECK (direction IN ('given', 'received')),
  gift_date TEXT,
  item_id TEXT REFERENCES items(id) ON DELETE SET NULL,
  contact_id TEXT REFERENCES contacts(id) ON DELETE SET NULL,
  organisation_id TEXT REFERENCES organisations(id) ON DELETE SET NULL,
  description TEXT NOT NULL,
  -- Estimated value in öre (SEK minor units): integers, so sums never round.
  value_ore INTEGER CHECK (value_ore IS NULL OR value_ore >= 0),
  holder TEXT NOT NULL DEFAULT '',
  photo_attachment_id TEXT REFERENCES attachments(id) ON DELETE SET NULL,
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX gifts_by_trip ON gifts(trip_id, gift_date);
CREATE INDEX gifts_by_organisation ON gifts(organisation_id) WHERE organisation_id IS NOT NULL;
CREATE INDEX gifts_by_contact ON gifts(contact_id) WHERE contact_id IS NOT NULL;
CREATE INDEX gifts_by_item ON gifts(item_id) WHERE item_id IS NOT NULL;
CREATE INDEX gifts_by_photo ON gifts(photo_attachment_id) WHERE photo_attachment_id IS NOT NULL;

CREATE TRIGGER attachments_tombstone AFTER DELETE ON attachments BEGIN
  INSERT OR REPLACE INTO deletions (entity_id, entity_type, trip_id, deleted_at)
  VALUES (OLD.id, 'attachment', OLD.trip_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER attachments_untombstone AFTER INSERT ON attachments BEGIN
  DELETE FROM deletions WHERE entity_id = NEW.id;
END;
CREATE TRIGGER gifts_tombstone AFTER DELETE ON gifts BEGIN
  INSERT OR REPLACE INTO deletions (entity_id, entity_type, trip_id, deleted_at)
  VALUES (OLD.id, 'gift', OLD.trip_id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
CREATE TRIGGER gifts_untombstone AFTER INSERT ON gifts BEGIN
  DELETE FROM deletions WHERE entity_id = NEW.id;
END;
`,
};
